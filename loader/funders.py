"""Who pays for an action, how much, and whether the grant was obtained, read from its text.

Three shapes carry nearly every funding of a fiche:

- a **budget line**, "Caf de la Loire : 2000 euros", "FIPD 2024 (préfecture) ........ 12 000 €":
  the label names the funder, whatever it is, and the value says the amount or the grant's
  fate ("demande refusée", "en attente de réponse");
- a **CERFA table** typed one cell per line: a label line, then its number;
- a **sentence** with a funding construction, "financé par l'ARS (5 000 €) et la Ville",
  "avec le soutien de la Fondation X", "la mairie de Rodez a versé deux mille euros", or a
  known funder in a sentence about money ("subvention Caf"): `loader.constructions`.

This module reads the lines and tables; each other line's sentences go to the constructions.

A funder named there is a funder even when no list knows it ("open world"): known bodies get
their canonical label (`loader.gazetteer`), the others keep their own name and get a kind from
their head word (`loader.names`). Participants' money, the structure's own resources and
costs are not funders; requested and refused grants are kept with their status.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from loader.constructions import (
    FUNDS,
    JOINT,
    FunderMention,
    funders_in,
    sentence_mentions,
    short_form,
)
from loader.gazetteer import find_orgs, funder, known_funder, org_key
from loader.grants import grant_status
from loader.localbodies import resolve as resolve_local
from loader.money import Amount, has_money, parse_amounts, parse_number
from loader.names import funder_org, looks_like_name, name_after, org_names
from loader.records import Evidence, Field, Line, Org
from loader.text import FicheText, Sentence
from ontology.keys import fold
from ontology.reference import Departement

__all__ = ["FUNDS", "FunderMention", "funder_mentions", "is_table"]

# "Label : value", "Label ........ value", "Label – value": a budget line typed as text.
_BUDGET_LINE = re.compile(
    r"^[\s\-•*·]*(?P<label>[^:.…\n][^:…\n]{1,110}?)\s*(?::|\.{3,}|…+|\s[\u2013\u2014]\s|"
    r"\s/\s(?=[\d\s.,\u00a0\u202f]+(?:€|euros?)?\s*$))\s*"  # "Ville de Limoges / 2500"
    r"(?P<value>.*)$")
# Labels that name the structure's own money, participants' money or a cost, not a funder.
_NOT_FUNDER = re.compile(
    r"^(?:participations?\b|"
    r"adhesions?|cotisations?|ventes?|recettes?|billetterie|entrees|inscriptions?|tarif|"
    r"tombolas?|lotos?|kermesses?|vide-greniers?|brocantes?|"
    r"fonds propres|autofinancement|auto-financement|apport|valorisation|benevol|"
    r"contributions? (?:volontaires|en nature)|couts?\b|budget|total|charges|produits|achats?|"
    r"postes?\b|frais|petit materiel|materiel|location|loyer|remuneration|salaires?|"
    r"personnel|depenses?|reste|solde|bourses?|kits?|local\b|locaux|remise|prestations? "
    r"(?:de|d')|montants?|subventions? d'exploitation|aides? privees|dont|soit|exercice|"
    r"le reste|fonds (?:cnaf|europeens?)$|etat$|region\(s\)$|departement\(s\)$|"
    r"commune\(s\)$|intercommunalite\(s\)$|organismes sociaux|autres? |emplois? aides|"
    r"repas|intervenants?|transport|communication|animation|impression|denrees|"
    r"alimentation|hebergement|deplacements?|assurance|prets?\b|buvettes?)")
# "Participation de la communauté de communes", "Don des Cycles X", "Subvention Fondation X":
# the giver is named after.
_GIVER = re.compile(r"^(?:avec (?:le |l['’])?(?:soutien|aide|appui)(?: financier| financière)?|"
                    r"appels? [àa] projets?|"
                    r"gr[âa]ce (?:à|a|au|aux)|participation|financement|subvention|aide|don|dons|"
                    r"soutien|"
                    r"contribution|apport|mécénat)s?\s+(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|"
                    r"les|l['’])\s*"
                    r"(?=\S)|(?-i:(?=[A-ZÀÂÇÉÈÊËÎÏÔÖÙÛÜ])))", re.IGNORECASE)
_PATRON = re.compile(r"(?i)m[ée]c[ée]nat|dons?\b|sponsoring")
# A budget line's value that lends things rather than pays: not a funding.
_LENT = re.compile(r"^\W*(?:pret\b|prete|prets\b|non chiffre)")
_IN_KIND = re.compile(r"valeur|valoris|disposition|don\b|dons\b|offert|gratuit|prend en charge|"
                      r"subvention|financ|convention|prestation|poste|accord|versement|verse")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")  # an aside in a label, "(préfecture)"
# A Caf grant by its name, "Prestation de service jeunes" (not "prestations de services", sales).
_SERVICE_GRANT = re.compile(r"prestations? de service\b(?!s)")


def funder_mentions(fiche: FicheText, order: Sequence[str], place: Departement | None = None
                    ) -> Iterator[FunderMention]:
    """Every funder mention of a fiche, field by field in `order`; `place`, the structure's
    département, tells which local bodies a lowercase budget line may name."""
    fields = fiche.record.fields
    for field in order:
        content = fields.get(field)
        if content is None:
            continue
        if is_table(content) and (field == FUNDS or _BUDGET_CUE.search(fold(content.text))):
            yield from _table(field, content, fiche.mask)
            continue
        lines = fiche.lines_of(field)
        for index, line in enumerate(lines):
            if field == FUNDS and len(line.sentences) > 1 \
                    and sum(has_money(s.text) for s in line.sentences) > 1:
                # "ARS 3 000 € ; Grand Avignon 2 000 €. Département : en attente": each part
                # is a line of its own, with its own amount and status
                found = [m for s in line.sentences
                         for m in _line_mentions(field, line.line, s.text, (s,), place)]
            else:
                found = _line_mentions(field, line.line, line.text, line.sentences, place)
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            yield from _amount_below(found, following) if field == FUNDS else found


def _line_mentions(field: str, line: Line, text: str, sentences: Sequence[Sentence],
                   place: Departement | None) -> list[FunderMention]:
    """The funders of one line (or one part of a line): a budget line, a name and its
    amount, else the constructions of its sentences."""
    found = _budget_line(field, line, text)
    if found is None and field == FUNDS:
        found = _named_line(line, text, place)
    if found is None:
        found = [m for sentence in sentences for m in sentence_mentions(sentence)]
    return found


def _amount_below(found: list[FunderMention], following: str) -> list[FunderMention]:
    """"Carsat Centre-Val de Loire" then "3 000 €" on the next line: the one funder of a line
    without an amount takes the bare number below it."""
    amount = parse_number(following)
    if amount is None or len({m.org.key for m in found}) != 1 \
            or any(m.amount is not None or m.status != "obtenu" for m in found):
        return found
    return [replace(m, amount=amount, evidence=replace(
        m.evidence, quote=f"{m.evidence.quote}\n{following.strip()}")) for m in found]


@lru_cache(maxsize=64)  # asked of each field by the funder and the partner rules
def is_table(content: Field) -> bool:
    """A budget table: one label or one number per line, with several bare numbers."""
    return sum(parse_number(line.text) is not None for line in content.lines) >= 3


# --- budget lines --------------------------------------------------------------------------


# A table pasted in another field that is a budget ("BUDGET PREVISIONNEL", "Subventions").
_BUDGET_CUE = re.compile(r"budget|subvention|financement|total des produits|produits")


def _budget_line(field: str, line: Line, text: str) -> list[FunderMention] | None:
    """The funding a budget line states ("Caf de la Loire : 2000 euros"): one mention, none
    for a line that funds nothing ("Etat : -", "Ville : prêt de matériel"), or None when
    the line is no budget line with a funder for label."""
    if not _has_separator(text):
        return None  # most lines: the pattern, which tries every length of label, need not run
    match = _BUDGET_LINE.match(text)
    if match is None or not any(c.isalnum() for c in match["value"]):
        return None  # "Conseil Départemental...)": an ellipsis, not leader dots
    value = match["value"]
    # Outside the financial field "X : …" is any heading or sentence ("La Mission locale nous
    # a alertés : … refusent des offres"): it is a budget line only with money in it.
    if field != FUNDS and not has_money(value):
        return None
    label = match["label"]
    first = next(iter(parse_amounts(value)), None)
    if has_money(label) or _LIST_IN_LABEL.search(label) \
            or (first is not None and _LIST_GOES_ON.match(value, first.end)):
        # "financé par X (3 000 €) et par Y : 2 500 €", "financé par X : 2 200 € et la Y : …":
        # a sentence that lists its funders, read as one
        return None
    org = _subject_org(label) or _named_in_value(label, value) or _label_org(label)
    if org is None:
        return None
    evidence = Evidence(field, line.number, text.strip(" -•"), "text")
    # "Le Département a refusé : 2 000 €": the label's verb tells the grant's fate too
    status = grant_status(text if _subject(label) else value)
    amounts = [a for a in parse_amounts(value) if not a.rate and a.low is None]
    # a table typed as lines gives bare numbers ("Limoges Métropole / 3000"); under 100, a
    # bare number counts people or sessions, not euros
    bare = parse_number(value) if field == FUNDS and not amounts else None
    bare = bare if bare is not None and bare >= 100 else None
    if status is None or (not amounts and _LENT.match(fold(value))) \
            or not (value.strip(" -–:") or amounts):
        return []
    if status == "obtenu" and not has_money(value) and bare is None \
            and not _IN_KIND.search(fold(value)) and not known_funder(org):
        return []  # "COLLATION GRATUITE: prévoir des tasses": a heading, not a funder
    payers = _payers(match["label"], joint=bool(JOINT.search(fold(value))))
    if status == "obtenu" and len(payers) > 1:
        return [FunderMention(payer, None, status, evidence) for payer in payers]  # joint sum
    amount = (_obtained(value, amounts) or bare) if status == "obtenu" else None
    return [FunderMention(org, amount, status, evidence)]


def _subject_org(label: str) -> Org | None:
    """The funder a label names as the subject of its verb: "La Fondation X a donné son
    accord : entre 1 000 et 1 500 €", "La Ville s'est engagée : 2 000 €"."""
    named = _subject(label)
    return _label_org(named) if named else None


