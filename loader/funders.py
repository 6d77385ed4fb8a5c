"""Who pays for an action, how much, and whether the grant was obtained, read from its text.

Three shapes carry nearly every funding of a fiche:

- a **budget line**, "Caf de la Loire : 2000 euros", "FIPD 2024 (préfecture) ........ 12 000 €":
  the label names the funder, whatever it is, and the value says the amount or the grant's
  fate ("demande refusée", "en attente de réponse");
- a **CERFA table** typed one cell per line: a label line, then its number;
- a **sentence** with a funding construction, "financé par l'ARS (5 000 €) et la Ville",
  "avec le soutien de la Fondation X", "la mairie de Rodez a versé deux mille euros", or a
  known funder in a sentence about money ("subvention Caf").

A funder named there is a funder even when no list knows it ("open world"): known bodies get
their canonical label (`loader.gazetteer`), the others keep their own name and get a kind from
their head word (`loader.names`). Participants' money, the structure's own resources and
costs are not funders; requested and refused grants are kept with their status.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from loader.budget import about_budget
from loader.gazetteer import Mention, find_orgs, funder, known_funder
from loader.grants import grant_status
from loader.money import Amount, parse_amounts, parse_number
from loader.names import COMMUNES_LIST, funder_org, name_after
from loader.records import Evidence, Field, GrantStatus, Line, Org
from loader.text import FicheText, Sentence, holds_any
from ontology.keys import fold

__all__ = ["FUNDS", "FunderMention", "funder_mentions", "is_table"]

FUNDS = "financial_resources"
# "Label : value", "Label ........ value", "Label – value": a budget line typed as text.
_BUDGET_LINE = re.compile(
    r"^[\s\-•*·]*(?P<label>[^:.…\n][^:…\n]{1,110}?)\s*(?::|\.{3,}|…+|\s[\u2013\u2014]\s)\s*"
    r"(?P<value>.*)$")
# Labels that name the structure's own money, participants' money or a cost, not a funder.
_NOT_FUNDER = re.compile(
    r"^(?:participations?\b|"
    r"adhesions?|cotisations?|ventes?|recettes?|billetterie|entrees|inscriptions?|tarif|"
    r"fonds propres|autofinancement|auto-financement|apport|valorisation|benevol|"
    r"contributions? (?:volontaires|en nature)|couts?\b|budget|total|charges|produits|achats?|"
    r"postes?\b|frais|petit materiel|materiel|location|loyer|remuneration|salaires?|"
    r"personnel|depenses?|reste|solde|bourses?|kits?|local\b|locaux|remise|prestations? "
    r"(?:de|d')|montants?|subventions? d'exploitation|aides? privees|dont|soit|exercice|"
    r"le reste|fonds (?:cnaf|europeens?)$|etat$|region\(s\)$|departement\(s\)$|"
    r"commune\(s\)$|intercommunalite\(s\)$|organismes sociaux|autres? |emplois? aides|"
    r"repas|intervenants?|transport|communication|animation|impression|denrees|"
    r"alimentation|hebergement|deplacements?|assurance|prets?\b)")
_TRIGGER_BEFORE = re.compile(
    r"(?:co-?)?financ\w* (?:par|grace a)|avec (?:le |l'|un )?(?:soutien|appui|concours|aide)"
    r"(?: financier| financiere)? (?:de|du|des|d')|grace (?:au soutien|a l'aide|au financement|"
    r"a une (?:aide|subvention)|a un (?:financement|soutien)|aux? (?:subventions?|financements?))"
    r"(?: \w+)? (?:de|du|des|d')|(?:subventions?|subv\.?|financements?|soutien financier|"
    r"mecenat|dotation|aide financiere|aide) (?:de|du|des|d'|par)|soutenue? par|"
    r"pris(?:e|es)? en charge par|offert(?:e|s|es)? par|"
    r"(?:sponsorise|subventionne|verse|accorde|attribue|octroye|apporte|donne|paye|alloue)e?s? "
    r"par|grace (?:au|aux|a la|a l')|"
    # "nos sponsors X, Y et Z", "mécènes : X et Y": a list of payers
    r"\b(?:sponsors?|mecenes?|financeurs?|partenaires financiers)(?: sont)?\s*:?(?= \S)")
_THANKS = re.compile(r"grace (?:au|aux|a la|a l')")
# "cet opus, co-financé par X": a film or a book the action uses was paid for, not the action.
_WORK = re.compile(r"\b(?:opus|film|livre|ouvrage|documentaire|court-metrage|clip|album|"
                   r"disque|roman|bande dessinee)s?\b[^.;]*$")
_TRIGGER_AFTER = re.compile(
    r"^\s*(?:nous )?(?:a|ont|avait|avaient|aussi|egalement|\s)*(?:accorde|verse|octroye|"
    r"attribue|finance|apporte|subventionne|alloue|pris en charge|soutenu|offert|sponsorise|"
    r"(?:participe|contribue) (?:au|a son|a leur) financement)|"
    r"^\s*(?:nous )?(?:finance|subventionne|soutient|prend en charge|prennent en charge|verse|"
    r"paie|paye|offre|(?:particip|contribu)\w* (?:au|a son|a leur) financement)")
# Several funders giving one sum: the sum is tied to none of them.
_JOINT = re.compile(r"\bensemble\b|a (?:eux|elles) (?:deux|trois|quatre)|conjointement|"
                    r"a parts egales|en tout\b|au total\b")
_FUNDING_WORD = re.compile(
    r"financ|subvention|\bsubv\b|soutien financier|appels? a projets?|\baap\b|"
    r"conventionnement|prestations? de service|\bfonds\b|dotation|aide financiere|"
    r"mecenat|pris en charge|verse|accorde|octroye|attribue|apporte|\d ?(?:€|euros?)|"
    r"\bpayee?s?\b")
_CLAUSE_START = re.compile(r"(?:^|[.;:,]\s+|\bet\s+)")
# A verb of giving money somewhere in the sentence: only then is "X a versé" looked for.
_PAID = re.compile(r"accorde|verse|octroye|attribue|financ|apporte|subventionne|alloue|"
                   r"pris en charge|prend en charge|prennent en charge|"
                   r"(?:particip|contribu)\w* (?:au|a son|a leur) financement|"
                   r"soutenu|soutient|offert|offre|\bpaie|\bpaye|sponsoris")
_NO_FUNDING = re.compile(r"faute de financ|sans (?:aucun )?financ|pas de financ|aucun financ")
# Literal stems of which every signal holds one: one pass tests them all, and the few
# sentences that hold one are scanned by the pattern.
_HOLDS_STEM = holds_any((
    "financ", "subv", "fonds", "dotation", "mecenat", "en charge", "verse", "accord", "octroy",
    "attribu", "apport", "€", "euro", "paye", "paie", "soutien", "soutenu", "aide", "appui",
    "concours", "grace a", "sponsor", "offre", "offert", "allou", "aap", "appel",
    "conventionnement", "prestation"))
# Every signal above in one pattern, so that a sentence is scanned once: outside the
# financial field, a sentence with none of them names no funder.
_SIGNALS = re.compile(
    rf"(?P<none>{_NO_FUNDING.pattern})|(?P<before>{_TRIGGER_BEFORE.pattern})|"
    rf"(?P<paid>{_PAID.pattern})|(?P<funding>{_FUNDING_WORD.pattern})")
# "Participation de la communauté de communes", "Don des Cycles X", "Subvention Fondation X":
# the giver is named after.
_GIVER = re.compile(r"^(?:avec (?:le |l['’])?(?:soutien|aide|appui)(?: financier| financière)?|"
                    r"gr[âa]ce (?:à|a|au|aux)|participation|financement|subvention|aide|don|dons|"
                    r"soutien|"
                    r"contribution|apport|mécénat)s?\s+(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|"
                    r"les|l['’])\s*"
                    r"(?=\S)|(?-i:(?=[A-ZÀÂÇÉÈÊËÎÏÔÖÙÛÜ])))", re.IGNORECASE)
# A budget line's value that lends things rather than pays: not a funding.
_LENT = re.compile(r"^\W*(?:pret\b|prete|prets\b|non chiffre)")
# A scheme named after its payer: "au titre du contrat de ville", "(contrat de ville)".
_SCHEME = re.compile(r"(?:au titre d\w*|dans le cadre d\w*|\()\s*(?:la |le |l'|du |des )?$")
_IN_KIND = re.compile(r"valeur|valoris|disposition|don\b|dons\b|offert|gratuit|prend en charge|"
                      r"subvention|financ|convention|prestation|poste|accord|versement|verse")
# "notre CCAS": the structure's own service.
_OWN = re.compile(r"\b(?:[Nn]otre|[Nn]os)\s+$")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# What may follow a listed name before the next one: "au titre du contrat de ville (3 000 €)".
_TAIL = re.compile(r"(?:(?!\s+et\s|\s+ainsi que\s)[^,;()]){0,80}(?:\([^()]*\))?")
_LIST_SPLIT = re.compile(r",\s*|\s+et\s+|\s+ainsi que\s+|;\s*")


@dataclass(frozen=True, slots=True)
class FunderMention:
    """One mention of a funder: the organisation, the amount tied to it, the grant's fate."""

    org: Org
    amount: Decimal | None
    status: GrantStatus
    evidence: Evidence


