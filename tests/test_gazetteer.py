from __future__ import annotations

from pathlib import Path

import pytest

from loader.gazetteer import _fold_keep, find_orgs, is_generic
from loader.parse import parse_export

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Caisse d’allocations familiales", ["caf"]),  # typographic apostrophe
        ("Conseil\u202fdépartemental et Région", ["conseil-departemental", "region"]),
        ("Caisse nationale des allocations familiales", ["cnaf"]),  # longest alias wins
        ("les Ştats et l’État", ["etat"]),  # a wide letter is a letter, not a word break
        ("C.A.F. et M.S.A.", ["caf", "msa"]),
        ("CD31 : 2 000 €, CD 2A : 500 €", ["conseil-departemental", "conseil-departemental"]),
        ("un CD de chansons", []),  # a disc, not the council
        # after a type word, "avec" starts the sentence's next part, not the body's name
        ("portée par le centre social avec Conseil citoyen", []),
    ],
)
def test_funders_in_any_writing(text: str, keys: list[str]) -> None:
    assert [m.org.key for m in find_orgs(text)] == keys


def test_folding_keeps_offsets() -> None:
    text = "L’Œuvre « Ştat » ﬁnancée\u2009: 3 000 €"
    folded = _fold_keep(text)
    assert len(folded) == len(text)
    assert folded.startswith("l'") and "stat" in folded


def _sentences() -> list[str]:
    return [line.text for path in (DATA.parent.parent / "data" / "senacs-actions-sample.txt",
                                   DATA / "fiches-funding.txt")
            for record in parse_export(path) for content in record.fields.values()
            for line in content.lines]




@pytest.mark.parametrize("name", ["CP au CM2", "CE1-CE2", "6e à la 3e",
                                  "Convention Territoriale Globale"])
def test_school_grades_and_a_convention_name_no_body(name: str) -> None:
    assert is_generic(name)


def test_a_body_that_starts_like_a_grade_is_one() -> None:
    assert not is_generic("CPAM") and not is_generic("Collège Jean Moulin")
