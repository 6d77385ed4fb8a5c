"""The embedded store: pyoxigraph on disk, built beside its target and swapped in whole.

A build writes a new store into a staging directory next to the target and renames it
into place only when complete, so a failed or interrupted build leaves the previous store
as it was. One build at a time writes a store: it holds an exclusive lock (`fcntl.flock` on
`.NAME.lock` beside the store, released by the kernel if the build is killed), and cleans
what killed builds left (staging directories, a previous store set aside) before it starts.
A `--store` that is a symbolic link keeps pointing to the new store.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

import ontology
from loader.summaries import add_summaries, key_quads
from storage.embedded import StoreError, UnusableStore

__all__ = ["ONTOLOGY_FILES", "PREFIXES", "build_store", "export", "ontology_quads"]

# The ontology, its vocabularies and the territories are loaded into every store, so that
# queries can use concept and territory labels; the SHACL shapes are not data.
ONTOLOGY_FILES = sorted(p for p in Path(ontology.__file__).parent.glob("*.ttl")
                        if p.name != "shapes.ttl")
# Bytes of N-Triples bulk-loaded at once (~450,000 triples): smaller parts leave less index
# building for the end, but each part merged into the store costs compaction (RocksDB): for
# a 10,000-fiche build, 2.7 s of CPU at 24 MB against 0.8 s at 48 MB, for a last part of
# 0.9 s against 1.8 s.
LOAD_PART = 48 << 20


def build_store(path: Path, ntriples: Iterable[bytes]) -> int:
    """Build a store at `path` from the ontology files and N-Triples chunks; returns its size.

    The store is written to a temporary directory beside `path` and swapped in only when
    complete: if anything fails, `path` is left as it was. The chunks go to Oxigraph's bulk
    loader (in Rust) in parts (`_load`), never all in memory at once, and must be
    pyoxigraph's own serialisation of its terms: their IRIs are not validated again (the lookup
    keys and counts that national-scale queries read come with them, `loader.summaries`);
    then `add_summaries` writes the rows of `funders` and `co-funders`, and the store is
    compacted (`optimize`): the rows' writes otherwise stay in files of
    their own beside the loaded ones (at 100,000 fiches, queries took 1.2-2x as long;
    compacting costs 0.8-0.9 s of CPU at 10,000 fiches, 6-11 s at 100,000).
    """
    path = Path(os.path.realpath(path))  # through a symbolic link: the link stays
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        _clean_leftovers(path)
        check_replaceable(path)
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.staging-", dir=path.parent))
        try:
            store = ox.Store(str(staging))
            quads = list(ontology_quads())
            store.bulk_extend([*quads, *key_quads(quads)])
            _load(store, ntriples)
            add_summaries(store)
            store.flush()
            store.optimize()
            size = len(store)
            del store  # close the database before its directory moves
            _swap(staging, path)
            return size
        finally:
            _remove(staging)


def _load(store: ox.Store, ntriples: Iterable[bytes]) -> None:
    """Bulk-load the chunks in parts of `LOAD_PART` bytes, each in a thread while the chunks
    of the next one are made.

    The bulk loader builds its indexes once it has read its whole input (Rust, without the
    GIL): fed at once, a build ended with seconds of index building, the workers idle; in
    parts, that work runs while the next part is extracted, and only the last one's is left.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-load") as loader:
        loading: Future[None] | None = None
        for part in _parts(ntriples, LOAD_PART):
            if loading is not None:
                loading.result()
            # lenient: every term was checked when pyoxigraph built it (the emitter's
            # NamedNode and Literal): validating each IRI again costs ~15 % of the load
            loading = loader.submit(store.bulk_load, part, ox.RdfFormat.N_TRIPLES,
                                    lenient=True)
        if loading is not None:
            loading.result()


def _parts(chunks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """The chunks joined into parts of at least `size` bytes (the last one smaller)."""
    part: list[bytes] = []
    length = 0
    for chunk in chunks:
        part.append(chunk)
        length += len(chunk)
        if length >= size:
            yield b"".join(part)
            part, length = [], 0
    if part:
        yield b"".join(part)


def check_replaceable(path: Path) -> None:
    """Raise unless a build may replace `path`: nothing there, an empty directory or a store,
    in a directory this process can write."""
    if path.exists() and not path.is_dir():
        raise UnusableStore(f"--store {path}: not a directory")
    if path.is_dir() and not (path / "CURRENT").exists() and any(path.iterdir()):
        raise UnusableStore(f"--store {path}: exists and is not a Maillage store: "
                            "not replacing it")
    for directory in (path, path.parent):
        if directory.exists() and not os.access(directory, os.W_OK | os.X_OK):
            raise StoreError(f"cannot replace the store {path}: {directory} is read-only")


@contextlib.contextmanager
def _locked(path: Path, attempts: int = 10) -> Iterator[None]:
    """Hold the exclusive build lock of the store `path`; StoreError naming the other build's
    PID if one holds it. The lock file is removed on the way out."""
    lock = path.with_name(f".{path.name}.lock")
    for _ in range(attempts):  # the file may be removed between open and flock: retry
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            raise StoreError(f"another build (PID {holder or '?'}) is writing {path}: "
                             "try again when it has finished") from None
        if _same_file(fd, lock):
            break
        os.close(fd)
    else:
        raise StoreError(f"cannot lock {lock}: it keeps being replaced")
    try:
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path, follow_symlinks=False))
    except FileNotFoundError:
        return False


def _clean_leftovers(path: Path) -> None:
    """Under the lock: put back a store a killed build had set aside, remove the staging
    directories of killed builds and any store set aside."""
    old = _set_aside(path)
    if not path.exists() and (old / "CURRENT").exists():
        old.rename(path)
    for leftover in path.parent.glob(f".{path.name}.staging-*"):
        _remove(leftover)
    _remove(old)


def _set_aside(path: Path) -> Path:
    return path.with_name(f".{path.name}.old")


def _remove(tree: Path) -> None:
    """Remove the directory `tree` if it is there, read-only parts included."""
    if tree.is_dir() and not tree.is_symlink():
        shutil.rmtree(tree, onerror=_writable_then_retry)


def _writable_then_retry(function: Callable[[str], object], name: str, error: object) -> None:
    """rmtree's error handler: make the parent directory writable and try again."""
    parent = os.path.dirname(name)
    os.chmod(parent, os.stat(parent).st_mode | stat.S_IWUSR | stat.S_IXUSR)
    function(name)


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
    """Move `staging` to `path`; the old store is removed only once the new one is in place
    (a build killed in between leaves it set aside, and the next build puts it back)."""
    old = _set_aside(path)
    if path.exists():
        path.rename(old)
    staging.rename(path)
    with contextlib.suppress(OSError):  # else the next build removes it
        _remove(old)
