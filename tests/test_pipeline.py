"""The build pipeline: worker processes change nothing, memory stays bounded by streaming."""

from __future__ import annotations

import io
from pathlib import Path

from pyoxigraph import RdfFormat

from loader.pipeline import SAMPLE, build
from loader.records import Problem
from loader.store import export
from storage.embedded import open_store


def _ntriples(store: Path) -> bytes:
    out = io.BytesIO()
    export(open_store(store), out, RdfFormat.N_TRIPLES)
    return out.getvalue()


def test_extraction_in_worker_processes_gives_the_same_triples(tmp_path: Path) -> None:
    problems: dict[int, list[Problem]] = {1: [], 2: []}
    for workers in (1, 2):
        summary = build([SAMPLE], tmp_path / str(workers), report=problems[workers].append,
                        workers=workers)
        assert summary.actions == 25
    assert _ntriples(tmp_path / "1") == _ntriples(tmp_path / "2")
    assert problems[1] == problems[2]
