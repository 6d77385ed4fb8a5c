"""Opening the embedded store (pyoxigraph on disk) read-only, and its errors."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

__all__ = ["StoreError", "UnusableStore", "open_store"]


class StoreError(Exception):
    """A store that cannot be opened or written; its message is one line."""


class UnusableStore(StoreError):
    """`--store` names something that is not, and cannot become, a store (e.g. a file)."""


def open_store(path: Path) -> ox.Store:
    """The store at `path`, read-only; a missing store is a StoreError telling how to build it."""
    if path.exists() and not path.is_dir():
        raise UnusableStore(f"--store {path}: not a directory")
    if not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}: run 'maillage build' first (or pass --store DIR)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store at {path}: {error}") from None
