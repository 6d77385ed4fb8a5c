"""Median latency of the benchmark's queries (`questions.QUERIES`) and national networks on an
existing store, without building anything: wall and CPU time, and rdflib's beside them.

    .venv/bin/python bench/latency.py --store /tmp/st100k [--runs 3] [--networks]
        [--rdflib store.nt] [--budget 30]

CPU time is this process's: on a shared machine it is what the query costs, the wall time
adds the waiting for a core.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import questions
from tasks import task_rdflib

from queries.backends import EmbeddedBackend


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--networks", action="store_true", help="Also the national networks.")
    parser.add_argument("--rdflib", type=Path, help="N-Triples of the store, for rdflib.")
    parser.add_argument("--budget", type=float, default=30, help="Seconds per rdflib query.")
    args = parser.parse_args()
    backend = EmbeddedBackend(args.store)
    picked = questions.picks(backend)
    plans = [questions.plan_query(backend, query, picked) for query in questions.QUERIES]
    theirs = _rdflib(args.rdflib, plans, args.runs, args.budget) if args.rdflib else {}
    print("| query | params | rows | wall ms | CPU ms | rdflib ms | target ms |")
    print("|---|---|---|---|---|---|---|")
    for query, plan in zip(questions.QUERIES, plans, strict=True):
        if "text" not in plan:
            print(f"| {plan['label']} | {plan['note']} | | | | | |")
            continue
        rows, wall, cpu = _time(lambda text=plan["text"]: backend.select(text).rows, args.runs)
        params = ", ".join(f"{k}={v}" for k, v in plan["params"].items())
        print(f"| {plan['label']} | {params} | {rows:,} | {wall:,.1f} | {cpu:,.1f} | "
              f"{theirs.get(plan['label'], '')} | {query.target_ms or ''} |", flush=True)
    if args.networks:
        print()
        for kind in questions.NETWORKS:
            _network(backend, kind)


def _time(run: object, runs: int) -> tuple[int, float, float]:
    """Rows, median wall ms and median CPU ms of `runs` calls of `run`."""
    walls, cpus, rows = [], [], 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        rows = len(run())
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return rows, statistics.median(walls), statistics.median(cpus)


def _rdflib(nt: Path, plans: list[dict], runs: int, budget: float) -> dict[str, str]:
    """rdflib's median wall ms per query label, or what stopped it."""
    figures = task_rdflib(str(nt), plans, runs, budget)
    print(f"rdflib: {figures['triples']:,} triples parsed in {figures['parse_seconds']:.0f} s\n")
    return {plan["label"]: (f"{timing['median_ms']:,.1f}" if "median_ms" in timing
                            else timing.get("error", ""))
            for plan, timing in zip(plans, figures["timings"], strict=True)}


def _network(backend: EmbeddedBackend, kind: str) -> None:
    from networks.project import project
    from networks.render import render

    wall, cpu = time.perf_counter(), time.process_time()
    graph = project(kind, backend)
    projected = time.perf_counter() - wall
    render(graph, Path(f"/tmp/maillage-latency-{kind}.html"))
    print(f"- national {kind} network: {graph.number_of_nodes():,} nodes, "
          f"{graph.number_of_edges():,} edges; projection {projected:.1f} s, end to end "
          f"{time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU",
          flush=True)


if __name__ == "__main__":
    main()
