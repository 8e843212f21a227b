import io
import os

from conan import ConanFile
from conan.errors import ConanException
from conan.tools.build import can_run
from conan.tools.cmake import CMake, CMakeToolchain, cmake_layout


class TestPackageConan(ConanFile):
    settings = "os", "arch", "compiler", "build_type"
    generators = "CMakeDeps", "VirtualRunEnv"
    test_type = "explicit"

    def requirements(self):
        # run=True: a static library is not in the run environment otherwise,
        # and its bin/diplotier would not be on PATH.
        self.requires(self.tested_reference_str, run=True)

    def layout(self):
        cmake_layout(self)

    def generate(self):
        tc = CMakeToolchain(self)
        tc.user_presets_path = False  # no CMakeUserPresets.json in the checkout
        tc.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def test(self):
        if not can_run(self):
            return
        bin_path = os.path.join(self.cpp.build.bindir, "test_package")
        self.run(bin_path, env="conanrun")
        if self.dependencies[self.tested_reference_str].options.tool:
            # The packaged tool, found on the run environment's PATH, on a
            # sample document: it must report the tier.
            sample = os.path.join(self.source_folder, "sample.txt")
            output = io.StringIO()
            self.run(f"diplotier analyze --format=tsv {sample}", stdout=output,
                     env="conanrun")
            if "all_weather_strategic_partnership" not in output.getvalue():
                raise ConanException(
                    f"diplotier analyze found no tier in {sample}:\n{output.getvalue()}")
            self.output.info("test_package: the diplotier tool ran")