def funder_mentions(fiche: FicheText, order: Sequence[str]) -> Iterator[FunderMention]:
    """Every funder mention of a fiche, field by field in `order`."""
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
            found = _budget_line(field, line.line, line.text)
            if found is None and field == FUNDS:
                found = _named_line(line.line, line.text)
            if found is None:
                found = [m for sentence in line.sentences for m in _sentence(sentence)]
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            yield from _amount_below(found, following) if field == FUNDS else found


def _amount_below(found: list[FunderMention], following: str) -> list[FunderMention]:
    """"Carsat Centre-Val de Loire" then "3 000 €" on the next line: the one funder of a line
    without an amount takes the bare number below it."""
    amount = parse_number(following)
    if amount is None or len({m.org.key for m in found}) != 1 \
            or any(m.amount is not None or m.status != "obtenu" for m in found):
        return found
    return [replace(m, amount=amount, evidence=replace(
        m.evidence, quote=f"{m.evidence.quote}\n{following.strip()}")) for m in found]


def is_table(content: Field) -> bool:
    """A budget table: one label or one number per line, with several bare numbers."""
    return sum(parse_number(line.text) is not None for line in content.lines) >= 3


# --- budget lines and sentences ------------------------------------------------------------


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
    if field != FUNDS and not _money(value):
        return None
    org = _label_org(match["label"])
    if org is None:
        return None
    evidence = Evidence(field, line.number, text.strip(" -•"), "text")
    status = grant_status(value)
    amounts = [a for a in parse_amounts(value) if not a.rate and a.low is None]
    if status is None or (not amounts and _LENT.match(fold(value))) \
            or not (value.strip(" -–:") or amounts):
        return []
    if status == "obtenu" and not _money(value) \
            and not _IN_KIND.search(fold(value)) and not known_funder(org):
        return []  # "COLLATION GRATUITE: prévoir des tasses": a heading, not a funder
    payers = _payers(match["label"], joint=bool(_JOINT.search(fold(value))))
    if status == "obtenu" and len(payers) > 1:
        return [FunderMention(payer, None, status, evidence) for payer in payers]  # joint sum
    amount = _obtained(value, amounts) if status == "obtenu" else None
    return [FunderMention(org, amount, status, evidence)]


