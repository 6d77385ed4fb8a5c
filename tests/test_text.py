"""The literal gates put before costly patterns: False only where the pattern cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loader.extract import _TEXT_FIELDS
from loader.parse import parse_export
from loader.partners import _PARTNERING
from loader.pipeline import SAMPLE
from loader.text import FicheText, literal_gate
from ontology.keys import _fold, fold

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("pattern", "matching", "other"), [
    (r"co-?anim|(?:anime|porte)e?s? par", "co-anim, porte par", "un atelier"),
    (r"(?:ab)+cd|x(?:yz){2,}", "ababcd xyzyz", "acbd xzy"),
    (r"\bavec (?:le |l')?soutien\b", "avec l'soutien", "avec le"),
])
def test_a_gate_lets_through_what_matches_and_stops_the_rest(pattern: str, matching: str,
                                                             other: str) -> None:
    gate = literal_gate(re.compile(pattern))
    assert gate(matching) and not gate(other)


@pytest.mark.parametrize("pattern", [r"[a-z]+ ?", r"(?:caf|)x?", r"(?i)caf"])
def test_without_a_sure_literal_the_gate_always_lets_through(pattern: str) -> None:
    assert literal_gate(re.compile(pattern))("rien")


def test_the_partnering_gate_lets_every_matching_sentence_through() -> None:
    gate = literal_gate(_PARTNERING)
    sentences = [sentence.folded for path in (SAMPLE, *DATA.glob("fiches-*.txt"))
                 for record in parse_export(path)
                 for field in _TEXT_FIELDS for sentence in FicheText(
                     record, _TEXT_FIELDS).sentences(field)]
    matching = [text for text in sentences if _PARTNERING.search(text)]
    assert len(matching) > 50
    assert all(gate(text) for text in matching)
    assert not all(gate(text) for text in sentences)


def test_fold_by_bytes_is_the_unicode_fold() -> None:
    """The byte table for Latin-1 text gives what NFKD gives, on every pair of characters."""
    chars = [chr(code) for code in range(256)] + ["’", "œ", "Œ", "€", "ﬁ", "…", "İ", "Σ", "\u0301"]
    assert [fold(a + b) for a in chars for b in chars] == [
        _fold(a + b) for a in chars for b in chars]