def _subject(label: str) -> str | None:
    """The name that opens `label` when a verb follows it, else None."""
    named = name_after(label, 0)
    return named[0] if named and _PREDICATE.match(label, named[2]) else None


# A verb after a subject: "a donné son accord", "s'est engagée", "nous ont accordé".
_PREDICATE = re.compile(r"\s+(?:nous\s+|leur\s+)?(?:a|ont|s['’]est|se sont|est|sont|finance|"
                        r"financent|verse|versent|paie|paye|prend en charge|subventionne)\s")
# A list of bodies inside a label: "…par le FSE+ (programme), le Département de l'Aisne".
_LIST_IN_LABEL = re.compile(r",\s+(?:la|le|les|l['’])\s*[A-ZÀ-Ý]")
# A label that only says a giver is named after it: "Mécénat : Brasserie du Lac, 500 €".
_GIVERS_AFTER = re.compile(r"(?i)^\s*(?:m[ée]c[ée]nat|dons?|sponsors?|sponsoring|m[ée]c[èe]nes?)"
                           r"\s*$")


def _named_in_value(label: str, value: str) -> Org | None:
    """The giver a budget line names after its colon when its label only says what kind
    ("Mécénat : Brasserie du Lac Kir, 500 €"): a company under "Mécénat"."""
    if not _GIVERS_AFTER.match(label):
        return None
    named = name_after(value, 0)
    org = _label_org(f"{label.strip()} {named[0]}") if named else None
    # a sponsor no list knows is a company
    return replace(org, kind="entreprise") if org and org.kind == "autre" else org


