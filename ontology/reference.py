"""Reference data: the départements and régions of France, and the concepts of the vocabularies.

>>> find_departement("bouches du rhone").name
'Bouches-du-Rhône'
>>> find_departement("Gers").region_name
'Occitanie'
>>> concept_iri("keyword", "Viellissement")
('https://w3id.org/maillage/id/keyword/vieillissement', True)
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ontology.keys import fold, slug
from ontology.namespace import ID

__all__ = [
    "DEPARTEMENTS_CSV",
    "NAMESPACE_PY",
    "ONTOLOGY_DIR",
    "ONTOLOGY_TTL",
    "SHAPES_TTL",
    "TERRITORIES_TTL",
    "VOCABULARIES_TTL",
    "Departement",
    "concept_iri",
    "departements",
    "find_departement",
]

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_TTL = ONTOLOGY_DIR / "maillage.ttl"
VOCABULARIES_TTL = ONTOLOGY_DIR / "vocabularies.ttl"
TERRITORIES_TTL = ONTOLOGY_DIR / "territories.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
DEPARTEMENTS_CSV = ONTOLOGY_DIR / "departements.csv"
NAMESPACE_PY = ONTOLOGY_DIR / "namespace.py"

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_LABELS = {f"{_SKOS}prefLabel", f"{_SKOS}altLabel"}
_IN_SCHEME = f"{_SKOS}inScheme"
_ARTICLE = re.compile(r"^(?:la|le|les|l)-")


@dataclass(frozen=True, slots=True)
class Departement:
    """A département: INSEE code, name, and its région's INSEE code and name."""

    code: str
    name: str
    region_code: str
    region_name: str

    @property
    def iri(self) -> str:
        """The département's IRI, e.g. `https://w3id.org/maillage/id/departement/32`."""
        return f"{ID}departement/{self.code}"

    @property
    def region_iri(self) -> str:
        """The IRI of the département's région, e.g. `https://w3id.org/maillage/id/region/76`."""
        return f"{ID}region/{self.region_code}"


@cache
def departements() -> tuple[Departement, ...]:
    """All the départements of `departements.csv`, in its order (INSEE code order)."""
    with DEPARTEMENTS_CSV.open(encoding="utf-8", newline="") as file:
        return tuple(Departement(**row) for row in csv.DictReader(file))


def _place_key(text: str) -> str:
    """`text` slugged, without a leading article: "La Réunion" and "reunion" give "reunion"."""
    key = _ARTICLE.sub("", slug(text))
    return f"0{key}" if len(key) == 1 and key.isdigit() else key


@cache
def _departement_index() -> dict[str, Departement]:
    """Département by name key and by lowercase INSEE code."""
    index = {_place_key(d.name): d for d in departements()}
    index.update((d.code.lower(), d) for d in departements())
    return index


def find_departement(name: str) -> Departement | None:
    """The département named `name` (or of INSEE code `name`), whatever the accents, case,
    hyphens and leading article; None if there is none.

    >>> find_departement("Réunion").code
    '974'
    >>> find_departement("2a").name
    'Corse-du-Sud'
    """
    return _departement_index().get(_place_key(name))


def _label_key(label: str) -> str:
    """`label` folded, whitespace runs collapsed to one space."""
    return " ".join(fold(label).split())


@cache
def _concept_index() -> dict[str, dict[str, str]]:
    """Concept IRI by scheme key (e.g. "keyword") and folded prefLabel or altLabel."""
    labels: dict[str, list[str]] = defaultdict(list)
    schemes: dict[str, str] = {}
    for triple in ox.parse(path=VOCABULARIES_TTL, format=ox.RdfFormat.TURTLE):
        subject, predicate = triple.subject.value, triple.predicate.value
        if predicate in _LABELS:
            labels[subject].append(triple.object.value)
        elif predicate == _IN_SCHEME:
            schemes[subject] = triple.object.value.removeprefix(ID)
    index: dict[str, dict[str, str]] = defaultdict(dict)
    for concept, scheme in schemes.items():
        index[scheme].update((_label_key(label), concept) for label in labels[concept])
    return dict(index)


def concept_iri(scheme: str, label: str) -> tuple[str, bool]:
    """The IRI of the concept of `scheme` labelled `label` (prefLabel or altLabel, folded),
    and True; for an unknown label, the IRI it would have, and False.

    Raises ValueError for an unknown scheme.

    >>> concept_iri("public", "Seniors")
    ('https://w3id.org/maillage/id/public/seniors', True)
    >>> concept_iri("public", "Étudiants")
    ('https://w3id.org/maillage/id/public/etudiants', False)
    """
    index = _concept_index()
    if scheme not in index:
        raise ValueError(f"unknown concept scheme {scheme!r}, expected one of {sorted(index)}")
    iri = index[scheme].get(_label_key(label))
    return (iri, True) if iri else (f"{ID}{scheme}/{slug(label)}", False)
