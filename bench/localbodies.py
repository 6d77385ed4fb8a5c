"""Figures of `loader.localbodies`: data file size, load time, scan time over the sample.

    .venv/bin/python bench/localbodies.py [INPUT] [--repeat 100]

Loads the data file in a fresh process state (the first call), then runs
`find_local_bodies` over every field of every fiche of INPUT (default: the bundled sample),
each with its structure's département; the scan time is the median of `--repeat` passes,
the département tries already built (the first pass's cost is given apart).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from loader import localbodies
from loader.emit import departement_key
from loader.parse import parse_export

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "senacs-actions-sample.txt"


def _scan(texts: list[tuple[str, str]]) -> tuple[float, int]:
    """Seconds to scan `texts` ((text, département code) pairs) and the mentions found."""
    start = time.perf_counter()
    found = sum(len(localbodies.find_local_bodies(text, code)) for text, code in texts)
    return time.perf_counter() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    records = list(parse_export(args.input, report=lambda problem: None))
    texts = [(found.text, departement_key(record.departement))
             for record in records for found in record.fields.values()]
    characters = sum(len(text) for text, _ in texts)
    start = time.perf_counter()
    localbodies.local_body("commune-12145")
    load = time.perf_counter() - start
    first, found = _scan(texts)
    median = statistics.median(_scan(texts)[0] for _ in range(args.repeat))
    print(f"data file {localbodies.DATA.stat().st_size / 1024:.0f} KiB; load {load * 1000:.0f} ms; "
          f"{len(records)} fiches, {characters:,} characters, {found} mentions: first pass "
          f"{first * 1000:.1f} ms (tries built), then {median * 1000:.2f} ms "
          f"({characters / median / 1e6:.1f} M characters/s)")


if __name__ == "__main__":
    main()
