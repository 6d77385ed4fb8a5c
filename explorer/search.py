"""The search index of the home page: the actions and their facets as compact JSON.

Our own small index rather than a vendored library (MiniSearch, Lunr): the search is a
substring match of the typed words on titles and résumés, accents and case ignored, which a
plain scan answers in a few milliseconds at 10,000 actions (`make bench-pages`); an inverted
index would cost a build at load time and tens of kilobytes for no gain at this size, and
would miss the middle of words ("parental" in "monoparentalité").
"""

from __future__ import annotations

from explorer.model import DCTERMS, MLG, Action, Site

__all__ = ["FACETS", "search_data"]

FACETS: list[tuple[str, str]] = [
    ("region", "Région"),
    ("departement", "Département"),
    ("funder", "Financeur"),
    ("partner", "Partenaire"),
    ("theme", "Thème"),
    ("public", "Public"),
    ("status", "Statut"),
    ("dimension", "Dimension"),
]
"""The facets of the search, in the order shown (no year: the fiches carry no date)."""


def _facet_values(action: Action) -> dict[str, list[str]]:
    departement = action.structure.departement
    region = departement.region if departement else None
    return {
        "region": [region.label] if region else [],
        "departement": [departement.label] if departement else [],
        "funder": sorted({f.funder.label for f in action.fundings}),
        "partner": sorted({p.label for p in action.partnerships}),
        "theme": action.themes,
        "public": action.all(MLG + "audience"),
        "status": action.all(MLG + "status"),
        "dimension": action.all(MLG + "dimension"),
    }


def search_data(site: Site) -> dict:
    """`{"facets": [{key, label, values}], "actions": [[href, title, structure, département,
    résumé, [[value index…] per facet]]]}`: facet values are sent once, actions point to them."""
    per_action = [_facet_values(action) for action in site.actions]
    values = {key: sorted({v for facets in per_action for v in facets[key]}) for key, _ in FACETS}
    index = {key: {v: i for i, v in enumerate(vs)} for key, vs in values.items()}
    actions = []
    for action, facets in zip(site.actions, per_action, strict=True):
        departement = action.structure.departement
        actions.append([action.href, action.title, action.structure.label,
                        departement.label if departement else "",
                        action.first(DCTERMS + "abstract"),
                        [[index[key][v] for v in facets[key]] for key, _ in FACETS]])
    return {"facets": [{"key": key, "label": label, "values": values[key]}
                       for key, label in FACETS],
            "actions": actions}