def _has_separator(text: str) -> bool:
    """Whether `text` holds a mark `_BUDGET_LINE` needs between label and value."""
    return ":" in text or "..." in text or "…" in text or "\u2013" in text or "\u2014" in text


def _payers(label: str, *, joint: bool) -> list[Org]:
    """The funders a budget line's label lists ("La Caf et la Ville", "Mutuelle X et
    Fondation Y : 1 200 € au total"): known ones joined by "et", "&" or "+", any names when
    the value says the sum is `joint`."""
    known = list({m.org.key: m.org for m in _funders_in(find_orgs(label))}.values())
    if len(known) > 1 and re.search(r"\bet\b|&|\+", label):
        return known
    if not joint:
        return []
    parts = [_label_org(part) for part in re.split(r"\s+et\s+|\s*[,&+]\s*", label)]
    return list({org.key: org for org in parts if org is not None}.values())


_ASKED = re.compile(r"^\s*(?:€|euros?|e\b)?\s*(?:demande|sollicite|prevu|previsionnel)")
_GRANTED = re.compile(r"^\s*(?:€|euros?|e\b)?\s*(?:obtenu|accorde|verse|attribue|octroye|notifie)")


def _obtained(value: str, amounts: Sequence[Amount]) -> Decimal | None:
    """The amount of a budget line's value that was obtained: "3 000 € demandés, 2 000 €
    obtenus" gives 2 000; a single amount is the grant."""
    if len(amounts) > 1:
        after = [fold(value[a.end:a.end + 25]) for a in amounts]
        granted = [a for a, text in zip(amounts, after, strict=True) if _GRANTED.match(text)]
        if granted:
            return granted[0].value
        amounts = [a for a, text in zip(amounts, after, strict=True) if not _ASKED.match(text)]
    return amounts[0].value if amounts else None


