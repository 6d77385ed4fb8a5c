"""Build and query figures on N synthetic fiches, against the floors (raw bulk load, rdflib).

For each size N: synthesise N fiches (`maillage.synth`), build them end to end
(`loader.pipeline.build`), build them again stage by stage with timers, export N-Triples,
bulk-load that file raw into a fresh pyoxigraph store (the floor), run the named queries on
the embedded store and on an in-memory rdflib Graph, project and render the networks. Each
of these runs in its own child process, so its peak memory (RSS high-water mark, from
`os.wait4`) is its own and a crash costs one figure, not the run. Prints a Markdown report
and writes it to `--out`; see bench/README.md.

The modules beside it: `questions.py` (what is timed, with which values), `children.py`
(child processes and their peak memory), `tasks.py` (what a child runs), `report.py` (the
Markdown report).

    .venv/bin/python bench/run.py --sizes 1000,10000 --runs 5 --out bench/results/latest.md
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from children import Outcome, child_main, run_child
from questions import BENCH, NETWORKS
from report import SizeRun, ms_cell, report

MB = 1024 * 1024


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
        say(f"  query {plan['label']}: {ms_cell(timing)}{' ms' if 'median_ms' in timing else ''}")
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
