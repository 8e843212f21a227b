import os
import re

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir
from conan.tools.gnu import PkgConfig

required_conan_version = ">=2.0"


class DiplotierConan(ConanFile):
    name = "diplotier"
    description = "Diplomatic partnership tiers and their changes, from text"
    license = "Apache-2.0"
    topics = ("nlp", "diplomacy", "text-classification", "re2")
    package_type = "library"
    settings = "os", "arch", "compiler", "build_type"
    options = {
        "shared": [True, False],
        "fPIC": [True, False],
        "tool": [True, False],
    }
    default_options = {
        "shared": False,
        "fPIC": True,
        # The `diplotier` command-line tool (examples/cli), in bin/.
        "tool": True,
    }

    # The recipe lives in conan/; the project is one level up.
    @property
    def _project_root(self):
        return os.path.join(self.recipe_folder, "..")

    # Targets of the direct dependencies that libdiplotier links. The public
    # ones appear in its headers (absl::Status, absl::StatusOr).
    _public_components = ["abseil::absl_status", "abseil::absl_statusor"]
    _private_components = [
        "abseil::absl_strings", "abseil::absl_str_format",
        "abseil::absl_flat_hash_map", "abseil::absl_flat_hash_set",
        "abseil::absl_synchronization", "re2::re2",
    ]

    @property
    def _build_tests(self):
        return not self.conf.get("tools.build:skip_test", default=False, check_type=bool)

    def set_version(self):
        cmakelists = load(self, os.path.join(self._project_root, "CMakeLists.txt"))
        self.version = re.search(r"project\(diplotier\s+VERSION\s+([0-9.]+)", cmakelists).group(1)

    def export_sources(self):
        # Of examples/: the tool, the C example that the C API tests run, and
        # the sample documents that the tool's tests read.
        for pattern in ("CMakeLists.txt", "LICENSE", "cmake/*", "include/*", "lib/*",
                        "tests/*", "bench/*", "examples/CMakeLists.txt",
                        "examples/cli/*", "examples/c/*", "examples/data/*"):
            copy(self, pattern, src=self._project_root, dst=self.export_sources_folder)

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self, src_folder=".")

    def requirements(self):
        self.requires("abseil/[>=20220623.1 <20260000]", transitive_headers=True)
        self.requires("re2/[>=20220601 <20260000]")

    def build_requirements(self):
        self.tool_requires("cmake/[>=3.16 <4]")
        # Only resolved when the tests are built (tools.build:skip_test unset
        # or False); the debian12 profile provides them as platform_requires.
        if self._build_tests:
            self.test_requires("gtest/[>=1.12.1 <2]")
            self.test_requires("benchmark/[>=1.7.1 <2]")

    def validate(self):
        check_min_cppstd(self, 17)

    def generate(self):
        tc = CMakeToolchain(self)
        tc.cache_variables["DIPLOTIER_INSTALL"] = True
        tc.cache_variables["DIPLOTIER_BUILD_TESTS"] = self._build_tests
        tc.cache_variables["DIPLOTIER_BUILD_BENCHMARKS"] = self._build_tests
        # Of the examples only the tool and the C example are exported; only
        # the tool is installed.
        tc.cache_variables["DIPLOTIER_BUILD_EXAMPLES"] = bool(self.options.tool)
        tc.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()
        cmake.test()  # a no-op with tools.build:skip_test=True

    def package(self):
        copy(self, "LICENSE", src=self.source_folder,
             dst=os.path.join(self.package_folder, "licenses"))
        cmake = CMake(self)
        cmake.install()
        # Conan's generators write their own CMake and pkg-config files.
        rmdir(self, os.path.join(self.package_folder, "lib", "cmake"))
        rmdir(self, os.path.join(self.package_folder, "lib", "pkgconfig"))

    def _platform_dependency_libs(self):
        """System libraries that stand in for [platform_requires] dependencies.

        CMakeDeps generates nothing for a platform requirement and drops it
        from cpp_info.requires, so a consumer would link neither Abseil nor
        RE2. Ask pkg-config for the libraries of those that libdiplotier
        needs: the public Abseil modules always, the private ones too when
        libdiplotier is static.
        """
        modules = []
        # items(), not .host: the filtered views leave platform requirements out.
        for require, dependency in self.dependencies.items():
            if require.build or dependency.package_folder is not None:
                continue  # A tool, or a real Conan package that CMakeDeps handles.
            for component in self._public_components + (
                    [] if self.options.shared else self._private_components):
                package, name = component.split("::")
                if package == dependency.ref.name:
                    modules.append(name)
        if not modules:
            return []
        return PkgConfig(self, " ".join(sorted(set(modules)))).libs

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "diplotier")
        self.cpp_info.set_property("cmake_target_name", "diplotier::diplotier")
        self.cpp_info.set_property("pkg_config_name", "diplotier")
        self.cpp_info.libs = ["diplotier"]
        self.cpp_info.resdirs = [os.path.join("share", "diplotier")]
        # bin/diplotier, put on PATH by Conan's run environment (conanrun).
        self.cpp_info.bindirs = ["bin"] if self.options.tool else []
        if not self.options.shared:
            self.cpp_info.defines = ["DIPLOTIER_STATIC_DEFINE"]
        self.cpp_info.requires = self._public_components + self._private_components
        if self.settings.os in ("Linux", "FreeBSD"):
            self.cpp_info.system_libs = ["pthread", "m"]
        self.cpp_info.system_libs += self._platform_dependency_libs()