def _named_line(line: Line, text: str) -> list[FunderMention] | None:
    """A line of the financial field that is a funder's name and its amount, without a colon
    ("Dynacité 1 200 EUR", "Terres de Loire Habitat (800 €) pour les familles locataires"),
    or a name no list knows, alone ("Promologis"); None for any other line."""
    amounts = [a for a in parse_amounts(text) if not a.rate]
    head = text[:amounts[0].start] if amounts else text
    label = head.strip(" -•*·(")
    named = name_after(label, 0)
    if named is None or len(label) - named[2] > 1 or len(label.split()) > 8:
        return None  # a sentence, not a label: read as one
    org = _label_org(label)
    if org is None or (not amounts and known_funder(org)):
        return None  # a known funder alone is read as a sentence; a template row is none
    evidence = Evidence(FUNDS, line.number, text.strip(" -•"), "text")
    value = text[len(head):]
    status = grant_status(value) if amounts else "obtenu"
    amount = amounts[0].value if amounts and amounts[0].low is None and status == "obtenu" \
        else None
    return [FunderMention(org, amount, status, evidence)] if status is not None else []


def _sentence(sentence: Sentence) -> Iterator[FunderMention]:
    field, text, folded = sentence.field, sentence.text, sentence.folded
    if field != FUNDS and not _HOLDS_STEM(folded):
        return
    signals: dict[str, list[re.Match[str]]] = {}
    for match in _SIGNALS.finditer(folded):
        signals.setdefault(match.lastgroup or "", []).append(match)
    if "none" in signals or (field != FUNDS and not signals):
        return
    evidence = Evidence(field, sentence.line.number, text.strip(" -•"), "text")
    named = list(_constructions(text, signals.get("before", ()), signals.get("paid", ())))
    known = [m for m in _funders_in(find_orgs(text))
             if not any(m.start < end and start < m.end for _, start, end in named)]
    funding_words = "funding" in signals or any(
        _FUNDING_WORD.match(folded, verb.start()) for verb in signals.get("paid", ()))
    if not named and not (known and (field == FUNDS or funding_words)):
        return
    mentions = [(org, start, end) for org, start, end
                in [(m.org, m.start, m.end) for m in known] + named
                if not _OWN.search(text[:start])]
    if len(mentions) > 1:  # "Limoges Métropole au titre du contrat de ville": one payer
        mentions = [m for m in mentions if not _SCHEME.search(fold(text[max(0, m[1] - 20):m[1]]))]
    for org, start, end in sorted(mentions, key=lambda m: m[1]):
        status = grant_status(_clause_around(text, start, end))
        if status is None:
            continue
        amount = _tied_amount(text, start, end, mentions) if status == "obtenu" else None
        yield FunderMention(org, amount, status, evidence)


def _money(text: str) -> bool:
    return any(not a.rate for a in parse_amounts(text))


# After a label's funder: a comma then lowercase words or a unit ("Caf, service …"); a year.
_LABEL_TAIL = re.compile(r",\s*(?=[a-zà-ÿ]|caisse|comité|service)")
_YEAR_AT_END = re.compile(r"\s+\d{4}$")


def _label_org(label: str) -> Org | None:
    """The funder a budget line's label names, or None ("Participation des familles")."""
    cleaned = _PARENTHESIS.sub("", label).strip(" -–•")
    cleaned = _LABEL_TAIL.split(cleaned, maxsplit=1)[0]
    cleaned = _YEAR_AT_END.sub("", cleaned)  # "FIPD 2024"
    giver = _GIVER.match(cleaned)
    if giver:
        cleaned = cleaned[giver.end():]
        if not (cleaned[:1].isupper() or _funders_in(find_orgs(cleaned))):
            return None  # "Participation des familles"
    elif not cleaned or _NOT_FUNDER.match(fold(cleaned)):
        return None
    known = _funders_in(find_orgs(cleaned))
    if known:
        return known[0].org
    named = funder_org(cleaned, open_world=True)
    if named is None and (inside := _funders_in(find_orgs(label))):
        return inside[0].org  # "Quartiers d'été (ANCT)": the body is in the brackets
    return named


def _constructions(text: str, before: Sequence[re.Match[str]], paid: Sequence[re.Match[str]]
                  ) -> Iterator[tuple[Org, int, int]]:
    """Funders named by a funding construction: "financé par X, Y et Z" (`before`: the
    triggers that precede the names), "X a versé" (`paid`: the verbs that follow them)."""
    folded = fold(text)
    for trigger in before:
        if not _WORK.search(folded[max(0, trigger.start() - 40):trigger.start()]):
            yield from _listed_after(text, trigger.end(),
                                     paid=not _THANKS.fullmatch(trigger.group(0)))
    for verb in paid:
        found = _subjects_of(text, verb.start())
        if found and _TRIGGER_AFTER.match(fold(text[found[-1][2]:found[-1][2] + 40])):
            yield from found


