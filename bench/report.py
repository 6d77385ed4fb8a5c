"""The Markdown report: machine, build, stages, queries, networks, targets, profile."""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shlex
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from children import Outcome
from questions import NETWORK_TARGET_S, NETWORKS, QUERIES


@dataclass
class SizeRun:
    """Every outcome measured at one size N."""

    n: int
    synth: dict = field(default_factory=dict)
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    networks: dict[str, Outcome] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


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
                         ms_cell(mine), _num(mine.get("first_ms"), ".1f"), ms_cell(theirs),
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


def ms_cell(timing: dict) -> str:
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