def _has_separator(text: str) -> bool:
    """Whether `text` holds a mark `_BUDGET_LINE` needs between label and value."""
    return ":" in text or "..." in text or "…" in text or "\u2013" in text or "\u2014" in text \
        or " / " in text


def _payers(label: str, *, joint: bool) -> list[Org]:
    """The funders a budget line's label lists ("La Caf et la Ville", "Mutuelle X et
    Fondation Y : 1 200 € au total"): known ones joined by "et", "&" or "+", any names when
    the value says the sum is `joint`."""
    mentions = funders_in(find_orgs(label))
    if len(mentions) > 1 and all(_AND.fullmatch(label[a.end:b.start])
                                 for a, b in pairwise(mentions)):
        return list({m.org.key: m.org for m in mentions}.values())
    if not joint:
        return []
    parts = [_label_org(part) for part in re.split(r"\s+et\s+|\s*[,&+]\s*", label)]
    return list({org.key: org for org in parts if org is not None}.values())


# Between two payers of one budget line: "La Caf et la Ville", "Caf + MSA" (not "CNAF fonds
# publics et territoires", a fund of the CNAF's).
_AND = re.compile(r"\s*(?:\bet\b|&|\+|,)\s*(?:(?:la|le|les)\s+|l['’])?", re.IGNORECASE)
# Between two amounts a line adds up: "4 000 € (animations) + 2 000 € (fête)".
_PLUS = re.compile(r"\s*(?:\([^()]*\))?\s*\+\s*")
_ASKED = re.compile(r"^\s*(?:€|euros?|e\b)?\s*(?:demande|sollicite|prevu|previsionnel)")
_GRANTED = re.compile(r"^\s*(?:€|euros?|e\b)?\s*(?:obtenu|accorde|verse|attribue|octroye|notifie)")


