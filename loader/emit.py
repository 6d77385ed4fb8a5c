"""Records to RDF: each enriched record becomes triples in the default graph.

IRIs are built from normalised keys only (see docs/model.md), never from counters or blank
nodes, so the same input always gives the same triples. Shared nodes (structures, source
files, organisations, unknown concepts) are emitted once per `Emitter`.

The emitter writes N-Triples lines: each term is built (and checked) once by pyoxigraph and
kept as its N-Triples text, and a triple is three such texts joined. A build writes about a
million triples, and a `Quad` object per triple, serialised again, cost three times as much.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import NamedTuple

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from loader.localdata import LocalBody, local_body
from loader.records import Evidence, Org, Problem, Record
from loader.summaries import Tally, label_keys
from ontology.keys import slug
from ontology.namespace import ID, MLG
from ontology.reference import Departement, concept_iri, find_departement

__all__ = ["Emitter", "LinkKey", "action_path", "emit", "link_lines"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_SCHEMA = "https://schema.org/"
_PROV = "http://www.w3.org/ns/prov#"
_DCT = "http://purl.org/dc/terms/"

Term = str
"""An RDF term as N-Triples text ("<https://…>", "\"texte\"@fr"), built by pyoxigraph."""


def iri(value: str) -> Term:
    """The IRI `value` as an N-Triples term (ValueError if it is no valid IRI)."""
    return str(NamedNode(value))


def text(value: str, *, language: str | None = None) -> Term:
    """A string literal, with its language tag if any."""
    return str(Literal(value, language=language))


def typed(value: str, datatype: NamedNode) -> Term:
    """A literal of `datatype`."""
    return str(Literal(value, datatype=datatype))


def integer(value: int) -> Term:
    """An xsd:integer literal (its digits need no escaping, nor checking)."""
    return f'"{value}"^^<{_XSD}integer>'


def triple(subject: Term, predicate: Term, object_: Term) -> str:
    """One N-Triples line."""
    return f"{subject} {predicate} {object_} .\n"


TYPE = iri(f"{_RDF}type")
LABEL = iri(f"{_RDFS}label")
PREF_LABEL = iri(f"{_SKOS}prefLabel")
IN_SCHEME = iri(f"{_SKOS}inScheme")
CONCEPT = iri(f"{_SKOS}Concept")
SUBJECT = iri(f"{_DCT}subject")
ABSTRACT = iri(f"{_DCT}abstract")
DESCRIPTION = iri(f"{_DCT}description")
IDENTIFIER = iri(f"{_DCT}identifier")
DERIVED_FROM = iri(f"{_PROV}wasDerivedFrom")
FUNDER = iri(f"{_SCHEMA}funder")
AMOUNT = iri(f"{_SCHEMA}amount")
CURRENCY = iri(f"{_SCHEMA}currency")
DECIMAL = NamedNode(f"{_XSD}decimal")
BOOLEAN = NamedNode(f"{_XSD}boolean")
STRING = NamedNode(f"{_XSD}string")
GYEAR = NamedNode(f"{_XSD}gYear")
EUR = text("EUR")
TRUE = typed("true", BOOLEAN)


def _mlg(term: str) -> Term:
    return iri(str(MLG[term]))


# Free-text fields and the property each one is emitted with.
TEXT_PROPERTIES: dict[str, Term] = {
    "summary": ABSTRACT,
    "description": DESCRIPTION,
    "general_description": _mlg("generalDescription"),
    "financial_resources": _mlg("financialResources"),
    "people": _mlg("peopleMobilised"),
    "result_territory": _mlg("resultTerritory"),
    "result_structure": _mlg("resultStructure"),
    "result_inhabitants": _mlg("resultInhabitants"),
    "limits": _mlg("limits"),
    "perspectives": _mlg("perspectives"),
    "end_reason": _mlg("endReason"),
    "initiative_detail": _mlg("initiativeDetail"),
    "files": _mlg("attachedFiles"),
    "diagnostic": _mlg("diagnostic"),
    "impacts": _mlg("impacts"),
    "success_factors": _mlg("successFactors"),
}

# Fields whose text is a value, not French prose: (property, datatype).
VALUE_PROPERTIES: dict[str, tuple[Term, NamedNode]] = {
    "publisher": (_mlg("publisher"), STRING),
    "year": (_mlg("year"), GYEAR),
}

# List fields: (concept scheme, property). Keywords use the standard dcterms:subject.
CONCEPT_PROPERTIES: dict[str, tuple[str, Term]] = {
    "status": ("status", _mlg("status")),
    "dimension": ("dimension", _mlg("dimension")),
    "keywords": ("keyword", SUBJECT),
    "themes": ("keyword", SUBJECT),
    "public": ("public", _mlg("audience")),
    "initiative": ("initiative", _mlg("initiative")),
    "territory": ("territory-scope", _mlg("territoryScope")),
    "partner_types": ("partner-type", _mlg("partnerType")),
}

C_ACTION, C_STRUCTURE, C_SOURCE = _mlg("Action"), _mlg("Structure"), _mlg("SourceFile")
C_FUNDER, C_PARTNER, C_BODY = _mlg("Funder"), _mlg("Partner"), _mlg("LocalBody")
C_FUNDING, C_PARTNERSHIP = _mlg("Funding"), _mlg("Partnership")
P_ORGANISER, P_DEPARTEMENT, P_REGION = _mlg("organiser"), _mlg("departement"), _mlg("region")
P_LINE_START, P_LINE_END, P_TRUNCATED = _mlg("lineStart"), _mlg("lineEnd"), _mlg("truncated")
P_FUNDED_BY, P_FUNDING, P_BODY = _mlg("fundedBy"), _mlg("funding"), _mlg("body")
P_PARTNER, P_PARTNERSHIP, P_PARTNER_ORG = _mlg("partner"), _mlg("partnership"), _mlg("partnerOrg")
P_ORG_KIND, P_BUDGET, P_BUDGET_EVIDENCE = _mlg("orgKind"), _mlg("budget"), _mlg("budgetEvidence")
P_QUOTE, P_FIELD, P_LINE, P_METHOD = _mlg("quote"), _mlg("field"), _mlg("line"), _mlg("method")
P_GRANT_STATUS, P_GRANT_REQUEST = _mlg("grantStatus"), _mlg("grantRequest")
# Communes and intercommunalités (loader.localdata): class by kind, and their codes.
C_COMMUNE, C_INTERCOMMUNALITY = _mlg("Commune"), _mlg("Intercommunality")
LOCAL_CLASSES = {"cc": _mlg("CommunauteDeCommunes"), "ca": _mlg("CommunauteDAgglomeration"),
                 "cu": _mlg("CommunauteUrbaine"), "metropole": _mlg("Metropole"),
                 "ept": _mlg("EtablissementPublicTerritorial")}
P_INSEE_CODE, P_SIREN = _mlg("inseeCode"), _mlg("siren")
# The structure–organisation links the national networks read (see `link_lines`).
C_PARTNER_LINK, C_FUNDER_LINK = _mlg("PartnerLink"), _mlg("FunderLink")
P_LINKED_STRUCTURE, P_LINKED_ORG = _mlg("linkedStructure"), _mlg("linkedOrganisation")
P_ACTION_COUNT = _mlg("actionCount")
P_PARTNER_LINKS, P_FUNDER_LINKS = _mlg("partnerLinks"), _mlg("funderLinks")
P_KEY = _mlg("key")


class _Link(NamedTuple):
    """How an n-ary fact (funding, partnership) is written: IRI path and terms."""

    path: str
    node_class: Term
    role: Term
    shortcut: Term | None
    to_node: Term
    to_org: Term
    tally: str | None  # the structure–organisation link it counts in, if any


FUNDING_LINK = _Link("funding", C_FUNDING, C_FUNDER, P_FUNDED_BY, P_FUNDING, FUNDER,
                     "funder-link")
# A grant asked for but not obtained: no fundedBy shortcut, and reached by mlg:grantRequest,
# so that every query of mlg:funding counts only money obtained (and no link counts it).
REQUEST_LINK = _Link("funding", C_FUNDING, C_FUNDER, None, P_GRANT_REQUEST, FUNDER, None)
PARTNERSHIP_LINK = _Link("partnership", C_PARTNERSHIP, C_PARTNER, P_PARTNER, P_PARTNERSHIP,
                         P_PARTNER_ORG, "partner-link")
# A link between a structure and an organisation: (tally path, structure IRI, organisation IRI).
LinkKey = tuple[str, str, str]


def action_path(record: Record) -> str:
    """The action's IRI path under `id:action/`: département, structure and title keys."""
    title = slug(record.title)[:80].strip("-") or f"sans-titre-l{record.line_start}"
    return f"{departement_key(record.departement)}/{slug(record.structure_name)}/{title}"


