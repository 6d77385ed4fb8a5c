from __future__ import annotations

from pathlib import Path

import pytest

from loader.evaluate import Score, evaluate, main

GOLD = Path(__file__).parent / "data" / "gold-sample.json"


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return evaluate(GOLD, ner=False)


def test_funders_reach_the_issue_thresholds(scores) -> None:
    assert scores["funders"].precision >= 0.95
    assert scores["funders"].recall >= 0.90


def test_amounts_tied_to_funders_are_exact(scores) -> None:
    assert (scores["amounts"].hits, scores["amounts"].expected) == (7, 7)
    assert scores["amounts"].precision >= 0.95


def test_partners_reach_the_issue_thresholds(scores) -> None:
    assert scores["partners"].precision >= 0.85
    assert scores["partners"].recall >= 0.75


def test_partners_with_ner_keep_the_thresholds() -> None:
    partners = evaluate(GOLD)["partners"]
    assert partners.precision >= 0.85 and partners.recall >= 0.75


def test_score_arithmetic() -> None:
    score = Score(hits=9, predicted=10, expected=12)
    assert (score.precision, score.recall, round(score.f1, 4)) == (0.9, 0.75, 0.8182)


def test_cli_prints_the_table(capsys) -> None:
    assert main([str(GOLD), "--no-ner"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["precision", "recall", "F1", "found", "gold"]
    assert [line.split()[0] for line in lines[1:]] == ["funders", "amounts", "partners"]
