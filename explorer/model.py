"""What the site shows, read from the graph in four bulk queries (`queries/site-*.rq`).

One query per kind of row rather than one per page: at 10,000 fiches the four answer in a few
seconds where a query per funder, structure or département would take minutes. Every page is
then a view of these objects.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property, partial

from ontology.keys import slug
from queries.backends import Backend, bound
from queries.runner import run_query

__all__ = ["FIELDS", "Action", "Funding", "Partnership", "Site", "Structure", "Territory",
           "load_site", "page_name"]

ID = "https://w3id.org/maillage/id/"
MLG = "https://w3id.org/maillage/ontology#"
DCTERMS = "http://purl.org/dc/terms/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

FIELDS: list[tuple[str, str]] = [
    (MLG + "status", "Statut de l'action"),
    (MLG + "dimension", "Dimension"),
    (DCTERMS + "subject", "Mots clés"),
    (DCTERMS + "abstract", "Résumé"),
    (MLG + "initiative", "Qui est à l'initiative de l'action ?"),
    (MLG + "initiativeDetail", "Précision (si autre)"),
    (MLG + "territoryScope", "Territoire concerné"),
    (DCTERMS + "description", "Description de l'expérience, ses objectifs, ses acteurs et ses "
                              "différentes phases"),
    (MLG + "audience", "Public"),
    (MLG + "partnerType", "Partenaires d'action (types déclarés)"),
    (MLG + "generalDescription", "Description générale"),
    (MLG + "financialResources", "Ressources financières mobilisées"),
    (MLG + "budget", "Budget ou coût indiqué (€)"),
    (MLG + "peopleMobilised", "Nombre de personnes mobilisées"),
    (MLG + "resultTerritory", "Résultat sur le territoire"),
    (MLG + "resultStructure", "Résultat pour le centre social"),
    (MLG + "resultInhabitants", "Résultat pour les habitants"),
    (MLG + "limits", "Suite de l'action : limites"),
    (MLG + "perspectives", "Suite de l'action : perspectives"),
    (MLG + "endReason", "Raisons pour lesquelles l'action est terminée"),
    (MLG + "attachedFiles", "Fichier(s) associé(s)"),
]
"""The fields of an action page, in the order of the SENACS fiche, with their French names."""

_QUERIES = ("site-actions", "site-action-fields", "site-fundings", "site-partnerships")
Row = dict[str, str | None]
_MAX_NAME = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def page_name(iri: str) -> str:
    """A file name (without `.html`) for the thing `iri` names: its path after the kind, with
    `--` for `/` (slugs never hold two dashes), shortened with a hash when too long.

    >>> page_name("https://w3id.org/maillage/id/structure/32/centre-social-vic-accueil")
    '32--centre-social-vic-accueil'
    """
    rest = iri.removeprefix(ID).partition("/")[2] or iri.removeprefix(ID)
    name = _UNSAFE.sub("-", rest.replace("/", "--"))
    if len(name) > _MAX_NAME:
        digest = hashlib.sha1(iri.encode("utf-8")).hexdigest()[:10]
        name = f"{name[: _MAX_NAME - 11]}-{digest}"
    return name


@dataclass(eq=False)
class Territory:
    """A département or a région."""

    iri: str
    kind: str  # "departement" or "region"
    code: str
    label: str
    region: Territory | None = None
    structures: list[Structure] = field(default_factory=list)

    @cached_property
    def href(self) -> str:
        return f"{self.kind}/{self.code}.html"


@dataclass(eq=False)
class Structure:
    """A centre social or espace de vie sociale, and its actions."""

    iri: str
    label: str
    departement: Territory | None
    actions: list[Action] = field(default_factory=list)

    @cached_property
    def href(self) -> str:
        return f"structure/{page_name(self.iri)}.html"


@dataclass(eq=False)
class Funding:
    """One funder of one action, with its evidence; `request` when only asked for (pending or
    refused: mlg:grantRequest), not obtained."""

    action: Action
    funder: Org
    request: bool
    body: str | None
    amount: Decimal | None
    status: str | None
    quote: str | None
    field: str | None
    line: str | None
    method: str | None


@dataclass(eq=False)
class Partnership:
    """One partner of one action, with its evidence."""

    action: Action
    partner: Org
    body: str | None
    quote: str | None
    field: str | None
    line: str | None
    method: str | None

    @property
    def label(self) -> str:
        """The local body when known ("CAF de l'Ariège"), else the organisation."""
        return self.body or self.partner.label


@dataclass(eq=False)
class Org:
    """A funder or partner organisation (one node whatever its role)."""

    iri: str
    label: str
    kind: str | None = None
    fundings: list[Funding] = field(default_factory=list)
    requests: list[Funding] = field(default_factory=list)

    @cached_property
    def href(self) -> str:
        return f"financeur/{page_name(self.iri)}.html"


@dataclass(eq=False)
class Action:
    """One fiche action and everything the graph says about it."""

    iri: str
    structure: Structure
    source: str | None
    values: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    fundings: list[Funding] = field(default_factory=list)
    requests: list[Funding] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)

    @cached_property
    def href(self) -> str:
        return f"action/{page_name(self.iri)}.html"

    @cached_property
    def title(self) -> str:
        return self.first(RDFS_LABEL) or "(sans titre)"

    def first(self, prop: str) -> str:
        """The first value of `prop`, or ""."""
        found = self.values.get(prop)
        return found[0] if found else ""

    def all(self, prop: str) -> list[str]:
        """Every value of `prop`, sorted."""
        return sorted(self.values.get(prop, []))

    @property
    def themes(self) -> list[str]:
        return self.all(DCTERMS + "subject")

    @property
    def lines(self) -> str:
        start, end = self.first(MLG + "lineStart"), self.first(MLG + "lineEnd")
        return f"{start}–{end}" if start and end else start


@dataclass
class Site:
    """Everything the pages show, with the indexes they need."""

    actions: list[Action]
    structures: list[Structure]
    funders: list[Org]
    departements: list[Territory]
    regions: list[Territory]
    themes: dict[str, list[Action]]
    partners: dict[str, list[Partnership]]

    def theme_href(self, theme: str) -> str:
        """The page of a theme."""
        return f"theme/{slug(theme) or 'sans-nom'}.html"

    @cached_property
    def theme_hrefs(self) -> dict[str, str]:
        """The page of every theme."""
        return {theme: self.theme_href(theme) for theme in self.themes}

    def amounts(self) -> int:
        """How many fundings have a known amount."""
        return sum(1 for action in self.actions for f in action.fundings if f.amount is not None)


def load_site(backend: Backend) -> Site:
    """Read everything the site shows from `backend`, the four queries side by side (the
    store answers them outside Python's lock)."""
    with ThreadPoolExecutor(len(_QUERIES)) as pool:
        action_rows, field_rows, funding_rows, partnership_rows = pool.map(
            partial(_rows, backend), _QUERIES)
    structures: dict[str, Structure] = {}
    territories: dict[str, Territory] = {}
    actions: dict[str, Action] = {}
    for row in action_rows:
        iri = bound(row["structure"])
        structure = structures.get(iri)
        if structure is None:
            structure = structures[iri] = Structure(
                iri, row["structureLabel"] or "", _departement(territories, row))
            if structure.departement:
                structure.departement.structures.append(structure)
        actions[bound(row["action"])] = Action(bound(row["action"]), structure, row["source"])
    for row in field_rows:
        if (action := actions.get(bound(row["action"]))) and row["value"] is not None:
            action.values[bound(row["property"])].append(row["value"])
    orgs: dict[str, Org] = {}
    _add_fundings(funding_rows, actions, orgs)
    _add_partnerships(partnership_rows, actions, orgs)
    return _index(actions, structures, territories, orgs)


def _rows(backend: Backend, name: str) -> list[Row]:
    result = run_query(backend, name)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _departement(territories: dict[str, Territory], row: dict) -> Territory | None:
    if not row["departementCode"]:
        return None
    region = None
    if row["regionCode"]:
        region = territories.setdefault(
            "r" + row["regionCode"],
            Territory(ID + f"region/{row['regionCode']}", "region", row["regionCode"],
                      row["region"] or ""))
    return territories.setdefault(
        "d" + row["departementCode"],
        Territory(ID + f"departement/{row['departementCode']}", "departement",
                  row["departementCode"], row["departement"] or "", region))


def _org(orgs: dict[str, Org], iri: str, label: str) -> Org:
    return orgs.setdefault(iri, Org(iri, label))


def _add_fundings(rows: list[Row], actions: dict[str, Action], orgs: dict[str, Org]) -> None:
    for row in rows:
        if (action := actions.get(bound(row["action"]))) is None:
            continue
        funder = _org(orgs, bound(row["funder"]), row["funderLabel"] or "")
        funder.kind = funder.kind or row["kind"]
        request = row["link"] == "request"
        funding = Funding(action, funder, request, row["bodyLabel"], _decimal(row["amount"]),
                          row["status"], row["quote"], row["field"], row["line"], row["method"])
        (action.requests if request else action.fundings).append(funding)
        (funder.requests if request else funder.fundings).append(funding)


def _add_partnerships(rows: list[Row], actions: dict[str, Action], orgs: dict[str, Org]
                      ) -> None:
    for row in rows:
        if (action := actions.get(bound(row["action"]))) is not None:
            partner = _org(orgs, bound(row["partner"]), row["partnerLabel"] or "")
            action.partnerships.append(Partnership(
                action, partner, row["bodyLabel"], row["quote"], row["field"], row["line"],
                row["method"]))


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _index(actions: dict[str, Action], structures: dict[str, Structure],
           territories: dict[str, Territory], orgs: dict[str, Org]) -> Site:
    ordered = sorted(actions.values(), key=_action_key)
    themes: dict[str, list[Action]] = defaultdict(list)
    partners: dict[str, list[Partnership]] = defaultdict(list)
    for action in ordered:
        action.fundings.sort(key=lambda f: (f.funder.label, f.body or ""))
        action.requests.sort(key=lambda f: (f.funder.label, f.body or ""))
        action.partnerships.sort(key=lambda p: (p.label, p.line or ""))
        action.structure.actions.append(action)
        for theme in action.themes:
            themes[theme].append(action)
        for partnership in action.partnerships:
            partners[partnership.label].append(partnership)
    funders = sorted((org for org in orgs.values() if org.fundings or org.requests),
                     key=lambda org: (-len({f.action.iri for f in org.fundings}), org.label))
    for funder in funders:
        funder.fundings.sort(key=lambda f: _action_key(f.action))
        funder.requests.sort(key=lambda f: _action_key(f.action))
    by_kind: dict[str, list[Territory]] = defaultdict(list)
    for territory in sorted(territories.values(), key=lambda t: t.code.zfill(3)):
        territory.structures.sort(key=lambda s: s.label)
        by_kind[territory.kind].append(territory)
    for departement in by_kind["departement"]:
        if departement.region:
            departement.region.structures.extend(departement.structures)
    return Site(ordered, sorted(structures.values(), key=lambda s: (s.label, s.iri)), funders,
                by_kind["departement"], by_kind["region"], dict(sorted(themes.items())),
                dict(sorted(partners.items())))


def _action_key(action: Action) -> tuple[str, str, str, str]:
    departement = action.structure.departement
    return (departement.label if departement else "", action.structure.label, action.title,
            action.iri)
