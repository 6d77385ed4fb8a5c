"""The reading modules of `loader`, compiled to C by mypyc, used only when built from the
sources at hand.

Extraction is Python: regular expressions and many small functions, run on every sentence.
mypyc (mypy's compiler of type-annotated Python) compiles the modules of `MODULES` to C
extensions that give the same results for a sixth to a quarter less CPU. `make` builds them into
the virtualenv (`scripts/build_native.py`), beside a manifest of the SHA-256 of the sources
they were compiled from; `loader` imports them only when every one of those sources is
unchanged, and runs its Python otherwise: an edited module is never shadowed by an older
build. `MAILLAGE_NATIVE=0` runs the Python (for a profiler or a debugger).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from collections.abc import MutableSequence
from pathlib import Path

__all__ = ["DIRECTORY", "GROUP", "MANIFEST", "MODULES", "PACKAGE_DIR", "activate", "fingerprint",
           "is_current"]

# The modules compiled: those extraction, emission and parsing spend their time in. Not
# `records` (its classes are pickled between processes) nor what opens files and stores.
MODULES = ("bodies", "budget", "constructions", "emit", "extract", "funders", "gazetteer",
           "grants", "headers", "lines", "listing", "localbodies", "money", "names", "parse",
           "partners", "summaries", "text")
DIRECTORY = Path(sys.prefix) / "maillage-native"  # in the virtualenv: built for its Python
MANIFEST = "manifest.json"
GROUP = "maillage_native"  # the name of the shared library the compiled modules load
# The package's own directory, with its data files: a compiled module's `__file__` is elsewhere.
PACKAGE_DIR = Path(__file__).resolve().parent


def fingerprint(package: Path = PACKAGE_DIR) -> str:
    """What a build is valid for: the SHA-256 of the sources of `MODULES` in `package`, and
    the interpreter's extension suffix."""
    digest = hashlib.sha256(str(sysconfig.get_config_var("EXT_SUFFIX")).encode())
    for name in MODULES:
        digest.update(name.encode() + b"\0" + (package / f"{name}.py").read_bytes() + b"\0")
    return digest.hexdigest()


def is_current(directory: Path = DIRECTORY) -> bool:
    """Whether `directory` holds a build compiled from the sources at hand."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("fingerprint") == fingerprint()


def activate(path: MutableSequence[str], directory: Path = DIRECTORY) -> bool:
    """Put the compiled modules of `directory` ahead of the sources in the package `path`
    (`loader.__path__`) when they were built from these very sources; False when they are
    not used (none built, out of date, or `MAILLAGE_NATIVE=0`)."""
    if os.environ.get("MAILLAGE_NATIVE", "1") == "0" or not is_current(directory):
        return False
    path.insert(0, str(directory / "loader"))
    if str(directory) not in sys.path:
        sys.path.append(str(directory))  # where the compiled modules find their library
    return True