def departement_key(name: str) -> str:
    """The INSEE code of a département name, or its slug when the name is unknown."""
    found = find_departement(name) if name else None
    return found.code if found else (slug(name) or "inconnu")


def emit(records: Iterable[Record], *, report: Callable[[Problem], None] | None = None
         ) -> Iterator[Quad]:
    """Quads for `records` (see `Emitter`), as pyoxigraph objects."""
    emitter = Emitter(report=report)
    for record in records:
        lines = "".join(emitter.record(record)).encode("utf-8")
        for found in parse(lines, format=RdfFormat.N_TRIPLES):
            yield Quad(found.subject, found.predicate, found.object)


class Emitter:
    """Turns records into N-Triples lines, remembering which shared nodes it already described.

    A shared node (source file, structure, organisation, new concept) is described the first
    time it is met. With `shared`, its description goes there with its key instead of into
    the stream: emitters working on batches in parallel can then leave the choice of the
    first description to one place, which keeps the output independent of the batching.
    """

    def __init__(self, *, report: Callable[[Problem], None] | None = None,
                 shared: Callable[[str, list[str]], object] | None = None,
                 links: Counter[LinkKey] | None = None, tally: Tally | None = None) -> None:
        self.report = report or (lambda problem: None)
        self.shared = shared
        self.links = links  # counted here as the facts are written, if given: `link_lines`
        self.tally = tally  # and what the summaries count, if given
        self._seen: set[str] = set()

    def record(self, record: Record, path: str | None = None) -> Iterator[str]:
        """Lines for one record; `path` overrides its IRI path (for disambiguated duplicates)."""
        base = path or action_path(record)
        action = iri(f"{ID}action/{base}")
        yield triple(action, TYPE, C_ACTION)
        yield from _labelled(action, LABEL, record.title, language="fr")
        yield triple(action, P_LINE_START, integer(record.line_start))
        yield triple(action, P_LINE_END, integer(record.line_end))
        if record.truncated:
            yield triple(action, P_TRUNCATED, TRUE)
        source = iri(f"{ID}source/{slug(record.source)}")
        yield triple(action, DERIVED_FROM, source)
        yield from self._once(source, lambda: [
            triple(source, TYPE, C_SOURCE), triple(source, IDENTIFIER, text(record.source))])
        structure = yield from self._structure(action, record)
        keywords: list[str] = []
        yield from self._fields(action, record, keywords)
        yield from self._facts(action, base, record, structure)
        if self.tally is not None:
            self.tally.action(structure[1:-1], (
                f"{ID}org/{funding.funder.key}" for funding in _unique_by_org(
                    record.fundings, lambda fact: fact.funder) if funding.status == "obtenu"),
                keywords)

    def _structure(self, action: Term, record: Record) -> Generator[str, None, Term]:
        departement = find_departement(record.departement) if record.departement else None
        key = departement.code if departement else departement_key(record.departement)
        node = iri(f"{ID}structure/{key}/{slug(record.structure_name) or 'sans-nom'}")
        yield triple(action, P_ORGANISER, node)
        yield from self._once(node, lambda: self._describe_structure(node, record, departement))
        if self.tally is not None:
            self.tally.departements.setdefault(
                node[1:-1], f"{ID}departement/{departement.code}" if departement else None)
        return node

    def _describe_structure(self, node: Term, record: Record,
                            departement: Departement | None) -> list[str]:
        lines = [triple(node, TYPE, C_STRUCTURE), *_labelled(node, LABEL, record.structure_name)]
        if departement is None:
            self.report(Problem(record.source, _structure_line(record),
                                f"unknown département {record.departement!r}: structure "
                                f"{record.structure_name!r} has no département"))
            return lines
        return [*lines,
                triple(node, P_DEPARTEMENT, iri(f"{ID}departement/{departement.code}")),
                triple(node, P_REGION, iri(f"{ID}region/{departement.region_code}"))]

    def _fields(self, action: Term, record: Record, keywords: list[str]) -> Iterator[str]:
        """The fields' triples; the IRIs of the action's keywords go to `keywords`."""
        for key, found in record.fields.items():
            if key in TEXT_PROPERTIES:
                content = found.text.strip()
                if content:
                    yield triple(action, TEXT_PROPERTIES[key], text(content, language="fr"))
            elif key in VALUE_PROPERTIES:
                content = found.text.strip()
                if content:
                    prop, datatype = VALUE_PROPERTIES[key]
                    yield triple(action, prop, typed(content, datatype))
            elif key in CONCEPT_PROPERTIES:
                scheme, prop = CONCEPT_PROPERTIES[key]
                for line in found.lines:
                    label = line.text.strip()
                    if label:
                        value = yield from self._concept(action, prop, scheme, label,
                                                         record.source, line.number)
                        if prop == SUBJECT:
                            keywords.append(value)

    def _concept(self, action: Term, prop: Term, scheme: str, label: str,
                 source: str, line: int) -> Generator[str, None, str]:
        """The action's concept, described if new; returns its IRI."""
        value, known = concept_iri(scheme, label)
        node = iri(value)
        yield triple(action, prop, node)
        if not known:
            yield from self._once(
                node, lambda: self._new_concept(node, scheme, label, source, line))
        return value

    def _new_concept(self, node: Term, scheme: str, label: str, source: str, line: int
                     ) -> list[str]:
        self.report(Problem(source, line,
                            f"{label!r} is not in the {scheme} scheme: added as a new concept"))
        return [triple(node, TYPE, CONCEPT), *_labelled(node, PREF_LABEL, label, language="fr"),
                triple(node, IN_SCHEME, iri(f"{ID}{scheme}"))]

    def _facts(self, action: Term, base: str, record: Record, structure: Term
               ) -> Iterator[str]:
        for funding in _unique_by_org(record.fundings, lambda fact: fact.funder):
            link = FUNDING_LINK if funding.status == "obtenu" else REQUEST_LINK
            node = yield from self._link(action, structure, base, link, funding.funder,
                                         funding.body, funding.evidence)
            yield triple(node, P_GRANT_STATUS, iri(f"{ID}grant-status/{funding.status}"))
            if funding.amount is not None:
                yield triple(node, AMOUNT, _decimal(funding.amount))
                yield triple(node, CURRENCY, EUR)
                if self.tally is not None:
                    self.tally.amounts.append((f"{ID}org/{funding.funder.key}", funding.amount))
        for partnership in _unique_by_org(record.partnerships, lambda fact: fact.partner):
            yield from self._link(action, structure, base, PARTNERSHIP_LINK,
                                  partnership.partner, partnership.body, partnership.evidence)
        if record.budget is not None:
            node = iri(f"{ID}budget/{base}")
            yield triple(action, P_BUDGET, _decimal(record.budget.amount))
            yield triple(action, P_BUDGET_EVIDENCE, node)
            yield from _evidence(node, record.budget.evidence)

    def _link(self, action: Term, structure: Term, base: str, link: _Link, org: Org,
              body: Org | None, evidence: Evidence) -> Generator[str, None, Term]:
        """An n-ary funding or partnership node between the action and `org`, with its
        shortcut, local body and evidence, counted in its structure's links; returns the
        node."""
        node = iri(f"{ID}{link.path}/{base}/{org.key}")
        target = iri(f"{ID}org/{org.key}")
        yield from self._org(target, org, link.role)
        if link.shortcut is not None:
            yield triple(action, link.shortcut, target)
        yield triple(action, link.to_node, node)
        yield triple(node, TYPE, link.node_class)
        yield triple(node, link.to_org, target)
        linked = target
        if body:
            linked = yield from self._body(node, body, link.role)
        if self.links is not None and link.tally is not None:
            self.links[(link.tally, structure[1:-1], linked[1:-1])] += 1
        yield from _evidence(node, evidence)
        return node

    def _body(self, fact: Term, org: Org, role: Term) -> Generator[str, None, Term]:
        """The fact's local body, returned: a commune or intercommunalité gets its IRI from its
        code."""
        local = local_body(org.key)
        node = iri(local.iri if local else f"{ID}body/{org.key}")
        yield triple(fact, P_BODY, node)
        yield from self._once(f"{node} a body",
                              lambda: [triple(node, TYPE, C_BODY), *_local_body(node, local)])
        yield from self._org(node, org, role)
        return node

    def _org(self, node: Term, org: Org, role: Term) -> Iterator[str]:
        """The org's label and kind once, and each of its roles (funder, partner) once."""
        yield from self._once(node, lambda: [
            *_labelled(node, LABEL, org.label),
            triple(node, P_ORG_KIND, iri(f"{ID}org-kind/{org.kind}"))])
        yield from self._once(f"{node} a {role}", lambda: [triple(node, TYPE, role)])

    def _once(self, key: str, lines: Callable[[], list[str]]) -> list[str]:
        """`lines()` the first time `key` (a node, or a node and what is said of it) is seen
        (or handed to `shared`), [] afterwards."""
        if key in self._seen:
            return []
        self._seen.add(key)
        if self.shared is None:
            return lines()
        self.shared(key, lines())
        return []


