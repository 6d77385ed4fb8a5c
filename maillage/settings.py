"""Defaults shared by the commands, declared once."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEFAULT_STORE"]

DEFAULT_STORE = Path("maillage-store")
