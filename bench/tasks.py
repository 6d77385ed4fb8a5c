"""The tasks a child process runs (`TASKS`): build, stages, profile, export, bulk load,
plans, queries, rdflib, networks; each returns a JSON-able dict."""

from __future__ import annotations

import dataclasses
import inspect
import signal
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from questions import QUERIES, picks, plan_query

MB = 1024 * 1024
_END = object()


class Clock:
    """Exclusive seconds per stage: entering a stage pauses the stage it interrupts."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[str] = []
        self._since = time.perf_counter()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self._switch()
        self._stack.append(name)
        try:
            yield
        finally:
            self._switch()
            self._stack.pop()

    def _switch(self) -> None:
        now = time.perf_counter()
        if self._stack:
            self.seconds[self._stack[-1]] += now - self._since
        self._since = now


def timed(clock: Clock, name: str, items: Iterable) -> Iterator:
    """`items`, with the time spent producing each one charged to stage `name`."""
    iterator = iter(items)
    while True:
        with clock.stage(name):
            item = next(iterator, _END)
        if item is _END:
            return
        yield item


def task_build(corpus: str, store: str) -> dict:
    """The real thing: `loader.pipeline.build`, end to end."""
    from loader.pipeline import build

    start = time.perf_counter()
    summary = build([Path(corpus)], Path(store), report=lambda problem: None)
    return {"seconds": time.perf_counter() - start, "actions": summary.actions,
            "quads": summary.triples, "warnings": summary.warnings,
            "structures": len(summary.structures), "store_mb": _size(Path(store)) / MB}


def task_stages(corpus: str, store: str, compare: int) -> dict:
    """The build's stages composed as `pipeline.build` does, in one process, each one timed.

    Extraction runs as the build's default (`ner=` default of `pipeline.build`); the other
    setting is timed beside it on copies of the first `compare` records.
    """
    from loader.emit import Emitter, link_lines
    from loader.extract import extract
    from loader.parse import parse_export
    from loader.pipeline import build, unique_records
    from loader.store import build_store
    from loader.summaries import Tally

    default = inspect.signature(build).parameters["ner"].default
    clock, ignore, compared, actions = Clock(), (lambda problem: None), 0, 0
    records = timed(clock, "parse", parse_export(corpus, report=ignore))
    unique = timed(clock, "dedupe", unique_records(records, ignore))
    links: Counter = Counter()
    tally = Tally()
    emitter = Emitter(report=ignore, links=links, tally=tally)

    def ntriples() -> Iterator[bytes]:
        nonlocal compared, actions
        for path, record in unique:
            actions += 1
            if compared < compare:
                compared += 1
                with clock.stage("other"):
                    extract(dataclasses.replace(record), ner=not default)
            with clock.stage("extract"):
                enriched = extract(record, ner=default)
            with clock.stage("emit"):
                text = "".join(emitter.record(enriched, path))
            yield text.encode("utf-8")
        with clock.stage("emit"):
            text = "".join(link_lines(links)) + "".join(tally.lines())
        yield text.encode("utf-8")

    with clock.stage("load"):
        build_store(Path(store), ntriples())
    seconds = dict(clock.seconds)
    other = seconds.pop("other", 0.0)
    return {"stages": seconds, "ner": default, "compared": compared, "other_seconds": other,
            "actions": actions}


def task_profile(corpus: str, store: str, top: int) -> dict:
    """cProfile of `pipeline.build` in one process: the `top` functions by own time."""
    import cProfile
    import pstats

    from loader.pipeline import build

    # One process: cProfile does not follow the extraction workers.
    options = {"workers": 1} if "workers" in inspect.signature(build).parameters else {}
    profiler = cProfile.Profile()
    profiler.runcall(build, [Path(corpus)], Path(store), report=lambda problem: None, **options)
    stats = pstats.Stats(profiler)
    rows = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append((own, cumulative, calls, f"{_short(file)}:{line}({name})"))
    rows.sort(reverse=True)
    total = sum(row[0] for row in rows)
    return {"total": total, "top": rows[:top]}


# ---------------------------------------------------------------- export, floor, queries


def task_export(store: str, nt: str) -> dict:
    """N-Triples of the whole store, as `maillage export --format nt` writes them."""
    import pyoxigraph as ox

    from loader.store import export
    from storage.embedded import open_store

    start = time.perf_counter()
    with open(nt, "wb") as out:
        export(open_store(Path(store)), out, ox.RdfFormat.N_TRIPLES)
    return {"seconds": time.perf_counter() - start, "mb": Path(nt).stat().st_size / MB}


def task_bulk(nt: str, store: str) -> dict:
    """The floor: pyoxigraph's own bulk load of the N-Triples into a fresh store on disk."""
    import pyoxigraph as ox

    start = time.perf_counter()
    raw = ox.Store(store)
    raw.bulk_load(path=nt, format=ox.RdfFormat.N_TRIPLES)
    raw.flush()
    seconds = time.perf_counter() - start
    triples = len(raw)
    del raw
    return {"seconds": seconds, "triples": triples, "store_mb": _size(Path(store)) / MB}


