"""The defaults of the library and of the `maillage` command, declared once.

Each is a `Setting(name, default, help)`: the library's functions take `.default` as the
default of their keyword, the command's options take both `.default` and `.help`.

>>> [setting.name for setting in SETTINGS]
['store', 'graph', 'timeout', 'port', 'chunk_size', 'ner', 'seed']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

__all__ = ["CHUNK_SIZE", "GRAPH", "NER", "PORT", "SEED", "SETTINGS", "STORE", "TIMEOUT",
           "Setting"]

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A default: its name (the option's, `-` for `_`), its value and what it means."""

    name: str
    default: T
    help: str


STORE = Setting("store", Path("maillage-store"), "Directory of the embedded store.")
GRAPH = Setting("graph", "https://w3id.org/maillage/graph",
                "The server's named graph ('' for its default graph).")
"""The named graph `maillage push` replaces and remote queries read."""
TIMEOUT: Setting[float] = Setting("timeout", 60, "Seconds to wait for each answer of the server.")
"""How long a request to a SPARQL server (a query, a chunk of a push) may wait for its answer."""
PORT = Setting("port", 7878, "Port on 127.0.0.1.")
"""The port of `maillage serve`'s SPARQL endpoint."""
CHUNK_SIZE = Setting("chunk_size", 10_000, "Triples per request.")
"""Triples per request of `maillage push`: about 1.5 MB of N-Triples."""
NER = Setting("ner", False, "Also find partners with spaCy's French NER (slower, see README).")
SEED = Setting("seed", 0, "Same seed, same file, byte for byte.")
"""The seed of `maillage synth`'s random draws."""
SETTINGS: tuple[Setting[Path] | Setting[str] | Setting[float] | Setting[int] | Setting[bool],
                ...] = (STORE, GRAPH, TIMEOUT, PORT, CHUNK_SIZE, NER, SEED)
