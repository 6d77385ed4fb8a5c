"""Build and query figures on N synthetic fiches, against the floors (raw bulk load, rdflib).

For each size N: synthesise N fiches (`maillage.synth`), build them end to end
(`loader.pipeline.build`), build them again stage by stage with timers, export N-Triples,
bulk-load that file raw into a fresh pyoxigraph store (the floor), run the named queries on
the embedded store and on an in-memory rdflib Graph, project and render the networks. Each
of these runs in its own child process, so its peak memory (RSS high-water mark, from
`os.wait4`) is its own and a crash costs one figure, not the run. Prints a Markdown report
and writes it to `--out`; see bench/README.md.

    .venv/bin/python bench/run.py --sizes 1000,10000 --runs 5 --out bench/results/latest.md
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import inspect
import json
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import types
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TWO_HOP = BENCH / "two-hop.rq"
MB = 1024 * 1024
_END = object()


@dataclass(frozen=True)
class Bench:
    """A timed query: its label, the named query (or .rq file), the parameter roles it binds
    (role → parameter name), its target and its paging."""

    label: str
    query: str
    roles: tuple[tuple[str, str], ...] = ()
    target_ms: float | None = None
    limit: int | None = None
    ordered: bool = True


QUERIES = (
    Bench("who-funds-what, one département", "who-funds-what",
          (("departement", "departement"),), 20),
    Bench("actions of one département", "actions", (("departement", "departement"),), 20),
    Bench("evidence of one action", "evidence", (("action", "action"),), 20),
    Bench("partners of one structure", "partners", (("structure", "structure"),), 20),
    Bench("actions-by-keyword, one keyword in one département", "actions-by-keyword",
          (("keyword", "keyword"), ("departement", "departement")), 20),
    Bench("who-funds-what, one funder: first page (50, unordered)", "who-funds-what",
          (("funder", "funder"),), 20, 50, False),
    Bench("who-funds-what, one funder: every row", "who-funds-what",
          (("funder", "funder"),), 1000),
    Bench("funders (summaries)", "funders", (), 50),
    Bench("co-funders (summaries)", "co-funders", (), 50),
    Bench("actions-by-keyword, one keyword (national)", "actions-by-keyword",
          (("keyword", "keyword"),)),
    Bench("structures (national list)", "structures"),
    Bench("two-hop: structures sharing a partner", str(TWO_HOP), (("structure", "structure"),)),
)
NETWORKS = ("structures", "partners")
NETWORK_TARGET_S = 10

# The values the queries are run with: the busiest funder and keyword, the département of the
# issue's figures (Lozère: a typical one), the structure with the median number of actions
# and the first of its actions (by its IRI path, which names one action).
DEPARTEMENT = "Lozère"
_PREFIXES = """PREFIX mlg: <https://w3id.org/maillage/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
PICKS = {
    "funder": _PREFIXES + """SELECT ?key WHERE {
        ?f mlg:fundedActions ?n . BIND(REPLACE(STR(?f), "^.*/", "") AS ?key) }
        ORDER BY DESC(?n) ?key LIMIT 1""",
    "keyword": _PREFIXES + """SELECT ?label WHERE {
        ?k skos:inScheme <https://w3id.org/maillage/id/keyword> ; mlg:actionCount ?n ;
           skos:prefLabel ?label }
        ORDER BY DESC(?n) ?label LIMIT 1""",
    "structure": _PREFIXES + """SELECT ?label ?s WHERE {
        ?s a mlg:Structure ; mlg:actionCount ?n ; rdfs:label ?label }
        ORDER BY ?n ?s""",
}


# ---------------------------------------------------------------- child processes


@dataclass
class Outcome:
    """What a child process returned, with its wall time and peak RSS."""

    ok: bool
    result: dict
    wall: float
    rss_mb: float
    error: str = ""
    tree_mb: float = 0.0

    @property
    def peak_mb(self) -> float:
        """The larger of the biggest single process and the sampled sum over its tree."""
        return max(self.rss_mb, self.tree_mb)


