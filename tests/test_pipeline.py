"""The build pipeline: worker processes change nothing, memory stays bounded by streaming."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat

from loader import pipeline
from loader.extract import extract
from loader.pipeline import SAMPLE, build
from loader.records import Problem, Record
from loader.store import export
from queries.backends import open_backend
from queries.runner import run_query
from storage.embedded import open_store


def _ntriples(store: Path) -> bytes:
    out = io.BytesIO()
    export(open_store(store), out, RdfFormat.N_TRIPLES)
    return out.getvalue()


@pytest.mark.parametrize(("export", "actions", "warnings"), [
    (SAMPLE, 25, 0),
    # warnings travel back from the workers too (pickled: with the modules compiled as well)
    (Path(__file__).parent / "data" / "fiches-open-world.txt", 9, 17)])
def test_extraction_in_worker_processes_gives_the_same_triples(
        tmp_path: Path, export: Path, actions: int, warnings: int) -> None:
    problems: dict[int, list[Problem]] = {1: [], 2: []}
    for workers in (1, 2):
        summary = build([export], tmp_path / str(workers), report=problems[workers].append,
                        workers=workers)
        assert summary.actions == actions
    assert _ntriples(tmp_path / "1") == _ntriples(tmp_path / "2")
    assert len(problems[1]) == warnings
    assert problems[1] == problems[2]


def test_a_fiche_whose_reading_fails_is_reported_and_loaded_without_its_funders(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_on_one(record: Record, *, ner: bool) -> Record:
        if record.title == "PAROLES CHOCOLATEES":
            raise ValueError("min() arg is an empty sequence")
        return extract(record, ner=ner)

    monkeypatch.setattr(pipeline, "extract", failing_on_one)
    problems: list[Problem] = []
    summary = build([SAMPLE], tmp_path / "store", report=problems.append, workers=1)
    assert summary.actions == 25  # the fiche is in the store, and every other one
    failed = [p for p in problems if "not read" in p.message]
    assert [(p.line, p.message) for p in failed] == [
        (2, "funders and partners of 'PAROLES CHOCOLATEES' not read (ValueError: min() arg is "
            "an empty sequence): loaded without them")]
    rows = run_query(open_backend(tmp_path / "store"), "evidence",
                     {"action": ["PAROLES CHOCOLATEES"]})
    assert rows.rows == []  # no funder nor partner claimed for it