def _listed_after(text: str, position: int, *, paid: bool = True
                  ) -> Iterator[tuple[Org, int, int]]:
    """The names listed from `position` on: "l'ARS (5 000 €), la Ville (2 000 €) et X".
    Unless `paid` (after "grâce à", which thanks partners too), a name counts only with an
    amount in brackets after it: "grâce au Grand-Figeac (3 000 €)"."""
    while True:
        found = name_after(text, position)
        if found is None:
            return
        name, start, end = found
        org = _org_of(name)
        after = _PARENTHESIS.match(text, end)
        if org is not None and (paid or (after is not None and _money(after.group(0)))):
            yield org, start, end
        end = after.end() if after else end
        tail = _TAIL.match(text, end)
        next_item = _LIST_SPLIT.match(text, tail.end() if tail else end)
        if next_item is None:
            return
        position = next_item.end()


def _subjects_of(text: str, verb: int) -> list[tuple[Org, int, int]]:
    """The names that start the clause in which the verb at `verb` stands ("X a versé"), with
    those listed before it ("X et Y nous ont versé respectivement…"), in text order."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, max(0, verb - 160), verb)]
    found: list[tuple[Org, int, int]] = []
    limit = verb
    for position in reversed(starts or [max(0, verb - 80)]):
        named = name_after(text, position)
        if named is None or named[2] > limit or (found and not _LIST_SPLIT.fullmatch(
                text[named[2]:found[0][1]].replace("la ", "").replace("le ", ""))):
            break
        name, start, end = named
        org = funder("commune") if COMMUNES_LIST.search(fold(text[max(0, start - 120):start])) \
            else _org_of(name)
        if org is None:
            break
        found.insert(0, (org, start, end))
        limit = start
    return found


def _org_of(name: str) -> Org | None:
    known = _funders_in(find_orgs(name))
    if known and known[0].start == 0:
        return known[0].org
    return funder_org(name, open_world=False)


def _funders_in(found: Sequence[Mention]) -> list[Mention]:
    """The funders among `found`, without those a more specific one names (État < FIPDR)."""
    mentions = [m for m in found if m.funder]
    parents = {m.parent for m in mentions}
    return [m for m in mentions if m.org.key not in parents]


# --- amounts ---------------------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[;]|,(?!\d)|\s[\u2013-]\s|\bmais\b|\bet (?=[a-z])")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` around `start:end`, between separators."""
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]
    left = max(b for b in bounds if b <= start)
    right = min(b for b in bounds if b >= end)
    return text[left:right]


# Brackets a few words after a name: "la Ville de Lyon (2 000 €)".
_BRACKET_AFTER = re.compile(r"\s*(?:[\w'’\-]+\s+){0,6}\(([^()]*)\)")


def _tied_amount(text: str, start: int, end: int,
                 mentions: list[tuple[Org, int, int]]) -> Decimal | None:
    """The amount the text ties to the funder named at `start:end`: in brackets right after
    the name, alone with it in its clause, the sentence's only amount and only funder, or its
    rank among as many amounts after "respectivement"."""
    amounts = [a for a in parse_amounts(text) if not a.rate and a.low is None]
    if "respectivement" in fold(text):
        # the amounts go by rank to the funders; when their numbers differ, one funder was
        # not read, and any tie would be a guess
        ranked = sorted({(s, e) for _, s, e in mentions})
        if len(ranked) == len(amounts) and (start, end) in ranked:
            return amounts[ranked.index((start, end))].value
        return None
    bracket = _BRACKET_AFTER.match(text[end:])
    if bracket:
        inside = [a for a in amounts if end + bracket.start(1) <= a.start < end + bracket.end(1)]
        if len(inside) == 1:
            return inside[0].value
    free = [a for a in amounts if not about_budget(text, a)]
    others = [(s, e) for org, s, e in mentions if (s, e) != (start, end)]
    clause_start = max([0, *(m.end() for m in _CLAUSE_END.finditer(text, 0, start))])
    for amount in free:
        if amount.start < clause_start:
            continue
        between = text[end:amount.start] if amount.start >= end else text[amount.end:start]
        if any(end <= s < amount.start or amount.end <= s < start for s, _ in others):
            continue
        if _CLAUSE_END.search(between) or "(" in between or ")" in between \
                or _JOINT.search(fold(text[end:])):
            continue
        return amount.value
    if len(mentions) == 1 and len(free) == 1 and not _JOINT.search(fold(text)):
        return free[0].value
    return None


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
