"""The concrete body behind an organisation: the commune or intercommunalité a text names,
resolved against the official lists in the structure's département, else the body a
per-territory organisation has there ("CAF de l'Ariège", "Région Occitanie")."""

from __future__ import annotations

import csv
import re
from functools import cache

from loader.gazetteer import DATA, funder, known_funder, scope_of
from loader.localbodies import body_org, find_local_bodies
from loader.localbodies import resolve as resolve_local
from loader.records import Org
from ontology.reference import Departement

__all__ = ["located"]

_LOCAL_KINDS = frozenset({"commune", "intercommunalite"})
# Kinds of a name no list knows that may be a commune's or an intercommunalité's.
_MAYBE_LOCAL = frozenset({"autre", "collectivite"})
# A word that makes a name an intercommunalité's ("Hautes Terres Communauté", "Agglo2B").
_EPCI_WORD = re.compile(r"(?i)\b(?:agglo\w*|communaut[ée]|m[ée]tropole|eurom[ée]tropole)\b")


@cache
def _articles() -> dict[str, str]:
    with (DATA / "departement_articles.csv").open(encoding="utf-8", newline="") as file:
        return {row["code"]: row["article"] for row in csv.DictReader(file)}


def located(org: Org, quote: str, place: Departement | None) -> tuple[Org, Org | None]:
    """`org` and its concrete body: the commune or intercommunalité the quote names in the
    structure's département ("Ville de Caen", "Grand Reims"), which also turns a name no list
    knew into the generic Commune or Intercommunalité; else the per-territory body."""
    if place is None:
        return org, None
    if org.key in _LOCAL_KINDS:
        bodies = {m.body for m in find_local_bodies(quote, place.code)
                  if (m.body.kind == "commune") == (org.key == "commune")}
        return org, body_org(bodies.pop()) if len(bodies) == 1 else None
    if known_funder(org) or org.kind not in _MAYBE_LOCAL:  # "Grand Lyon Habitat" is a landlord
        return org, _body(org, place)
    local = resolve_local(org.label, place.code)
    if _EPCI_WORD.search(org.label) and (local is None or local.kind == "commune"):
        # "Annemasse Agglo" is the agglomération, never the commune of Annemasse
        local = resolve_local(_EPCI_WORD.sub("", org.label).strip(" -"), place.code)
        local = local if local is not None and local.kind != "commune" else None
    if local is not None:
        return funder("commune" if local.kind == "commune" else "intercommunalite"), \
            body_org(local)
    if _EPCI_WORD.search(org.label):  # "Agglo2B", "Hautes Terres Communauté": an EPCI
        return funder("intercommunalite"), None
    return org, None


def _body(org: Org, place: Departement | None) -> Org | None:
    """The concrete body of a per-territory organisation ("CAF de l'Ariège"), if known."""
    scope = scope_of(org.key)
    if place is None or not scope:
        return None
    if scope == "region":
        return Org(f"{org.key}-{place.region_code}", f"{org.label} {place.region_name}",
                   org.kind)
    article = _articles().get(place.code, "de")
    joined = article if article.endswith("'") else f"{article} "
    return Org(f"{org.key}-{place.code}", f"{org.label} {joined}{place.name}", org.kind)
