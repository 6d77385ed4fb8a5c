"""Compile `loader`'s reading modules with mypyc into the virtualenv (see `loader/native.py`).

    .venv/bin/python scripts/build_native.py

`make` runs it before the demo, the tests, the evaluation and the benchmarks: it does nothing
when the build in place was compiled from the sources at hand, and compiles them (about a
minute) otherwise. The build goes to a staging directory and replaces the previous one whole,
its manifest written last; on any failure (no C compiler, a module mypyc cannot compile) the
previous build is removed and `loader` runs its Python, with the same results, slower.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

from loader.native import DIRECTORY, GROUP, MANIFEST, MODULES, fingerprint, is_current

ROOT = Path(__file__).resolve().parent.parent


def build(directory: Path = DIRECTORY) -> None:
    """Compile `MODULES` into `directory`, replacing what was there."""
    from mypyc.build import mypycify
    from setuptools import setup

    shutil.rmtree(directory, ignore_errors=True)  # never a build older than the sources
    built_from = fingerprint()  # before compiling: a module edited meanwhile is not in it
    sources = [str(ROOT / "loader" / f"{name}.py") for name in MODULES]
    with tempfile.TemporaryDirectory() as work, contextlib.chdir(work):
        # mypy's options are the project's; setuptools runs in `work`, away from the
        # project's pyproject.toml, which is pip's business
        # mypy's notes ("Treating generator comprehension as list") shown only on a failure
        said = io.StringIO()
        try:
            with contextlib.redirect_stdout(said):
                extensions = mypycify([*sources, "--config-file", str(ROOT / "pyproject.toml")],
                                      opt_level="3", group_name=GROUP)
        except BaseException:
            sys.stderr.write(said.getvalue())
            raise
        staging = Path(work) / "out"
        setup(name="maillage-native", ext_modules=extensions,
              script_args=["--quiet", "build_ext", "--build-lib", str(staging),
                           "--build-temp", str(Path(work) / "temp")])
        manifest = {"fingerprint": built_from, "modules": list(MODULES)}
        (staging / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        shutil.move(staging, directory)


def main() -> int:
    if is_current():
        return 0
    try:
        build()
    except (Exception, SystemExit) as error:  # setuptools exits on a compiler error
        shutil.rmtree(DIRECTORY, ignore_errors=True)
        print(f"native build failed ({error}): extraction runs as Python", file=sys.stderr)
        return 1
    print(f"compiled {len(MODULES)} modules of loader into {DIRECTORY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