def link_lines(links: Mapping[LinkKey, int]) -> Iterator[str]:
    """The structure–organisation links: one node per structure, organisation and role with
    its number of actions (`mlg:PartnerLink`, `mlg:FunderLink`), then each structure's links of
    a role as one list, "IRI count | IRI count" (`mlg:partnerLinks`, `mlg:funderLinks`): what
    the national networks read. Counted by the emitter as the facts are written, so that the
    build needs no pass over the loaded store to aggregate them."""
    lists: dict[tuple[str, str], list[str]] = {}
    for (tally, structure, org), actions in sorted(links.items()):
        node = iri(f"{ID}{tally}/{structure.removeprefix(f'{ID}structure/')}/"
                   f"{org.removeprefix(ID)}")
        yield triple(node, TYPE, C_PARTNER_LINK if tally == "partner-link" else C_FUNDER_LINK)
        yield triple(node, P_LINKED_STRUCTURE, iri(structure))
        yield triple(node, P_LINKED_ORG, iri(org))
        yield triple(node, P_ACTION_COUNT, integer(actions))
        lists.setdefault((tally, structure), []).append(f"{org} {actions}")
    for (tally, structure), items in lists.items():
        yield triple(iri(structure),
                     P_PARTNER_LINKS if tally == "partner-link" else P_FUNDER_LINKS,
                     text(" | ".join(items)))


