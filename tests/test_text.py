"""The searchers of long alternations answer as their patterns; fold by bytes is fold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loader.extract import _TEXT_FIELDS
from loader.parse import parse_export
from loader.partners import _PARTNERING
from loader.pipeline import SAMPLE
from loader.text import FicheText, searcher
from ontology.keys import _fold, fold

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("pattern", "matching", "other"), [
    (r"co-?anim|(?:anime|porte)e?s? par", "co-anim, porte par", "un atelier"),
    (r"(?:ab)+cd|x(?:yz){2,}", "ababcd xyzyz", "acbd xzy"),
    (r"\bavec (?:le |l')?soutien\b", "avec l'soutien", "avec le"),
    (r"[a-z]+ ?|x", "rien", "RIEN"),
    (r"(?:caf|)x?|msa", "rien", ""),  # an alternative without literal: always searched
    (r"(?i)caf|msa", "la CAF", "la ville"),
    (r"^la caf|msa$|(?<=la )ville", "la caf", "une caf"),
])
def test_a_searcher_finds_what_the_pattern_finds(pattern: str, matching: str,
                                                 other: str) -> None:
    found = searcher(re.compile(pattern))
    assert found(matching)
    assert found(other) == (re.search(pattern, other) is not None)


def test_the_partnering_searcher_answers_as_its_pattern_on_every_sentence() -> None:
    found = searcher(_PARTNERING)
    sentences = [sentence.folded for path in (SAMPLE, *DATA.glob("fiches-*.txt"))
                 for record in parse_export(path)
                 for field in _TEXT_FIELDS for sentence in FicheText(
                     record, _TEXT_FIELDS).sentences(field)]
    matching = [text for text in sentences if _PARTNERING.search(text)]
    assert 50 < len(matching) < len(sentences)
    assert [found(text) for text in sentences] == [
        _PARTNERING.search(text) is not None for text in sentences]


def test_fold_by_bytes_is_the_unicode_fold() -> None:
    """The byte table for Latin-1 text gives what NFKD gives, on every pair of characters."""
    chars = [chr(code) for code in range(256)] + ["’", "œ", "Œ", "€", "ﬁ", "…", "İ", "Σ", "\u0301"]
    assert [fold(a + b) for a in chars for b in chars] == [
        _fold(a + b) for a in chars for b in chars]