def run_child(task: str, timeout: float, **args: object) -> Outcome:
    """Run `task` in a fresh interpreter; its peak RSS comes from `os.wait4` on that child."""
    with tempfile.TemporaryDirectory(prefix="maillage-bench-") as tmp:
        result_file, err_file = Path(tmp) / "result.json", Path(tmp) / "stderr"
        command = [sys.executable, str(Path(__file__).resolve()), "--child", task,
                   json.dumps({**args, "result": str(result_file)})]
        start = time.perf_counter()
        with err_file.open("wb") as stderr:
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
            killer = threading.Timer(timeout, process.kill)
            killer.start()
            sampler = TreeSampler(process.pid)
            _, status, usage = os.wait4(process.pid, 0)
            killer.cancel()
            tree_mb = sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        rss = usage.ru_maxrss * 1024 / MB  # KiB on Linux
        if process.returncode == 0 and result_file.exists():
            return Outcome(True, json.loads(result_file.read_text()), wall, rss, "", tree_mb)
        tail = err_file.read_text(errors="replace").strip().splitlines()[-1:] or [""]
        reason = f"exit {process.returncode}" + (" (killed: timeout)" if wall >= timeout else "")
        return Outcome(False, {}, wall, rss, f"{reason}: {tail[0][:200]}", tree_mb)


class TreeSampler:
    """The peak of the summed RSS of a process and its descendants, sampled every 0.1 s.

    `os.wait4` gives the largest single process of the tree; when the build extracts in
    worker processes, what the machine must hold is their sum, which only sampling sees.
    """

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(pid, interval), daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak / MB

    def _run(self, pid: int, interval: float) -> None:
        import psutil

        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return
        while not self._done.wait(interval):
            try:
                processes = [root, *root.children(recursive=True)]
                total = sum(p.memory_info().rss for p in processes if p.is_running())
            except psutil.Error:
                continue
            self.peak = max(self.peak, total)


def child_main(task: str, raw: str) -> None:
    """Entry point of a child: run the task, write its JSON result."""
    args = json.loads(raw)
    result_file = Path(args.pop("result"))
    notes = _ensure_extract()
    result = TASKS[task](**args)
    result.setdefault("notes", []).extend(notes)
    result_file.write_text(json.dumps(result))


def _ensure_extract() -> list[str]:
    """Stand in an identity `loader.extract` while that module is not written yet."""
    try:
        import loader.extract  # noqa: F401
    except ModuleNotFoundError as error:
        if error.name != "loader.extract":
            raise
        stub = types.ModuleType("loader.extract")
        stub.extract = lambda record, *, ner=True: record  # type: ignore[attr-defined]
        sys.modules["loader.extract"] = stub
        return ["loader.extract missing: identity stub (no funders/partners extracted)"]
    return []


# ---------------------------------------------------------------- stage timing


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
    from loader.emit import Emitter
    from loader.extract import extract
    from loader.parse import parse_export
    from loader.pipeline import build, unique_records
    from loader.store import build_store

    default = inspect.signature(build).parameters["ner"].default
    clock, ignore, compared, actions = Clock(), (lambda problem: None), 0, 0
    records = timed(clock, "parse", parse_export(corpus, report=ignore))
    unique = timed(clock, "dedupe", unique_records(records, ignore))
    emitter = Emitter(report=ignore)

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
                text = "".join(f"{quad} .\n" for quad in emitter.record(enriched, path))
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


