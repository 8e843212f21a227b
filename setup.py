# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Builds the Python package with the project's CMake (see pyproject.toml).

The pure-Python modules come from lib/python/diplotier/; the extension
diplotier._core is the CMake target diplotier_python, configured with the
interpreter that runs this build, linked against a static libdiplotier, and
copied into the wheel. The CMake build directory (build-pip/cmake) is kept,
so a second install rebuilds only what changed. Extra CMake arguments can
be given in the environment variable CMAKE_ARGS.
"""

import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


def project_version() -> str:
    """The version in the top-level CMakeLists.txt: one home for it."""
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    return re.search(r"project\(diplotier\s+VERSION\s+([0-9.]+)", text).group(1)


class CMakeBuild(build_ext):
    """Configures and builds the diplotier_python target with CMake."""

    def build_extension(self, ext: Extension) -> None:
        build_dir = pathlib.Path(self.build_temp).resolve() / "cmake"
        config = "Debug" if self.debug else "Release"
        args = [
            f"-DCMAKE_BUILD_TYPE={config}",
            f"-DPython3_EXECUTABLE={sys.executable}",
            "-DDIPLOTIER_BUILD_PYTHON=ON",
            "-DDIPLOTIER_BUILD_TESTS=OFF",
            "-DDIPLOTIER_BUILD_EXAMPLES=OFF",
            "-DDIPLOTIER_BUILD_BENCHMARKS=OFF",
            "-DDIPLOTIER_INSTALL=OFF",
            "-DBUILD_SHARED_LIBS=OFF",
        ]
        if shutil.which("ninja") and not (build_dir / "CMakeCache.txt").exists():
            args.append("-GNinja")
        args += shlex.split(os.environ.get("CMAKE_ARGS", ""))
        subprocess.run(["cmake", "-S", str(ROOT), "-B", str(build_dir), *args],
                       check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--config", config,
                        "--target", "diplotier_python"], check=True)

        # CMake names the module for the interpreter it was configured with
        # (_core.cpython-311-x86_64-linux-gnu.so); setuptools asks for its
        # own name of the same thing.
        built = sorted((build_dir / "python" / "diplotier").glob("_core.*"))
        if len(built) != 1:
            raise RuntimeError(f"expected one built _core module in "
                               f"{build_dir / 'python' / 'diplotier'}, found {built}")
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], target)


setup(
    version=project_version(),
    packages=["diplotier"],
    package_dir={"diplotier": "lib/python/diplotier"},
    ext_modules=[Extension("diplotier._core", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    # Not build/: that is where the README's CMake commands build.
    options={"build": {"build_base": "build-pip"}},
    zip_safe=False,
)
