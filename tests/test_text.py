"""The searchers and scanners of long alternations answer as their patterns; fold by bytes
is fold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loader.constructions import _SIGNALS
from loader.extract import _TEXT_FIELDS
from loader.parse import parse_export
from loader.partners import _PARTNERING
from loader.pipeline import SAMPLE
from loader.text import FicheText, scanner, searcher
from ontology.keys import _ONE_FOR_ONE, _fold, fold, fold_aligned

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
    sentences = _sentences()
    matching = [text for text in sentences if _PARTNERING.search(text)]
    assert 50 < len(matching) < len(sentences)
    assert [found(text) for text in sentences] == [
        _PARTNERING.search(text) is not None for text in sentences]


def _sentences() -> list[str]:
    return [sentence.folded for path in (SAMPLE, *DATA.glob("fiches-*.txt"))
            for record in parse_export(path)
            for field in _TEXT_FIELDS for sentence in FicheText(
                record, _TEXT_FIELDS).sentences(field)]


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?P<a>ab|b)|(?P<b>abc|c)", "abc bc c abab"),  # leftmost, then the first alternative
    (r"(?P<a>\bde\b|du)|(?P<b>de la|[a-z]+ du)", "de la ville du lot, au du"),
    (r"(?P<a>^la|(?<=et )la)|(?P<b>la$|x)", "la ville et la caf, la"),
])
def test_a_scanner_finds_what_finditer_finds(pattern: str, text: str) -> None:
    assert [(name, match.span()) for name, match in scanner(re.compile(pattern))(text)] == [
        (match.lastgroup, match.span()) for match in re.finditer(pattern, text)]


@pytest.mark.parametrize("pattern", [r"(?P<a>x)|y", r"(?P<a>x|)", r"(?i)(?P<a>x)"])
def test_a_scanner_refuses_what_it_cannot_answer_for(pattern: str) -> None:
    with pytest.raises(ValueError):
        scanner(re.compile(pattern))


def test_the_funding_signals_scanner_answers_as_finditer_on_every_sentence() -> None:
    scan = scanner(_SIGNALS)
    sentences = _sentences()
    assert sum(bool(_SIGNALS.search(text)) for text in sentences) > 50
    assert [[(name, match.span()) for name, match in scan(text)] for text in sentences] == [
        [(match.lastgroup, match.span()) for match in _SIGNALS.finditer(text)]
        for text in sentences]


def test_fold_by_bytes_is_the_unicode_fold() -> None:
    """The byte table for Latin-1 text gives what NFKD gives, on every pair of characters."""
    chars = [chr(code) for code in range(256)] + ["’", "œ", "Œ", "€", "ﬁ", "…", "İ", "Σ", "\u0301"]
    assert [fold(a + b) for a in chars for b in chars] == [
        _fold(a + b) for a in chars for b in chars]


def test_the_aligned_fold_keeps_every_offset_and_folds_what_folds_to_one() -> None:
    """On every pair of characters, those of Latin-1 and the wider ones fiches hold (the
    marks `fold_aligned` takes as one for one among them): the same length; `fold` itself
    when each character folds to one, else the others kept as they are."""
    chars = [chr(code) for code in range(256)] + [*_ONE_FOR_ONE, "ﬁ", "…", "İ", "Σ", "\u0301"]
    for text in (a + b for a in chars for b in chars):
        aligned = fold_aligned(text)
        assert len(aligned) == 2
        uneven = [index for index, char in enumerate(text) if len(fold(char)) != 1]
        if not uneven:
            assert aligned == fold(text)
        assert [aligned[index] for index in uneven] == [text[index] for index in uneven]