def _obtained(value: str, amounts: Sequence[Amount]) -> Decimal | None:
    """The amount of a budget line's value that was obtained: "3 000 € demandés, 2 000 €
    obtenus" gives 2 000, "4 000 € (animations) + 2 000 € (fête)" 6 000; a single amount
    is the grant."""
    if len(amounts) > 1 and _PLUS.fullmatch(value, amounts[0].end, amounts[1].start):
        summed = [amounts[0]]
        for amount in amounts[1:]:
            if not _PLUS.fullmatch(value, summed[-1].end, amount.start):
                break
            summed.append(amount)
        return sum((a.value for a in summed), Decimal(0))
    if len(amounts) > 1:
        after = [fold(value[a.end:a.end + 25]) for a in amounts]
        granted = [a for a, text in zip(amounts, after, strict=True) if _GRANTED.match(text)]
        if granted:
            return granted[0].value
        amounts = [a for a, text in zip(amounts, after, strict=True) if not _ASKED.match(text)]
    return amounts[0].value if amounts else None


def _named_line(line: Line, text: str, place: Departement | None) -> list[FunderMention] | None:
    """A line of the financial field that is a funder's name and its amount, without a colon
    ("Dynacité 1 200 EUR", "Terres de Loire Habitat (800 €) pour les familles locataires"),
    or a name no list knows, alone ("Promologis"); None for any other line."""
    amounts = [a for a in parse_amounts(text) if not a.rate]
    head = text[:amounts[0].start] if amounts else text
    if amounts and _LIST_GOES_ON.match(text, amounts[0].end):
        return None  # "L'ARS (4 000 €) et la Métropole (1 800 €) financent": a sentence
    label = _PARENTHESIS.sub("", head).strip(" -•*·(")  # "Fondation de France (programme X)"
    named = name_after(label, 0)
    if named is not None and amounts and (tie := _TIE.search(label, named[2])):
        label = label[:tie.start()]  # "Fondation X pour un montant de 1 000 €"
    if named is not None and len(label) - named[2] <= 1 and len(label.split()) <= 8:
        org = _label_org(label[named[1]:])  # "L'OPAC 36 (1 500 €) a financé …": OPAC 36
    elif amounts and len(label.split()) <= 5 and place is not None \
            and not _NOT_FUNDER.match(fold(label)) and resolve_local(label, place.code):
        # "Caen la mer 1 500 €", "pays de fontenay-vendée 1 200e": a local body of the
        # département, however written (`located` tells which)
        org = Org(org_key(label), label[:1].upper() + label[1:], "collectivite")
    elif amounts and label.islower() and len(label.split()) <= 5:
        # "vendée habitat 800e": a lowercase body of a kind its head word tells
        org = _label_org(label)
        org = org if org is not None and org.kind != "autre" else None
    else:
        return None  # a sentence, not a label: read as one
    if org is None or (not amounts and known_funder(org)):
        return None  # a known funder alone is read as a sentence; a template row is none
    evidence = Evidence(FUNDS, line.number, text.strip(" -•"), "text")
    value = text[len(head):]
    status = grant_status(value) if amounts else "obtenu"
    amount = amounts[0].value if amounts and amounts[0].low is None and status == "obtenu" \
        else None
    return [FunderMention(org, amount, status, evidence)] if status is not None else []


# Between a name and its amount, words that tie them: "Fondation X pour un montant de".
_TIE = re.compile(r"\s*,?\s+(?:pour un montant (?:total )?(?:de|d['’])|[àa] hauteur de|pour)\s*$")
# After a name's amount, another name: the line lists several funders in a sentence.
_LIST_GOES_ON = re.compile(r"\s*\)?\s*(?:,|\bet\b)\s*(?:(?:la|le|les)\s+|l['’])?[A-ZÀ-Ý]")
# After a label's funder: a comma then lowercase words or a unit ("Caf, service …"); a year.
_LABEL_TAIL = re.compile(r",\s*(?=[a-zà-ÿ]|caisse|comité|service)")
_YEAR_AT_END = re.compile(r"\s+\d{4}$")


