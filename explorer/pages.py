"""What each page of the site shows: its title, figures, tables and charts, from the model."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from decimal import Decimal

from explorer.graphs import Ego
from explorer.model import FIELDS, Action, Funding, Org, Site, Structure, Territory
from explorer.tables import Cell, Link, Table, bars, euros
from ontology.reference import departements

__all__ = ["action_page", "funder_page", "home_page", "lists_pages",
           "structure_page", "territory_page", "theme_page", "tile_grid"]

def _action(action: Action) -> Link:
    return Link(action.title, action.href)


def _structure(structure: Structure) -> Link:
    return Link(structure.label, structure.href)


def _territory(territory: Territory | None) -> Link | None:
    return Link(territory.label, territory.href) if territory else None


def _total(fundings: Iterable[Funding]) -> Decimal | None:
    amounts = [f.amount for f in fundings if f.amount is not None]
    return sum(amounts, Decimal(0)) if amounts else None


def _fundings_table(name: str, caption: str, fundings: list[Funding], *,
                    with_status: bool = False) -> Table:
    """One row per funding: the columns of `maillage query who-funds-what`, in French, and the
    grant status if asked."""
    columns = ["Financeur", "Action", "Structure", "Département", "Montant (€)",
               "Organisme local"] + (["Statut de la demande"] if with_status else [])
    rows: list[list[Cell]] = []
    for f in fundings:
        rows.append([Link(f.funder.label, f.funder.href), _action(f.action),
                     _structure(f.action.structure), _territory(f.action.structure.departement),
                     f.amount, f.body or ""])
        if with_status:
            rows[-1].append(f.status or "")
    return Table(name, caption, columns, rows)


def _funders_table(name: str, fundings: list[Funding]) -> Table:
    """Each funder of these fundings: its actions and known amounts."""
    actions: dict[Org, set[str]] = defaultdict(set)
    paid: dict[Org, list[Funding]] = defaultdict(list)
    for funding in fundings:
        actions[funding.funder].add(funding.action.iri)
        paid[funding.funder].append(funding)
    ranked = sorted(actions, key=lambda org: (-len(actions[org]), org.label))
    rows: list[list[Cell]] = [
        [Link(org.label, org.href), org.kind or "", len(actions[org]), _total(paid[org])]
        for org in ranked]
    return Table(name, "Financeurs", ["Financeur", "Type", "Actions", "Montants connus (€)"],
                 rows)


def _actions_table(name: str, caption: str, actions: list[Action]) -> Table:
    rows: list[list[Cell]] = [
        [_action(a), _structure(a.structure), _territory(a.structure.departement),
         a.first(FIELDS[0][0]), ", ".join(a.themes)] for a in actions]
    return Table(name, caption, ["Action", "Structure", "Département", "Statut", "Thèmes"], rows)


def _partners_table(name: str, actions: list[Action]) -> Table:
    counts: Counter[str] = Counter()
    methods: dict[str, set[str]] = defaultdict(set)
    for action in actions:
        for partnership in action.partnerships:
            counts[partnership.label] += 1
            methods[partnership.label].add(partnership.method or "")
    ranked = sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    rows: list[list[Cell]] = [[label, count, ", ".join(sorted(methods[label] - {""}))]
                              for label, count in ranked]
    return Table(name, "Partenaires", ["Partenaire", "Actions", "Trouvé par"], rows)


def _theme_bars(actions: list[Action], themes_href: dict[str, str]):
    return bars(Counter(theme for a in actions for theme in a.themes), hrefs=themes_href)


def home_page(site: Site) -> dict:
    """The home page: counts, the charts of funders, the search (filled by the script)."""
    fundings = [f for a in site.actions for f in a.fundings]
    amounts = {org.label: float(_total(org.fundings) or 0) for org in site.funders}
    hrefs = {org.label: org.href for org in site.funders}
    return {
        "title": "Maillage — les actions des centres sociaux",
        "counts": [("actions", len(site.actions)), ("structures", len(site.structures)),
                   ("financeurs", len(site.funders)), ("partenaires", len(site.partners)),
                   ("départements", len(site.departements)),
                   ("montants connus", site.amounts())],
        "funders_by_actions": bars(Counter({org.label: len({f.action.iri for f in org.fundings})
                                            for org in site.funders}), hrefs=hrefs),
        "funders_by_amount": bars(amounts, hrefs=hrefs, unit=" €"),
        "total": euros(_total(fundings)),
        "themes": _theme_bars(site.actions, site.theme_hrefs),
    }


def funder_page(funder: Org, site: Site) -> dict:
    """A funder: what it funds, where, on which themes, its amounts, local bodies, co-funders."""
    actions = {f.action.iri: f.action for f in funder.fundings}
    bodies = Counter(f.body for f in funder.fundings if f.body)
    co_funders: Counter[Org] = Counter(
        other.funder for action in actions.values() for other in action.fundings
        if other.funder is not funder)
    departements = Counter(a.structure.departement.label for a in actions.values()
                           if a.structure.departement)
    dep_hrefs = {d.label: d.href for d in site.departements}
    return {
        "title": funder.label,
        "kind": funder.kind,
        "actions": len(actions),
        "structures": len({a.structure.iri for a in actions.values()}),
        "total": euros(_total(funder.fundings)),
        "known": sum(1 for f in funder.fundings if f.amount is not None),
        "fundings": _fundings_table("financements", "Ce qu'il finance", funder.fundings),
        "requests": _fundings_table("demandes", "Demandes en attente ou refusées",
                                    funder.requests, with_status=True),
        "by_departement": bars(departements, hrefs=dep_hrefs),
        "themes": _theme_bars(list(actions.values()),
                              site.theme_hrefs),
        "bodies": Table("organismes-locaux", "Organismes locaux", ["Organisme local", "Actions"],
                        [[b, n] for b, n in sorted(bodies.items(), key=lambda i: (-i[1], i[0]))]),
        "co_funders": Table("cofinanceurs", "Cofinanceurs", ["Financeur", "Actions partagées"],
                            [[Link(o.label, o.href), n] for o, n in
                             sorted(co_funders.items(), key=lambda i: (-i[1], i[0].label))]),
    }


def structure_page(structure: Structure, network: Ego) -> dict:
    """A structure: its actions, funders, partners and its small partner network."""
    fundings = [f for a in structure.actions for f in a.fundings]
    return {
        "title": structure.label,
        "departement": structure.departement,
        "actions": _actions_table("actions", "Ses actions", structure.actions),
        "funders": _funders_table("financeurs", fundings),
        "partners": _partners_table("partenaires", structure.actions),
        "network": network,
    }


def territory_page(territory: Territory, site: Site,
                   network: str | None) -> dict:
    """A département or a région: funders, structures, themes, the local partner network."""
    actions = [a for s in territory.structures for a in s.actions]
    fundings = [f for a in actions for f in a.fundings]
    structures = Table("structures", "Structures", ["Structure", "Département", "Actions"],
                       [[_structure(s), _territory(s.departement), len(s.actions)]
                        for s in territory.structures])
    departements = [d for d in site.departements if d.region is territory]
    return {
        "title": territory.label,
        "territory": territory,
        "departements": departements,
        "actions": len(actions),
        "total": euros(_total(fundings)),
        "funders": _funders_table("financeurs", fundings),
        "structures": structures,
        "themes": _theme_bars(actions, site.theme_hrefs),
        "partners": _partners_table("partenaires", actions),
        "network": network,
    }


def theme_page(theme: str, actions: list[Action], site: Site) -> dict:
    """A theme: its actions, who funds them and where."""
    fundings = [f for a in actions for f in a.fundings]
    dep_hrefs = {d.label: d.href for d in site.departements}
    return {
        "title": theme,
        "actions": _actions_table("actions", "Actions", actions),
        "funders": _funders_table("financeurs", fundings),
        "by_departement": bars(Counter(a.structure.departement.label for a in actions
                                       if a.structure.departement), hrefs=dep_hrefs),
    }


def action_page(action: Action, site: Site) -> dict:
    """An action: every field, every funding and partnership with its evidence."""
    fields = [(name, action.all(prop)) for prop, name in FIELDS if action.values.get(prop)]
    fundings = Table("financements", "Financements et leurs preuves",
                     ["Financeur", "Organisme local", "Montant (€)", "Statut de la demande",
                      "Citation", "Champ", "Ligne", "Méthode"],
                     [[Link(f.funder.label, f.funder.href), f.body or "", f.amount, f.status or "",
                       f.quote or "", f.field or "", f.line or "", f.method or ""]
                      for f in [*action.fundings, *action.requests]])
    partners = Table("partenariats", "Partenariats et leurs preuves",
                     ["Partenaire", "Citation", "Champ", "Ligne", "Méthode"],
                     [[p.label, p.quote or "", p.field or "", p.line or "", p.method or ""]
                      for p in action.partnerships])
    return {"title": action.title, "action": action, "fields": fields,
            "theme_hrefs": site.theme_hrefs,
            "fundings": fundings, "partnerships": partners}


def lists_pages(site: Site) -> dict[str, dict]:
    """The list pages: funders, structures, territories, themes."""
    funders = _funders_table("financeurs", [f for a in site.actions for f in a.fundings])
    structures = Table("structures", "Structures", ["Structure", "Département", "Actions"],
                       [[_structure(s), _territory(s.departement), len(s.actions)]
                        for s in site.structures])
    territories = Table("departements", "Départements",
                        ["Département", "Code", "Région", "Structures", "Actions"],
                        [[_territory(d), d.code, _territory(d.region), len(d.structures),
                          sum(len(s.actions) for s in d.structures)] for d in site.departements])
    themes = Table("themes", "Thèmes", ["Thème", "Actions"],
                   [[Link(t, site.theme_href(t)), len(a)] for t, a in site.themes.items()])
    return {"financeurs": {"title": "Financeurs", "table": funders},
            "structures": {"title": "Structures", "table": structures},
            "territoires": {"title": "Territoires", "table": territories, "grid": tile_grid(site)},
            "themes": {"title": "Thèmes", "table": themes}}


def tile_grid(site: Site) -> list[tuple[str, list[dict]]]:
    """Every département of France, one row of tiles per région, with its figures: actions,
    structures, funders, known amounts (zero where there is no fiche)."""
    known = {d.code: d for d in site.departements}
    rows: dict[str, list[dict]] = defaultdict(list)
    for reference in departements():
        territory = known.get(reference.code)
        actions = [a for s in territory.structures for a in s.actions] if territory else []
        fundings = [f for a in actions for f in a.fundings]
        rows[reference.region_name].append({
            "code": reference.code, "name": reference.name,
            "href": territory.href if territory else None,
            "actions": len(actions), "structures": len(territory.structures) if territory else 0,
            "funders": len({f.funder.iri for f in fundings}),
            "amount": _total(fundings) or 0})
    return sorted(rows.items(), key=lambda row: row[1][0]["code"] if row[1][0]["code"] < "97"
                  else "z" + row[1][0]["code"])
