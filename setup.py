"""Builds cartelgraph._core with the project's CMake for `pip install --no-build-isolation .`
(pyproject.toml holds the metadata). The build directory is $CG_BUILD_DIR, default build-pip/ (an
existing build tree of the project can be reused: CG_BUILD_DIR=build)."""

import os
import pathlib
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        build = pathlib.Path(os.environ.get("CG_BUILD_DIR", ROOT / "build-pip"))
        configure = ["cmake", "-S", str(ROOT), "-B", str(build), "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                     f"-DPython3_EXECUTABLE={sys.executable}"]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        if shutil.which("ccache"):
            configure += ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCMAKE_C_COMPILER_LAUNCHER=ccache"]
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "cartelgraph_core", "-j", str(os.cpu_count())],
                       check=True)
        built = next((build / "python" / "cartelgraph").glob("_core*.so"))
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(ext_modules=[Extension("cartelgraph._core", sources=[])], cmdclass={"build_ext": CMakeBuild})
