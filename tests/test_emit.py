"""The triples of one fiche, exactly: the contract between the loader and every query."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loader.emit import emit
from loader.extract import extract
from loader.parse import parse_export

DATA = Path(__file__).parent / "data"
MODEL = (Path(__file__).parent.parent / "docs" / "model.md").read_text(encoding="utf-8")
ID = "https://w3id.org/maillage/id/"
_KEY = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_DEPT = r"(?:\d{2}|2[AB]|97\d)"
_ACTION = rf"{_DEPT}/{_KEY}/{_KEY}"
IRI_PATTERNS = {
    "`id:source/{slug(file name)}`": rf"source/{_KEY}",
    "`id:action/{dept code}/{slug(structure)}/{slug(title)[:80]}`": rf"action/{_ACTION}",
    "`id:structure/{dept code}/{slug(name)}`": rf"structure/{_DEPT}/{_KEY}",
    "`id:departement/{INSEE code}`": rf"departement/{_DEPT}",
    "`id:region/{INSEE code}`": r"region/\d{2}",
    "`id:{scheme}/{slug(prefLabel)}`": rf"(?:keyword|dimension|public|initiative|territory-scope"
                                       rf"|status|partner-type|org-kind|grant-status)/{_KEY}",
    "`id:body/{key}-{dept code}`": rf"body/{_KEY}",
    "`id:commune/{INSEE code}`": r"commune/\d[\dAB]\d{3}",
    "`id:org/{key}`": rf"org/{_KEY}",
    "`id:funding/{action path}/{funder key}`": rf"funding/{_ACTION}/{_KEY}",
    "`id:partnership/{action path}/{partner key}`": rf"partnership/{_ACTION}/{_KEY}",
}
"""The IRI patterns of docs/model.md (as written there) that one fiche's triples use."""


@pytest.fixture(scope="module")
def ntriples() -> str:
    records = [extract(record, ner=False)
               for record in parse_export(DATA / "fiches-grants.txt")]
    return "".join(f"{quad} .\n" for quad in emit(records))


def test_one_fiche_gives_exactly_these_triples(ntriples: str) -> None:
    assert ntriples == (DATA / "fiches-grants.nt").read_text(encoding="utf-8")


@pytest.mark.parametrize("pattern", IRI_PATTERNS)
def test_each_pattern_is_the_one_of_the_model(pattern: str) -> None:
    assert pattern in MODEL


def test_every_iri_of_the_data_follows_a_pattern_of_the_model(ntriples: str) -> None:
    iris = set(re.findall(rf"<{re.escape(ID)}([^>]*)>", ntriples))
    allowed = re.compile("|".join(IRI_PATTERNS.values()))
    assert sorted(iri for iri in iris if not allowed.fullmatch(iri)) == []
    assert len(iris) == 35