def picks(backend: object) -> dict[str, str | None]:
    """The parameter value of each role on this store (None when the data has none)."""
    found: dict[str, str | None] = {"departement": DEPARTEMENT}
    for role in ("funder", "keyword"):
        rows = backend.select(PICKS[role]).rows
        found[role] = rows[0][0] if rows else None
    structures = backend.select(PICKS["structure"]).rows
    found["structure"] = found["action"] = None
    if structures:
        label, iri = structures[len(structures) // 2]
        found["structure"] = label
        actions = backend.select(_PREFIXES + f"SELECT ?a WHERE {{ ?a mlg:organiser <{iri}> }} "
                                 "ORDER BY ?a LIMIT 1").rows
        found["action"] = actions[0][0].split("/id/action/", 1)[1] if actions else None
    return found


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


def plan_query(backend: object, bench: Bench, picked: dict) -> dict:
    """The query's resolved and bound text (`queries.runner.prepare`), or why it is skipped."""
    from queries.backends import QueryError
    from queries.runner import load_query, prepare

    try:
        query = load_query(bench.query)
    except QueryError:
        return {"label": bench.label, "note": f"skipped: no query {bench.query}"}
    params = {name: picked[role] for role, name in bench.roles if picked.get(role)}
    missing = [role for role, _ in bench.roles if not picked.get(role)]
    note = f"no {', '.join(missing)} in the data" if missing else ""
    try:
        text = prepare(backend, query, params, limit=bench.limit, ordered=bench.ordered)
    except QueryError as error:
        return {"label": bench.label, "note": f"skipped: {error}"}
    return {"label": bench.label, "name": query.name, "params": params, "note": note,
            "text": text}


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


# ---------------------------------------------------------------- networks


def task_network(store: str, kind: str, out: str) -> dict:
    """Projection (query + counting), metrics and page of one national network."""
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


# ---------------------------------------------------------------- one size


@dataclass
class SizeRun:
    """Every outcome measured at one size N."""

    n: int
    synth: dict = field(default_factory=dict)
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    networks: dict[str, Outcome] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def bench_size(n: int, options: argparse.Namespace, say: Callable[[str], None]) -> SizeRun:
    """All the figures for N fiches; the corpus, stores and N-Triples go under --workdir."""
    from maillage.synth import synthesize

    work = Path(options.workdir) / f"n{n}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpus, store, nt = work / "fiches.txt", work / "store", work / "graph.nt"
    run = SizeRun(n)
    start = time.perf_counter()
    summary = synthesize(n, corpus, seed=options.seed)
    run.synth = {"seconds": time.perf_counter() - start, "mb": summary.bytes / MB,
                 "duplicates": summary.duplicates, "structures": summary.structures}
    say(f"N={n}: synthesised {summary.bytes / MB:.1f} MB in {run.synth['seconds']:.1f} s")
    steps: list[tuple[str, dict]] = [
        ("build", {"corpus": str(corpus), "store": str(store)}),
        ("stages", {"corpus": str(corpus), "store": str(work / "staged"),
                    "compare": options.ner_sample}),
        ("export", {"store": str(store), "nt": str(nt)}),
        ("bulk", {"nt": str(nt), "store": str(work / "raw")}),
        ("plans", {"store": str(store)}),
    ]
    for task, args in steps:
        if task != "build" and not run.outcomes["build"].ok:
            break
        run.outcomes[task] = _step(task, args, options, say)
    if run.outcomes.get("plans") and run.outcomes["plans"].ok:
        run.outcomes["queries"] = _queries(run.outcomes["plans"].result["plans"], store,
                                           options, say)
    if run.outcomes.get("queries") and run.outcomes["queries"].ok and not options.skip_rdflib:
        plans = run.outcomes["queries"].result["plans"]
        run.outcomes["rdflib"] = _step("rdflib", {"nt": str(nt), "plans": plans,
                                                  "runs": options.runs,
                                                  "budget": options.budget}, options, say)
    if run.outcomes["build"].ok:
        for kind in NETWORKS:
            run.networks[kind] = _step("network", {"store": str(store), "kind": kind,
                                                   "out": str(work / f"{kind}.html")},
                                       options, say)
    for outcome in [*run.outcomes.values(), *run.networks.values()]:
        run.notes.extend(note for note in outcome.result.get("notes", [])
                         if note not in run.notes)
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)
    return run


def _queries(plans: list[dict], store: Path, options: argparse.Namespace,
             say: Callable[[str], None]) -> Outcome:
    """Each query timed in its own child on the embedded store; a killed one is a timeout."""
    timings, peak, wall = [], 0.0, 0.0
    for plan in plans:
        if not plan.get("text"):
            timings.append({})
            continue
        outcome = run_child("query", 2 * options.budget + 30, store=str(store), plan=plan,
                            runs=options.runs, budget=options.budget)
        timing = outcome.result if outcome.ok else {"error": f"killed after {outcome.wall:.0f} s"}
        say(f"  query {plan['label']}: {_ms(timing)}{' ms' if 'median_ms' in timing else ''}")
        timings.append(timing)
        peak, wall = max(peak, outcome.rss_mb), wall + outcome.wall
    return Outcome(True, {"plans": plans, "timings": timings}, wall, peak)


