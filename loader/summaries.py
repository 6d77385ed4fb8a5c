"""What a store gets once its data is in: lookup keys, then the summaries of `summaries.ru`.

Keys (`mlg:key`) are the `slug` of every label of the data and of the concepts, plus the
slug of the IRI's path for organisations, bodies, structures and actions (`caf`, `caf-09`,
`32-centre-social-vic-accueil`): `queries.params` resolves a user's "caf", "Conseil
départemental du Gers", "Centre social Vic-Accueil" or "32/centre-social-vic-accueil/…" to
IRIs through the store's index on them, instead of comparing every label of the graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from ontology.keys import slug
from ontology.namespace import ID, MLG

__all__ = ["SUMMARIES", "add_summaries", "key_quads"]

SUMMARIES = Path(__file__).resolve().parent / "summaries.ru"
_LABELS = [ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
           ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
           ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")]
_KEY = ox.NamedNode(str(MLG.key))
_NAMED_BY_IRI = tuple(f"{ID}{kind}/" for kind in ("org", "body", "structure", "action"))


def add_summaries(store: ox.Store) -> None:
    """Add the lookup keys and the summaries to `store` (a writable store with its data)."""
    store.bulk_extend(list(key_quads(store)))
    store.update(SUMMARIES.read_text(encoding="utf-8"))


def key_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """One `mlg:key` quad per data node and key (duplicates are merged by the store)."""
    for predicate in _LABELS:
        for quad in store.quads_for_pattern(None, predicate, None, ox.DefaultGraph()):
            node, label = quad.subject, quad.object
            if not isinstance(node, ox.NamedNode) or not node.value.startswith(ID) \
                    or isinstance(label, ox.Triple):
                continue
            key = slug(label.value)
            if key:
                yield ox.Quad(node, _KEY, ox.Literal(key))
            if node.value.startswith(_NAMED_BY_IRI):
                path = node.value.removeprefix(ID).split("/", 1)[1]
                yield ox.Quad(node, _KEY, ox.Literal(slug(path)))