def task_plans(store: str) -> dict:
    """Pick the parameter values on the store, then resolve and bind every query."""
    from queries.backends import EmbeddedBackend

    backend = EmbeddedBackend(Path(store))
    return {"plans": [plan_query(backend, bench, picks(backend)) for bench in QUERIES]}



def task_query(store: str, plan: dict, runs: int, budget: float) -> dict:
    """One query on the embedded store, in its own process: a runaway query is killed."""
    from queries.backends import EmbeddedBackend

    return time_query(EmbeddedBackend(Path(store)).select, plan, runs, budget)


def task_rdflib(nt: str, plans: list[dict], runs: int, budget: float) -> dict:
    """The plain-rdflib path: an in-memory Graph of the N-Triples and its SPARQL engine."""
    import rdflib

    from queries.backends import Result

    start = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(nt, format="nt")
    parse_seconds = time.perf_counter() - start

    def select(sparql: str) -> Result:
        result = graph.query(sparql)
        columns = [str(variable) for variable in result.vars or []]
        rows = [tuple(None if value is None else str(value) for value in row) for row in result]
        return Result(columns, rows)

    timings = [time_query(select, plan, runs, budget) if plan.get("text") else {}
               for plan in plans]
    return {"parse_seconds": parse_seconds, "triples": len(graph), "timings": timings}



def time_query(select: Callable, plan: dict, runs: int, budget: float) -> dict:
    """Median of up to `runs` runs; stops early once `budget` seconds are spent on it."""
    seconds: list[float] = []
    rows = 0
    spent = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        try:
            with _alarm(budget):
                rows = len(select(plan["text"]).rows)
        except TimeoutError:
            return {"error": f"timeout > {budget:.0f} s", "runs": len(seconds)}
        except Exception as error:  # a query an engine cannot run is a figure, not a crash
            return {"error": f"{type(error).__name__}: {str(error)[:120]}", "runs": len(seconds)}
        seconds.append(time.perf_counter() - start)
        spent += seconds[-1]
        if spent > budget:
            break
    return {"median_ms": statistics.median(seconds) * 1000, "first_ms": seconds[0] * 1000,
            "runs": len(seconds), "rows": rows}


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def task_network(store: str, kind: str, out: str) -> dict:
    """Projection (query + counting), metrics and page of one national network."""
    import networks.national as national
    import networks.project as projection
    from networks.render import render
    from queries.backends import EmbeddedBackend

    clock = Clock()
    run_query, add_metrics = projection.run_query, projection.add_metrics

    def timed_query(*args: object, **kwargs: object) -> object:
        with clock.stage("query"):
            return run_query(*args, **kwargs)

    def timed_metrics(*args: object, **kwargs: object) -> object:
        with clock.stage("metrics"):
            return add_metrics(*args, **kwargs)

    projection.run_query, projection.add_metrics = timed_query, timed_metrics
    national.run_query = timed_query
    backend = EmbeddedBackend(Path(store))
    with clock.stage("projection"):
        graph = projection.project(kind, backend)
    with clock.stage("page"):
        render(graph, Path(out), "html")
    return {"stages": dict(clock.seconds), "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(), "page_mb": Path(out).stat().st_size / MB}


TASKS: dict[str, Callable[..., dict]] = {
    "build": task_build, "stages": task_stages, "profile": task_profile, "export": task_export,
    "bulk": task_bulk, "plans": task_plans, "query": task_query, "rdflib": task_rdflib,
    "network": task_network,
}


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _short(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file