def _step(task: str, args: dict, options: argparse.Namespace,
          say: Callable[[str], None]) -> Outcome:
    outcome = run_child(task, options.timeout, **args)
    status = "ok" if outcome.ok else f"FAILED ({outcome.error})"
    say(f"  {task}{' ' + str(args['kind']) if 'kind' in args else ''}: {status}, "
        f"{outcome.wall:.1f} s, peak RSS {outcome.rss_mb:.0f} MB")
    return outcome


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _short(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# ---------------------------------------------------------------- the report


def report(runs: list[SizeRun], options: argparse.Namespace, profile: Outcome | None) -> str:
    """The whole report in Markdown."""
    lines = ["# Maillage benchmark", "",
             f"- command: `{shlex.join([Path(sys.executable).name, *sys.argv])}`",
             f"- date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
             *[f"- {line}" for line in machine()], ""]
    lines += build_table(runs) + stage_table(runs) + query_tables(runs) + network_table(runs)
    lines += target_table(runs)
    if profile is not None:
        lines += profile_table(profile, options.profile)
    notes = sorted({note for run in runs for note in run.notes}
                   | {f"N={run.n} {name}: {outcome.error}" for run in runs
                      for name, outcome in [*run.outcomes.items(), *run.networks.items()]
                      if not outcome.ok})
    if notes:
        lines += ["## Notes", "", *[f"- {note}" for note in notes], ""]
    return "\n".join(lines)


def machine() -> list[str]:
    """CPU, cores, RAM, Python and library versions, read from this machine."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    ram = next((int(line.split()[1]) * 1024 for line in _read("/proc/meminfo").splitlines()
                if line.startswith("MemTotal:")), 0)
    versions = ", ".join(f"{name} {_version(name)}" for name in
                         ("pyoxigraph", "rdflib", "networkx", "spacy"))
    return [f"machine: {cpu}, {os.cpu_count()} logical CPUs (nproc {len(os.sched_getaffinity(0))})"
            f", {ram / 1024**3:.1f} GiB RAM, {platform.system()} {platform.release()}",
            f"Python {platform.python_version()}; {versions}"]


def build_table(runs: list[SizeRun]) -> list[str]:
    head = ["N", "actions", "triples", "build s", "fiches/s", "triples/s", "peak RSS MB (tree)",
            "store MB", "raw bulk load s", "bulk RSS MB", "build / bulk"]
    rows = []
    for run in runs:
        build, bulk = run.outcomes.get("build"), run.outcomes.get("bulk")
        if not build or not build.ok:
            rows.append([f"{run.n:,}", "failed", *[""] * (len(head) - 2)])
            continue
        b = build.result
        raw = bulk.result["seconds"] if bulk and bulk.ok else None
        rows.append([f"{run.n:,}", f"{b['actions']:,}", f"{b['quads']:,}", f"{b['seconds']:.2f}",
                     f"{run.n / b['seconds']:,.0f}", f"{b['quads'] / b['seconds']:,.0f}",
                     f"{build.rss_mb:,.0f} ({build.tree_mb:,.0f})", f"{b['store_mb']:,.1f}",
                     _num(raw, ".2f"),
                     _num(bulk.rss_mb if bulk and bulk.ok else None, ",.0f"),
                     _ratio(b["seconds"], raw)])
    return ["## Build (end to end, `loader.pipeline.build`)", "", *_table(head, rows),
            "", "fiches/s counts the N synthetic fiches in. Peak RSS is the largest process "
            "of the build's child (`os.wait4`, interpreter and imports included); in brackets "
            "the peak of the summed RSS of the child and its extraction workers, sampled every "
            "0.1 s.", ""]


def stage_table(runs: list[SizeRun]) -> list[str]:
    order = ["parse", "dedupe", "extract", "emit", "load"]
    rows = []
    for run in runs:
        staged = run.outcomes.get("stages")
        if not staged or not staged.ok:
            continue
        r = staged.result
        stages, actions = r["stages"], max(r.get("actions", 0), 1)
        extract_ms = stages.get("extract", 0.0) / actions * 1000 if "actions" in r else None
        other_ms = r["other_seconds"] / r["compared"] * 1000 if r["compared"] else None
        rows.append([f"{run.n:,}", *[_num(stages.get(name), ".2f") for name in order],
                     f"{sum(stages.values()):.2f}", "on" if r["ner"] else "off",
                     _num(extract_ms, ".2f"), _num(other_ms, ".2f"), f"{staged.rss_mb:,.0f}"])
    if not rows:
        return []
    head = ["N", *order, "sum", "NER", "extract ms/fiche", "other NER setting ms/fiche",
            "peak RSS MB"]
    return ["## Build stages (seconds of own time, one process)", "", *_table(head, rows), "",
            "The stages are composed as `pipeline.build` composes them but in one process "
            "(no extraction workers), so they add up to CPU cost, not to the end-to-end wall "
            "time. Each stage's time is the time spent inside its generator's `next()` or its "
            "call, exclusive of the stages it pulls from; `load` is `build_store` (ontology "
            "files, `bulk_extend`, flush, swap). Extraction runs with the build's default NER "
            "setting; the other setting is timed beside it on copies of the first fiches "
            "(`--ner-sample`) and is not in the sum.", ""]


def query_tables(runs: list[SizeRun]) -> list[str]:
    lines = ["## Queries (median of the runs, ms)", ""]
    for run in runs:
        queries = run.outcomes.get("queries")
        if not queries or not queries.ok:
            continue
        rdf = run.outcomes.get("rdflib")
        head = ["query", "params", "rows", "oxigraph median", "oxigraph 1st", "rdflib median",
                "rdflib / oxigraph"]
        rows = []
        for index, plan in enumerate(queries.result["plans"]):
            mine = queries.result["timings"][index]
            theirs = rdf.result["timings"][index] if rdf and rdf.ok else {}
            params = ", ".join(f"{k}={v}" for k, v in plan.get("params", {}).items())
            rows.append([plan["label"], params or plan.get("note", ""), _num(mine.get("rows"), ","),
                         _ms(mine), _num(mine.get("first_ms"), ".1f"), _ms(theirs),
                         _ratio(theirs.get("median_ms"), mine.get("median_ms"))])
        lines += [f"### N = {run.n:,}", "", *_table(head, rows), ""]
        if rdf and rdf.ok:
            lines += [f"rdflib: parsed {rdf.result['triples']:,} triples in "
                      f"{rdf.result['parse_seconds']:.1f} s; peak RSS {rdf.rss_mb:,.0f} MB; "
                      f"embedded query child peak RSS {queries.rss_mb:,.0f} MB.", ""]
    return lines


def network_table(runs: list[SizeRun]) -> list[str]:
    rows = []
    for run in runs:
        for kind, outcome in run.networks.items():
            if not outcome.ok:
                rows.append([f"{run.n:,}", kind, "failed", "", "", "", "", "", ""])
                continue
            s = outcome.result["stages"]
            total = sum(s.values())
            rows.append([f"{run.n:,}", kind, f"{outcome.result['nodes']:,}",
                         f"{outcome.result['edges']:,}", _num(s.get("query"), ".2f"),
                         _num(s.get("projection"), ".2f"), _num(s.get("metrics"), ".2f"),
                         _num(s.get("page"), ".2f"), f"{total:.2f}"])
    if not rows:
        return []
    head = ["N", "network", "nodes", "edges", "query s", "counting s", "metrics s", "page s",
            "total s"]
    return ["## Networks (national, no filter)", "", *_table(head, rows), ""]


def target_table(runs: list[SizeRun]) -> list[str]:
    """Target / measured / met?, on the largest N that built."""
    built = [run for run in runs if run.outcomes.get("build") and run.outcomes["build"].ok]
    if not built:
        return []
    run = max(built, key=lambda r: r.n)
    rows = [_target(*item) for item in targets(run)]
    caveat = "" if run.n >= 100_000 else (
        f" The targets are for N = 100,000: this run's largest N is {run.n:,}, so 'met?' "
        "only says how it stands at that size.")
    return [f"## Targets (measured at N = {run.n:,})", "",
            *_table(["target", "measured", "met?"], rows), "", caveat.strip(), ""]


def targets(run: SizeRun) -> Iterator[tuple[str, float | None, float, str, str]]:
    """(target, measured, limit, unit, comparison) for each target of the issue."""
    build, bulk = run.outcomes["build"], run.outcomes.get("bulk")
    seconds = build.result["seconds"]
    yield "build < 120 s", seconds, 120, "s", "<"
    raw = bulk.result["seconds"] if bulk and bulk.ok else None
    yield "build ≤ 2.5 x raw bulk load", seconds / raw if raw else None, 2.5, "x", "<="
    yield "peak build memory < 2 GB (process tree)", build.peak_mb / 1024, 2, "GB", "<"
    queries, rdf = run.outcomes.get("queries"), run.outcomes.get("rdflib")
    if queries and queries.ok:
        for index, plan in enumerate(queries.result["plans"]):
            bench = QUERIES[index]
            label = f"{bench.label} ({plan['note']})" if plan.get("note") else bench.label
            mine = queries.result["timings"][index]
            if bench.target_ms is not None:
                yield (f"{label} < {bench.target_ms:g} ms median", mine.get("median_ms"),
                       bench.target_ms, "ms", "<")
            if rdf and rdf.ok and mine.get("median_ms"):
                theirs = rdf.result["timings"][index].get("median_ms")
                yield (f"{label}: ≥ 10 x faster than rdflib",
                       theirs / mine["median_ms"] if theirs else None, 10, "x", ">=")
    for kind in NETWORKS:
        network = run.networks.get(kind)
        if network and network.ok:
            yield (f"national {kind} network (projection + metrics + page) "
                   f"< {NETWORK_TARGET_S} s", sum(network.result["stages"].values()),
                   NETWORK_TARGET_S, "s", "<")


def _target(label: str, value: float | None, limit: float, unit: str, op: str) -> list[str]:
    if value is None:
        return [label, "not measured", "?"]
    met = {"<": value < limit, "<=": value <= limit, ">=": value >= limit}[op]
    shown = f"{value:.2f} {unit}" if unit != "ms" else f"{value:.1f} ms"
    return [label, shown, "yes" if met else "**no**"]


def profile_table(profile: Outcome, n: int) -> list[str]:
    if not profile.ok:
        return [f"## Profile at N = {n:,}", "", f"failed: {profile.error}", ""]
    total = profile.result["total"]
    rows = [[f"{own:.2f}", f"{own / total:.0%}", f"{cumulative:.2f}", f"{calls:,}", where]
            for own, cumulative, calls, where in profile.result["top"]]
    return [f"## Profile of `pipeline.build` at N = {n:,} (cProfile, by own time)", "",
            *_table(["own s", "share", "cumulative s", "calls", "function"], rows), "",
            f"Total profiled own time {total:.1f} s (cProfile slows pure-Python code down).", ""]


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head),
            *["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]]


def _ms(timing: dict) -> str:
    if "error" in timing:
        return timing["error"]
    return _num(timing.get("median_ms"), ".1f")


def _num(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def _ratio(numerator: float | None, denominator: float | None) -> str:
    return f"{numerator / denominator:.1f}x" if numerator and denominator else "-"


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


# ---------------------------------------------------------------- command line


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="comma-separated numbers of fiches (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--out", type=Path, default=BENCH / "results" / "latest.md",
                        help="the Markdown report (default: bench/results/latest.md)")
    parser.add_argument("--skip-rdflib", action="store_true", help="no plain-rdflib figures")
    parser.add_argument("--ner-sample", type=int, default=500, metavar="K",
                        help="time extract with the other NER setting on the first K fiches "
                             "(default: %(default)s)")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="also profile pipeline.build on N fiches (cProfile)")
    parser.add_argument("--budget", type=float, default=60,
                        help="seconds per query and engine before it stops repeating or times "
                             "out (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=3600,
                        help="seconds before a child process is killed (default: %(default)s)")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "maillage-bench"),
                        help="where corpora, stores and N-Triples go (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic fiches")
    parser.add_argument("--child", nargs=2, metavar=("TASK", "JSON"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = arguments(argv)
    if options.child:
        child_main(*options.child)
        return 0

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    sizes = [int(size.replace("_", "")) for size in options.sizes.split(",") if size.strip()]
    runs = [bench_size(n, options, say) for n in sizes]
    profile = _profile(options, say) if options.profile else None
    text = report(runs, options, profile)
    print(text)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(text + "\n", encoding="utf-8")
    say(f"report written to {options.out}")
    return 0


def _profile(options: argparse.Namespace, say: Callable[[str], None]) -> Outcome:
    from maillage.synth import synthesize

    work = Path(options.workdir) / f"profile-{options.profile}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    synthesize(options.profile, work / "fiches.txt", seed=options.seed)
    outcome = _step("profile", {"corpus": str(work / "fiches.txt"), "store": str(work / "store"),
                                "top": 15}, options, say)
    shutil.rmtree(work, ignore_errors=True)
    return outcome


if __name__ == "__main__":
    sys.exit(main())