def _labelled(node: Term, predicate: Term, label: str, *, language: str | None = None
              ) -> list[str]:
    """The label of `node` and the lookup keys it gives (`loader.summaries.label_keys`)."""
    return [triple(node, predicate, text(label, language=language)),
            *(triple(node, P_KEY, text(key)) for key in label_keys(node[1:-1], label))]


def _structure_line(record: Record) -> int:
    found = record.fields.get("structure")
    return found.lines[0].number if found and found.lines else record.line_start


def _unique_by_org(facts: Iterable, org_of: Callable) -> list:
    """The first fact per organisation key: one Funding/Partnership node per (action, org)."""
    unique: dict[str, object] = {}
    for fact in facts:
        unique.setdefault(org_of(fact).key, fact)
    return list(unique.values())


def _local_body(node: Term, body: LocalBody | None) -> list[str]:
    """The class, code and départements of a commune or intercommunalité; [] for None."""
    if body is None:
        return []
    if body.kind == "commune":
        lines = [triple(node, TYPE, C_COMMUNE), triple(node, P_INSEE_CODE, text(body.code))]
    else:
        lines = [triple(node, TYPE, C_INTERCOMMUNALITY),
                 triple(node, TYPE, LOCAL_CLASSES[body.kind]),
                 triple(node, P_SIREN, text(body.code))]
    return lines + [triple(node, P_DEPARTEMENT, iri(f"{ID}departement/{code}"))
                    for code in body.departement_codes]


def _evidence(node: Term, evidence: Evidence) -> Iterator[str]:
    yield triple(node, P_QUOTE, text(evidence.quote, language="fr"))
    yield triple(node, P_FIELD, text(evidence.field))
    yield triple(node, P_LINE, integer(evidence.line))
    yield triple(node, P_METHOD, text(evidence.method))


def _decimal(amount: Decimal) -> Term:
    return typed(format(amount.normalize(), "f"), DECIMAL)