def _headed_giver(words: str) -> Org | None:
    """The body a label's words name by a head word of its kind ("… de la Fondation X"), or
    None."""
    for name, _, _ in org_names(words):
        org = funder_org(name, open_world=False)
        if org is not None and org.kind in {"fondation", "mutuelle", "entreprise",
                                            "bailleur-social"}:
            return org
    return None


def _collectivity_in_brackets(label: str, named: Org) -> Org | None:
    """The collectivity a label's brackets name as the payer of the scheme it names: "Nos
    Quartiers d'Été (Région Hauts-de-France)" is the Région's, whatever the State's scheme
    of that name; "FIPD (préfecture)" stays the FIPD."""
    if named.kind == "collectivite":
        return None
    inside = [m.org for aside in _PARENTHESIS.findall(label)
              for m in funders_in(find_orgs(aside)) if m.org.kind == "collectivite"]
    return inside[0] if inside else None


def _label_org(label: str) -> Org | None:
    """The funder a budget line's label names, or None ("Participation des familles")."""
    cleaned = _PARENTHESIS.sub("", label).strip(" -–•")
    cleaned = _LABEL_TAIL.split(cleaned, maxsplit=1)[0]
    cleaned = _YEAR_AT_END.sub("", cleaned)  # "FIPD 2024"
    giver = _GIVER.match(cleaned)
    if giver:
        cleaned = cleaned[giver.end():]
        if not (cleaned[:1].isupper() or funders_in(find_orgs(cleaned))):
            # "Mécénat de compétences et dons de la Fondation X": the giver named further
            return _headed_giver(cleaned)  # "Participation des familles": None
        if _PATRON.match(giver.group(0)) and funder_org(cleaned, open_world=True) is None \
                and looks_like_name(giver.group(0) + cleaned):
            # "Mécénat des Ateliers Navals X": a company, whatever its name's words
            return Org(org_key(cleaned), cleaned.strip(), "entreprise")
    elif _SERVICE_GRANT.match(fold(cleaned)):
        # "Prestation de service CLAS": the Caf's grant for a service, whatever it names
        inside = funders_in(find_orgs(cleaned))
        return inside[0].org if inside else funder("caf")
    elif not cleaned or _NOT_FUNDER.match(fold(cleaned)):
        return None
    known = funders_in(find_orgs(cleaned))
    if known:
        return _collectivity_in_brackets(label, known[0].org) or known[0].org
    named = short_form(cleaned) or funder_org(cleaned, open_world=True)  # "CD : 7 900 €"
    if named is None and (inside := funders_in(find_orgs(label))):
        return inside[0].org  # "Quartiers d'été (ANCT)": the body is in the brackets
    return named


# --- CERFA tables ---------------------------------------------------------------------------


# A CERFA template row left for the body's name on the next line: "Département(s) :".
_TEMPLATE = re.compile(r"^\s*[\w'’ ]+\(s\)\s*:\s*$")


def _table(field: str, content: Field, mask: Callable[[str], str]) -> Iterator[FunderMention]:
    """Funders of table labels immediately followed by their number ("Subvention Caf", "4000").

    A label without a number is a row of the form left empty, not a funding. A template
    label with a body named after its colon ("Commune(s) : Troyes") is that body's row."""
    previous = ""
    for line, following in pairwise(content.lines):
        amount = parse_number(following.text)
        if amount is None or parse_number(line.text) is not None:
            previous = line.text
            continue
        label = mask(line.text)
        _, colon, named = label.partition(":")
        if not colon:  # "Aides privées – Fondation X": the body after the row's heading
            _, colon, named = label.partition(" \u2013 ")
        if not colon and _TEMPLATE.match(previous):  # "Département(s) :", then "Pas-de-Calais"
            label, colon, named = previous + label, ":", label
        org = _label_org(named) if colon and named.strip(" -–") else _label_org(label)
        if org is None and colon and named.strip(" -–") \
                and not _NOT_FUNDER.match(fold(named.strip(" -–"))):  # "Région(s) :", "Assurance"
            org = _label_org(re.sub(r"\(s\)", "", label.split(":")[0]) + " " + named)
        previous = line.text
        if org is not None:
            quote = f"{line.text.strip()}\n{following.text.strip()}"
            yield FunderMention(org, amount, "obtenu",
                                Evidence(field, line.number, quote, "text"))
