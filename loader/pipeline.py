"""The build: export files → records → enriched records → N-Triples → the store on disk."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TypeVar

from loader.emit import Emitter, LinkKey, action_path, link_lines
from loader.extract import extract, warm_up
from loader.parse import parse_export
from loader.records import Problem, Record
from loader.store import build_store
from loader.summaries import Tally
from ontology.reference import find_departement
from storage.settings import NER

__all__ = ["SAMPLE", "BuildSummary", "Chunk", "build", "translate", "unique_records"]

T = TypeVar("T")
PARALLEL_FROM = 4_000_000  # bytes of input: below, starting worker processes costs more
BATCH = 64  # fiches sent to a worker at a time
# Collector thresholds during a build (Python's: 700, 10, 10). Nearly all that a build
# allocates is freed by reference counting, yet at 700 the collector ran ~1,400 times in the
# parent and ~900 in each worker of a 10,000-fiche build, its full passes reading every live
# object (fiches in flight, gazetteer, caches): 2 s of the parent's CPU, 1.5 s of each worker's.
GC_THRESHOLDS = (50_000, 20, 100)
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "senacs-actions-sample.txt"


@dataclass
class BuildSummary:
    """What a build put in the store."""

    store: Path
    files: int = 0
    actions: int = 0
    triples: int = 0
    warnings: int = 0
    structures: set[tuple[str, str]] = field(default_factory=set)
    departements: Counter[str] = field(default_factory=Counter)
    regions: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        """A human summary: totals, then actions per région and département."""
        head = (f"{self.actions} actions, {len(self.structures)} structures, "
                f"{len(self.departements)} départements, {len(self.regions)} régions, "
                f"{self.triples} triples in {self.store} from {self.files} file(s)"
                f" ({self.warnings} warning(s))")
        places = [f"  {region}: {count} actions" for region, count in sorted(self.regions.items())]
        departements = ", ".join(f"{name} ({count})"
                                 for name, count in sorted(self.departements.items()))
        return [head, *places, f"  départements: {departements}"]

    def count(self, record: Record) -> None:
        """Count one action that went into the store."""
        self.actions += 1
        self.structures.add((record.departement, record.structure_name))
        departement = find_departement(record.departement) if record.departement else None
        self.departements[departement.name if departement else record.departement or "?"] += 1
        self.regions[departement.region_name if departement else "?"] += 1


def build(
    inputs: Sequence[Path],
    store: Path,
    *,
    report: Callable[[Problem], None],
    ner: bool = NER.default,
    progress: Callable[[], None] | None = None,
    workers: int | None = None,
) -> BuildSummary:
    """Parse, extract, emit and load `inputs` into a new store at `store` (swapped in whole).

    Extraction and emission run in `workers` processes (default: one per core for inputs
    over `PARALLEL_FROM` bytes, else in this process); the store does not depend on it.
    `progress` is called once per fiche, as it goes to extraction.
    """
    if workers is None:
        large = sum(path.stat().st_size for path in inputs if path.is_file()) > PARALLEL_FROM
        workers = (os.cpu_count() or 1) if large else 1
    summary = BuildSummary(store=store, files=len(inputs))

    def counted(problem: Problem) -> None:
        summary.warnings += 1
        report(problem)

    def tallied(records: Iterable[tuple[str, Record]]) -> Iterator[tuple[str, Record]]:
        for path, record in records:
            summary.count(record)
            if progress:
                progress()
            yield path, record

    records = tallied(unique_records(_parse_all(inputs, counted), counted))
    # The workers fork before the store opens: they never hold its lock or its threads; and
    # after the thresholds are set, which they inherit.
    with _rare_collections(), _pool(workers) as pool:
        chunks = translate(records, ner=ner, pool=pool, window=4 * workers)
        summary.triples = build_store(store, _loadable(chunks, counted))
    return summary


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """The cyclic garbage collector at `GC_THRESHOLDS` until the block ends."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def unique_records(records: Iterable[Record], report: Callable[[Problem], None]
                   ) -> Iterator[tuple[str, Record]]:
    """Records with their IRI path; the same fiche twice is kept once, clashes get `-2`…

    Two fiches are the same when their title, structure, département and field texts are.
    """
    seen: dict[str, tuple[bytes, str]] = {}  # IRI path → (signature, "file:line"), not records
    for record in records:
        path, signature = action_path(record), _signature(record)
        first = seen.get(path)
        suffix = 1
        while first is not None and first[0] != signature:
            suffix += 1
            first = seen.get(f"{path}-{suffix}")
        if first is not None:
            report(Problem(record.source, record.line_start,
                           f"duplicate of the fiche at {first[1]}: kept once"))
            continue
        if suffix > 1:
            report(Problem(record.source, record.line_start,
                           f"same structure and title as another fiche: kept as "
                           f"action/{path}-{suffix}"))
            path = f"{path}-{suffix}"
        seen[path] = (signature, f"{record.source}:{record.line_start}")
        yield path, record


