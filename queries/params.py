"""Query parameters resolved to IRIs before the query runs, so the store starts from them.

A named query declares the kind of each parameter in its header
(`# param ?departement (departement): …`). Départements and régions are found in the
ontology's reference data (name or INSEE code, any case, accents or article); funders,
partners, structures, keywords and actions through the `mlg:key` the build gives every node
(`loader.summaries`: the slug of each label, and the IRI's last segment for organisations);
a grant status among `GRANT_STATUSES`. Several values mean "any of". A value that names
nothing is a `QueryError` naming the closest known values (rapidfuzz), never an empty table.

>>> [term.value for term in resolve(None, "departement", ["gers", "65"])]
['https://w3id.org/maillage/id/departement/32', 'https://w3id.org/maillage/id/departement/65']
>>> resolve(None, "departement", ["Gerss"])
Traceback (most recent call last):
...
queries.backends.QueryError: unknown département 'Gerss' (closest: Gers, Vosges, Deux-Sèvres)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from ontology.keys import fold, slug
from ontology.namespace import ID, MLG
from ontology.reference import departements, find_departement
from queries.backends import Backend, QueryError, bound

__all__ = ["GRANT_STATUSES", "KINDS", "Kind", "resolve", "values_clause"]

_SKOS = "http://www.w3.org/2004/02/skos/core#"
GRANT_STATUSES = {
    "obtenu": ("obtenu", "obtenue", "obtained", "accorde", "accordee"),
    "demande": ("demande", "demandee", "requested", "sollicite", "sollicitee", "en-attente"),
    "refuse": ("refuse", "refusee", "refused", "non-retenu"),
}
"""Grant statuses by their key in `id:grant-status/{key}`, with the words that name them."""


@dataclass(frozen=True)
class Kind:
    """What a parameter names: a French noun for messages, and for things of the graph the
    SPARQL pattern (on `?node`) that keeps the right ones among those sharing a key."""

    noun: str
    pattern: str = ""


KINDS = {
    "departement": Kind("département"),
    "region": Kind("région"),
    "status": Kind("statut de subvention"),
    "funder": Kind("financeur", f"?node a <{MLG.Funder}> . "
                                f'FILTER(STRSTARTS(STR(?node), "{ID}org/"))'),
    "partner": Kind("partenaire", f"VALUES ?class {{ <{MLG.Partner}> <{MLG.LocalBody}> }} "
                                  f"?node a ?class ."),
    "structure": Kind("structure", f"?node a <{MLG.Structure}> ."),
    "keyword": Kind("mot clé", f"?node <{_SKOS}inScheme> <{ID}keyword> ."),
    "action": Kind("action", f"?node a <{MLG.Action}> ."),
}


def resolve(backend: Backend | None, kind: str, values: Sequence[str]) -> list[ox.NamedNode]:
    """The IRIs `values` name as `kind` (one of `KINDS`), in a stable order, duplicates merged.

    `backend` is only asked for the kinds that live in the graph.
    """
    if kind not in KINDS:
        raise QueryError(f"unknown parameter kind {kind!r} (known: {', '.join(KINDS)})")
    finder = _REFERENCE.get(kind)
    found = _from_reference(kind, values, finder) if finder else _from_graph(backend, kind, values)
    return sorted(set(found), key=lambda node: node.value)


def _from_reference(kind: str, values: Sequence[str],
                    finder: Callable[[str], str | None]) -> list[ox.NamedNode]:
    nodes = []
    for value in values:
        iri = finder(value)
        if iri is None:
            raise _unknown(kind, value, _REFERENCE_LABELS[kind]())
        nodes.append(ox.NamedNode(iri))
    return nodes


def _departement(value: str) -> str | None:
    found = find_departement(value)
    return found.iri if found else None


@cache
def _regions() -> dict[str, str]:
    """Région IRI by slug of its name and by INSEE code."""
    index = {}
    for departement in departements():
        index[slug(departement.region_name)] = departement.region_iri
        index[departement.region_code] = departement.region_iri
    return index


def _region(value: str) -> str | None:
    key = slug(value)
    return _regions().get(key) or _regions().get(key.lstrip("0"))


def _status(value: str) -> str | None:
    key = slug(value)
    return next((f"{ID}grant-status/{status}" for status, words in GRANT_STATUSES.items()
                 if key in words), None)


_REFERENCE: dict[str, Callable[[str], str | None]] = {
    "departement": _departement, "region": _region, "status": _status}
_REFERENCE_LABELS: dict[str, Callable[[], list[str]]] = {
    "departement": lambda: [d.name for d in departements()],
    "region": lambda: sorted({d.region_name for d in departements()}),
    "status": lambda: list(GRANT_STATUSES),
}


def _from_graph(backend: Backend | None, kind: str, values: Sequence[str]
                ) -> list[ox.NamedNode]:
    """Look the values' keys up in the graph; every value must name something."""
    if backend is None:
        raise QueryError(f"resolving a {KINDS[kind].noun} needs a store or an endpoint")
    keys = {value: slug(value) for value in values}
    literals = (str(ox.Literal(key)) for key in keys.values())
    sparql = (f"SELECT ?key ?node WHERE {{ {values_clause('key', literals)} "
              f"?node <{MLG.key}> ?key . {KINDS[kind].pattern} }}")
    found: dict[str, list[ox.NamedNode]] = {}
    for key, node in backend.select(sparql).rows:
        found.setdefault(bound(key), []).append(ox.NamedNode(bound(node)))
    for value, key in keys.items():
        if key not in found:
            raise _unknown(kind, value, _labels(backend, kind))
    return [node for nodes in found.values() for node in nodes]


def _labels(backend: Backend, kind: str) -> list[str]:
    """Every label of the things of `kind`, for suggestions."""
    sparql = (f"SELECT DISTINCT ?label WHERE {{ {KINDS[kind].pattern} "
              f"?node <http://www.w3.org/2000/01/rdf-schema#label>|<{_SKOS}prefLabel> ?label }}")
    return [label for (label,) in backend.select(sparql).rows if label]


def _unknown(kind: str, value: str, known: Iterable[str]) -> QueryError:
    closest = process.extract(value, sorted(set(known)), scorer=fuzz.WRatio, processor=fold,
                              limit=3)
    hint = f" (closest: {', '.join(label for label, _, _ in closest)})" if closest else ""
    return QueryError(f"unknown {KINDS[kind].noun} {value!r}{hint}")


def values_clause(name: str, terms: Iterable[str]) -> str:
    """`VALUES ?name { … }` of terms already serialised by pyoxigraph."""
    return f"VALUES ?{name} {{ {' '.join(terms)} }}"
