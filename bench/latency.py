"""Median latency of a few named queries on an existing store (quick check, no rdflib).

    .venv/bin/python bench/latency.py --store /tmp/st100k [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from queries.runner import EmbeddedBackend, run_query

CASES = [
    ("funders", {}),
    ("who-funds-what", {"funder": "fipdr"}),
    ("who-funds-what", {"departement": "Lozère"}),
    ("actions-by-keyword", {"keyword": "Numérique"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    backend = EmbeddedBackend(args.store)
    for name, params in CASES:
        seconds, rows = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            rows = len(run_query(backend, name, params).rows)
            seconds.append(time.perf_counter() - start)
        print(f"{name} {params}: {rows} rows, median {statistics.median(seconds) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