def _parse_all(inputs: Sequence[Path], report: Callable[[Problem], None]) -> Iterator[Record]:
    for path in inputs:
        yield from parse_export(path, report=report)


@dataclass
class Chunk:
    """A batch of fiches as N-Triples, the shared nodes it describes, its warnings, the
    structure–organisation links its facts count and what the summaries count."""

    ntriples: bytes
    shared: dict[str, bytes]
    problems: list[Problem]
    links: Counter[LinkKey] = field(default_factory=Counter)
    tally: Tally = field(default_factory=Tally)


def _pool(workers: int) -> contextlib.AbstractContextManager[Pool | None]:
    """`workers` processes for `translate`, or None to translate in this process.

    fork: the workers start with the gazetteer and the lists extraction reads (`warm_up`; the
    NER model too, once loaded) in memory.
    """
    if workers <= 1:
        return contextlib.nullcontext()
    warm_up()
    return multiprocessing.get_context("fork").Pool(workers)


def translate(records: Iterable[tuple[str, Record]], *, ner: bool = NER.default,
              pool: Pool | None = None, window: int = 4) -> Iterator[Chunk]:
    """(IRI path, record) pairs as N-Triples chunks of `BATCH` fiches, in input order.

    Each batch is extracted and emitted in a process of `pool` (or in this one without it),
    with at most `window` batches in flight: parsing never runs far ahead and memory stays
    bounded. Chunks come in input order, and `_loadable` keeps the first description of each
    shared node: the store is the same whatever the number of workers.
    """
    batches = _batched(records, BATCH)
    if pool is None:
        yield from (_translate(batch, ner) for batch in batches)
        return
    pending: deque[AsyncResult[Chunk]] = deque()
    for batch in batches:
        pending.append(pool.apply_async(_translate, (batch, ner)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _batched(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    """`itertools.batched` (Python 3.12) for Python 3.11."""
    iterator = iter(items)
    while batch := tuple(itertools.islice(iterator, size)):
        yield batch


def _translate(batch: tuple[tuple[str, Record], ...], ner: bool) -> Chunk:
    """Extract and emit a batch of fiches."""
    chunk = Chunk(b"", {}, [])
    emitter = Emitter(report=chunk.problems.append,
                      shared=lambda key, lines: chunk.shared.setdefault(key, _ntriples(lines)),
                      links=chunk.links, tally=chunk.tally)
    chunk.ntriples = _ntriples(
        line for path, record in batch
        for line in emitter.record(_extracted(record, ner, chunk.problems.append), path))
    return chunk


def _extracted(record: Record, ner: bool, report: Callable[[Problem], None]) -> Record:
    """`extract(record)`, or the record as parsed when a rule fails on its text: an odd
    text costs that fiche its funders and partners, reported at its line, never the build."""
    try:
        return extract(record, ner=ner)
    except Exception as error:  # whatever a rule's bug raises: one fiche, not the build
        report(Problem(record.source, record.line_start,
                       f"funders and partners of {record.title!r} not read "
                       f"({type(error).__name__}: {error}): loaded without them"))
        return record


def _ntriples(lines: Iterable[str]) -> bytes:
    return "".join(lines).encode("utf-8")


def _loadable(chunks: Iterable[Chunk], report: Callable[[Problem], None]) -> Iterator[bytes]:
    """The N-Triples of `chunks`: each shared node described once (its first description in
    input order), each warning reported once; then the links and summaries all chunks
    counted."""
    described: set[str] = set()
    reported: set[str] = set()
    links: Counter[LinkKey] = Counter()
    tally = Tally()
    for chunk in chunks:
        links.update(chunk.links)
        tally.update(chunk.tally)
        for problem in chunk.problems:
            if problem.message not in reported:
                reported.add(problem.message)
                report(problem)
        yield chunk.ntriples
        for key, ntriples in chunk.shared.items():
            if key not in described:
                described.add(key)
                yield ntriples
    yield _ntriples(link_lines(links))
    yield _ntriples(tally.lines())


def _signature(record: Record) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for part in (record.title, record.structure_name, record.departement):
        digest.update(part.encode() + b"\0")
    for key, found in record.fields.items():
        digest.update(key.encode() + b"\0" + found.text.encode() + b"\0")
    return digest.digest()
