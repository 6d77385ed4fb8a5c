"""Funders, amounts, partners and budget of a fiche, read from its free text, with evidence.

One pass over the fiche's text (`loader.text`), then each extractor: funders and their
amounts and grant status (`loader.funders`), partners (`loader.partners`), the total budget
(`loader.budget`); every organisation is tied to its concrete body (`loader.bodies`).
"""

from __future__ import annotations

from dataclasses import replace

from loader.bodies import located
from loader.budget import total_budget
from loader.funders import FUNDS, funder_mentions, is_table
from loader.gazetteer import find_orgs
from loader.localbodies import find_local_bodies
from loader.names import looks_like_name, surnames
from loader.partners import PARTNER_FIELDS, partnerships
from loader.records import Budget, Funding, Record
from loader.text import FicheText
from ontology.reference import Departement, departements, find_departement
from storage.settings import NER

__all__ = ["FUNDER_FIELDS", "extract", "warm_up"]

# Free-text fields read for funders (partners: `loader.partners`). Perspectives are plans:
# a body named there neither funds nor works on the action yet.
FUNDER_FIELDS = ("financial_resources", "summary", "description", "general_description",
                 "people", "initiative_detail", "end_reason", "result_territory",
                 "result_structure", "result_inhabitants", "limits", "diagnostic",
                 "impacts", "success_factors")
# Both, partner fields first: their lines then make one stretch of a fiche's text.
_TEXT_FIELDS = tuple(dict.fromkeys(PARTNER_FIELDS + FUNDER_FIELDS))


def extract(record: Record, *, ner: bool = NER.default) -> Record:
    """`record` with its fundings, partnerships and budget filled from its text.

    `ner=True` also runs spaCy's NER (slower); without it partners come from the gazetteer
    and patterns, as in the default build.
    """
    place = find_departement(record.departement) if record.departement else None
    fiche = FicheText(record, _TEXT_FIELDS)
    return replace(record, fundings=tuple(_fundings(fiche, place)),
                   partnerships=tuple(partnerships(fiche, place, ner=ner)),
                   budget=_budget(fiche))


def warm_up() -> None:
    """Load what extraction reads on first use: the gazetteer's patterns, the first names, the
    word frequencies, the communes of every département (0.7 s). Worker processes forked
    afterwards share them instead of each loading them again."""
    find_orgs("Subvention de la Caf et de l'association Aurore")
    surnames("Thomas KEUMURIAN")
    looks_like_name("Hamaris")
    for departement in departements():
        find_local_bodies("la Ville de Rodez", departement.code)


def _fundings(fiche: FicheText, place: Departement | None) -> list[Funding]:
    """One funding per funder: an obtained grant rather than a requested or refused one,
    and the mention with an amount rather than one without."""
    found: dict[str, Funding] = {}
    for mention in funder_mentions(fiche, FUNDER_FIELDS, place):
        org, body = located(mention.org, mention.evidence.quote, place)
        funding = Funding(org, mention.evidence, body, mention.amount, mention.status)
        known = found.get(org.key)
        if known is None or _better(funding, known):
            found[org.key] = funding
    return list(found.values())


def _better(funding: Funding, known: Funding) -> bool:
    if (funding.status == "obtenu") != (known.status == "obtenu"):
        return funding.status == "obtenu"
    return known.amount is None and funding.amount is not None


def _budget(fiche: FicheText) -> Budget | None:
    content = fiche.record.fields.get(FUNDS)
    if content is None:
        return None
    sentences = ((line.line, sentence.text) for line in fiche.lines_of(FUNDS)
                 for sentence in line.sentences)
    return total_budget(FUNDS, content, sentences, table=is_table(content))
