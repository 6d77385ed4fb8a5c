"""What a store gets beside its data: lookup keys and counts, written with the data; then the
rows of `summaries.ru`, once the data is in.

Keys (`mlg:key`) are the `slug` of every label of the data and of the concepts, plus the
slug of the IRI's path for organisations, bodies, structures and actions (`caf`, `caf-09`,
`32-centre-social-vic-accueil`): `queries.params` resolves a user's "caf", "Conseil
départemental du Gers", "Centre social Vic-Accueil" or "32/centre-social-vic-accueil/…" to
IRIs through the store's index on them, instead of comparing every label of the graph.

The counts (`Tally`) are those the questions that must count everything read (funders,
co-funders, funded themes, structures, keywords, départements) so that they answer at
national scale without aggregating every action again; the emitter gathers them as it writes
the actions. `tests/test_summaries.py` checks each against the live aggregation it replaces.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from loader.native import PACKAGE_DIR
from ontology.keys import slug
from ontology.namespace import ID, MLG

__all__ = ["SUMMARIES", "Tally", "add_summaries", "key_quads", "label_keys"]

SUMMARIES = PACKAGE_DIR / "summaries.ru"
_LABELS = [ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
           ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
           ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")]
_KEY = ox.NamedNode(str(MLG.key))
_NAMED_BY_IRI = tuple(f"{ID}{kind}/" for kind in ("org", "body", "structure", "action"))
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER, _DECIMAL = ox.NamedNode(f"{_XSD}integer"), ox.NamedNode(f"{_XSD}decimal")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_FUNDER = ox.NamedNode("https://schema.org/funder")
_SUBJECT = ox.NamedNode("http://purl.org/dc/terms/subject")
_FUNDED_ACTIONS, _KNOWN_AMOUNT = ox.NamedNode(str(MLG.fundedActions)), ox.NamedNode(
    str(MLG.knownAmount))
_FUNDS_IN, _ACTION_COUNT = ox.NamedNode(str(MLG.fundsIn)), ox.NamedNode(str(MLG.actionCount))
_STRUCTURE_COUNT = ox.NamedNode(str(MLG.structureCount))
_CO_FUNDING, _FUNDING_THEME = ox.NamedNode(str(MLG.CoFunding)), ox.NamedNode(
    str(MLG.FundingTheme))


def add_summaries(store: ox.Store) -> None:
    """Add the rows of `summaries.ru` to `store` (a writable store with its data, keys and
    counts)."""
    store.update(SUMMARIES.read_text(encoding="utf-8"))


def label_keys(node: str, label: str) -> list[str]:
    """The keys a label gives its node (an IRI): none outside the data, the label's slug
    unless empty, and the slug of the IRI's path for the nodes named by it."""
    if not node.startswith(ID):
        return []
    keys = [key] if (key := slug(label)) else []
    if node.startswith(_NAMED_BY_IRI):
        keys.append(slug(node.removeprefix(ID).split("/", 1)[1]))
    return keys


