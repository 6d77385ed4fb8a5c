"""The embedded store: pyoxigraph on disk, built beside its target and swapped in whole.

A build writes a new store into a temporary directory next to the target and renames it
into place only when complete, so a failed or interrupted build leaves the previous store
as it was.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

import ontology
from loader.summaries import add_summaries

__all__ = [
    "ONTOLOGY_FILES", "PREFIXES", "StoreError", "build_store", "export", "ontology_quads",
    "open_store",
]

# The ontology, its vocabularies and the territories are loaded into every store, so that
# queries can use concept and territory labels; the SHACL shapes are not data.
ONTOLOGY_FILES = sorted(p for p in Path(ontology.__file__).parent.glob("*.ttl")
                        if p.name != "shapes.ttl")


class StoreError(Exception):
    """A store that cannot be opened or written; its message is one line."""


def open_store(path: Path) -> ox.Store:
    """The store at `path`, read-only; a missing store is a StoreError telling how to build it."""
    if not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}: run 'maillage build' first (or pass --store DIR)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store at {path}: {error}") from None


def build_store(path: Path, ntriples: Iterable[bytes]) -> int:
    """Build a store at `path` from the ontology files and N-Triples chunks; returns its size.

    The store is written to a temporary directory beside `path` and swapped in only when
    complete: if anything fails, `path` is left as it was. The chunks stream into one bulk
    load (Oxigraph's parser and loader, in Rust), never all in memory at once; then
    `loader.summaries` adds the lookup keys and summaries that national-scale queries read.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        store = ox.Store(str(staging))
        store.bulk_extend(ontology_quads())
        store.bulk_load(input=_ChunkReader(ntriples), format=ox.RdfFormat.N_TRIPLES)
        add_summaries(store)
        store.flush()
        size = len(store)
        del store  # close the database before its directory moves
        _swap(staging, path)
        return size
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def ontology_quads() -> Iterator[ox.Quad]:
    """The quads of the ontology files, blank nodes named by order of appearance.

    A parser names blank nodes at random; renaming them `o1`, `o2`… in document order makes
    the store, and so every export, the same from one build to the next.
    """
    names: dict[ox.BlankNode, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return names.setdefault(term, ox.BlankNode(f"o{len(names) + 1}"))
        return term

    for ttl in ONTOLOGY_FILES:
        for triple in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE):
            yield ox.Quad(stable(triple.subject), triple.predicate, stable(triple.object))


def export(store: ox.Store, out: BinaryIO, fmt: ox.RdfFormat) -> None:
    """Write the whole graph to the binary stream `out` in `fmt`, streaming.

    The store iterates in the order of its indexes, which depends only on its content: two
    builds of the same input give byte-identical output.
    """
    triples = (quad.triple for quad in store.quads_for_pattern(None, None, None,
                                                                ox.DefaultGraph()))
    ox.serialize(triples, out, fmt, prefixes=None if fmt == ox.RdfFormat.N_TRIPLES else PREFIXES)


# No prefix for the data IRIs: their paths hold "/", which Turtle would have to escape.
PREFIXES = {
    "mlg": "https://w3id.org/maillage/ontology#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _swap(staging: Path, path: Path) -> None:
    """Move `staging` to `path`; the old store is removed only once the new one is in place."""
    old = None
    if path.exists():
        if not (path / "CURRENT").exists() and any(path.iterdir()):
            raise StoreError(f"{path} exists and is not a Maillage store: not replacing it")
        old = path.with_name(f".{path.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        path.rename(old)
    staging.rename(path)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _ChunkReader(io.RawIOBase):
    """A binary file whose content is the concatenation of `chunks`, read as they come."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size