def key_quads(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """One `mlg:key` quad per key the labels among `quads` give (the ontology's: the
    emitter writes the data's beside its labels)."""
    for quad in quads:
        if quad.predicate in _LABELS and isinstance(quad.subject, ox.NamedNode) \
                and not isinstance(quad.object, ox.Triple):
            for key in label_keys(quad.subject.value, quad.object.value):
                yield ox.Quad(quad.subject, _KEY, ox.Literal(key))


@dataclass
class Tally:
    """What the counts are made of, gathered action by action (IRIs): each action's
    organiser, the funders it obtained money from and its keywords; each structure's
    département (from its first description, as the store keeps it); each funding's
    amount. Tallies of batches merge in input order (`update`)."""

    actions: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    departements: dict[str, str | None] = field(default_factory=dict)
    amounts: list[tuple[str, Decimal]] = field(default_factory=list)

    def action(self, structure: str, funders: Iterable[str], keywords: Iterable[str]) -> None:
        """Count one action of `structure`, paid for by `funders`, about `keywords`."""
        self.actions.append((structure, tuple(funders), tuple(dict.fromkeys(keywords))))

    def update(self, other: Tally) -> None:
        """Add the actions of `other`, which come after these."""
        self.actions += other.actions
        for structure, departement in other.departements.items():
            self.departements.setdefault(structure, departement)
        self.amounts += other.amounts

    def lines(self) -> Iterator[str]:
        """The counts as N-Triples lines: what `summaries.ru` once aggregated on the store."""
        yield from self._funders()
        structures: Counter[str] = Counter()
        keywords: Counter[str] = Counter()
        in_departement: dict[str, set[str]] = {}
        for structure, _, subjects in self.actions:
            structures[structure] += 1
            keywords.update(subjects)
            departement = self.departements.get(structure)
            if departement is not None:
                in_departement.setdefault(departement, set()).add(structure)
        for node, count in (*structures.items(), *keywords.items()):
            yield _line(node, _ACTION_COUNT, _integer(count))
        for departement, members in in_departement.items():
            yield _line(departement, _ACTION_COUNT,
                        _integer(sum(structures[member] for member in members)))
            yield _line(departement, _STRUCTURE_COUNT, _integer(len(members)))
        yield from self._pairs()

    def _funders(self) -> Iterator[str]:
        """Per funder: its actions, the total of its known amounts, its départements."""
        funded: Counter[str] = Counter()
        funds_in: set[tuple[str, str]] = set()
        for structure, funders, _ in self.actions:
            funded.update(funders)
            departement = self.departements.get(structure)
            funds_in.update((funder, departement) for funder in funders if departement)
        totals: dict[str, Decimal] = {}
        for funder, amount in self.amounts:
            totals[funder] = totals.get(funder, Decimal(0)) + amount
        for funder, count in funded.items():
            yield _line(funder, _FUNDED_ACTIONS, _integer(count))
        for funder, total in totals.items():
            yield _line(funder, _KNOWN_AMOUNT, str(ox.Literal(
                format(total.normalize(), "f"), datatype=_DECIMAL)))
        for funder, departement in funds_in:
            yield _line(funder, _FUNDS_IN, str(ox.NamedNode(departement)))

    def _pairs(self) -> Iterator[str]:
        """Each pair of funders of the same actions (`mlg:CoFunding`), each funder and keyword
        of the same actions (`mlg:FundingTheme`), with their number of actions."""
        pairs: Counter[tuple[str, str]] = Counter()
        themes: Counter[tuple[str, str]] = Counter()
        for _, funders, keywords in self.actions:
            pairs.update((a, b) for a in funders for b in funders if a < b)
            themes.update((funder, keyword) for funder in funders for keyword in keywords)
        for (funder, other), count in pairs.items():
            node = f"{ID}co-funding/{_after(funder, '/id/org/')}/{_after(other, '/id/org/')}"
            yield from _counted(node, _CO_FUNDING, count, (_FUNDER, funder), (_FUNDER, other))
        for (funder, keyword), count in themes.items():
            node = (f"{ID}funding-theme/{_after(funder, '/id/org/')}/"
                    f"{_after(keyword, '/id/keyword/')}")
            yield from _counted(node, _FUNDING_THEME, count, (_FUNDER, funder),
                                (_SUBJECT, keyword))


def _counted(node: str, kind: ox.NamedNode, count: int,
             *facts: tuple[ox.NamedNode, str]) -> Iterator[str]:
    yield _line(node, _TYPE, str(kind))
    for predicate, value in facts:
        yield _line(node, predicate, str(ox.NamedNode(value)))
    yield _line(node, _ACTION_COUNT, _integer(count))


def _after(value: str, part: str) -> str:
    """SPARQL's STRAFTER: what follows the first `part` in `value`, "" without one."""
    return value.partition(part)[2]


def _integer(count: int) -> str:
    return str(ox.Literal(str(count), datatype=_INTEGER))


def _line(subject: str, predicate: ox.NamedNode, object_: str) -> str:
    """One N-Triples line; `subject` an IRI, checked by pyoxigraph."""
    return f"{ox.NamedNode(subject)} {predicate} {object_} .\n"
