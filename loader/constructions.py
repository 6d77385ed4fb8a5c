"""Funding constructions in a sentence: who pays, named how, with which amount.

"financé par l'ARS (5 000 €), Limoges Métropole (3 000 €) et la Ville", "avec le soutien de
la Fondation X", "600 € versés par Aquitanis", "nos sponsors X et Y", "la mairie de Rodez a
versé deux mille euros", "la Ville et l'Agglo nous ont versé respectivement…", or a known
funder in a sentence about money ("subvention Caf"). An amount is tied to a funder only when
the sentence ties them (`_tied_amount`); `loader.funders` reads the lines and tables around.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from loader.budget import about_budget
from loader.gazetteer import Mention, find_orgs, funder
from loader.grants import grant_status
from loader.money import Amount, has_money, parse_amounts
from loader.names import COMMUNES_LIST, LINKS, WORD, funder_org, name_after, own_before
from loader.records import Evidence, GrantStatus, Org
from loader.text import Sentence, holds_any, scanner
from ontology.keys import fold, fold_aligned

__all__ = ["FUNDS", "JOINT", "FunderMention", "funders_in", "sentence_mentions", "short_form"]

FUNDS = "financial_resources"
_TRIGGER_BEFORE = re.compile(
    # "financé par", "financée à 30 % par"
    r"(?:co-?)?financ\w*(?: a (?:hauteur de )?\d+ ?%)? (?:par|grace a)|"
    r"avec (?:le |l'|un )?(?:soutien|concours|aide)"
    r"(?: financier| financiere)? (?:de|du|des|d')|"
    # "avec l'appui de X" is mostly help in kind or know-how: a funder only "appui financier"
    r"avec (?:l'|un )appui financier (?:de|du|des|d')|grace (?:au soutien|a l'aide|au financement|"
    r"a une (?:aide|subvention)|a un (?:financement|soutien)|aux? (?:subventions?|financements?))"
    r"(?: \w+)? (?:de|du|des|d')|(?:subventions?|subv\.?|financements?|soutien financier|"
    r"mecenat|dotation|aide financiere|aide) (?:de|du|des|d'|par)|soutenue? par|"
    r"pris(?:e|es)? en charge par|offert(?:e|s|es)? par|"
    r"(?:sponsorise|subventionne|verse|accorde|attribue|octroye|apporte|donne|paye|alloue)e?s? "
    r"par|grace (?:au|aux|a la|a l')|"
    # "dans le cadre du dispositif Conseiller numérique de l'ANCT": the scheme's payer
    r"dans le cadre d(?:u|'un) dispositif(?: [^,;.()]{1,50}?)? (?:de|du|des|d')(?= |\w)|"
    # "nous avons reçu 2 000 € de la Fondation X"
    r"\d ?(?:€|euros?) (?:de la part )?(?:de|du|des|d')(?= )|"
    # "X a soutenu le projet (3 000 €), tout comme l'Agglo (2 500 €)": more payers, each
    # with its amount in brackets
    r"(?:tout comme|de meme que)(?= )|"
    # "nos sponsors X, Y et Z", "mécènes : X et Y": a list of payers
    r"\b(?:sponsors?|mecenes?|financeurs?|partenaires financiers)(?: sont)?\s*:?(?= \S)")
# Triggers after which a name counts only with its amount in brackets: "grâce à" thanks
# partners too, "tout comme" may compare with anything.
_THANKS = re.compile(r"grace (?:au|aux|a la|a l')|tout comme|de meme que")
# "cet opus, co-financé par X": a film or a book the action uses was paid for, not the action.
_WORK = re.compile(r"\b(?:opus|film|livre|ouvrage|documentaire|court-metrage|clip|album|"
                   r"disque|roman|bande dessinee)s?\b[^.;]*$")
_TRIGGER_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:nous )?(?:a|ont|avait|avaient|aussi|egalement|\s)*"
    r"(?:accorde|verse|octroye|paye|mis\b|(?:particip|contribu)\w* a hauteur d|"
    r"fait (?:un )?don\b|"
    r"attribue|finance|apporte|subventionne|alloue|pris en charge|soutenu|offert|sponsorise|"
    r"(?:participe|contribue) (?:au|a son|a leur) financement)|"
    r"^\s*(?:\([^()]*\)\s*)?(?:nous )?(?:finance|subventionne|soutient|prend en charge|"
    r"prennent en charge|verse|met\b|"
    r"paie|paye|offre|(?:particip|contribu)\w* (?:au|a son|a leur) financement)")
# Several funders giving one sum: the sum is tied to none of them.
JOINT = re.compile(r"\bensemble\b|a (?:eux|elles) (?:deux|trois|quatre)|conjointement|"
                   r"a parts egales|en tout\b|au total\b")
_FUNDING_WORD = re.compile(
    r"financ|subvention|\bsubv\b|soutien financier|appels? a projets?|\baap\b|"
    r"conventionnement|prestations? de service|\bfonds\b|dotation|aide financiere|"
    r"mecenat|pris en charge|verse|accorde|octroye|attribue|apporte|\d ?(?:€|euros?)|"
    r"\bpayee?s?\b")
_CLAUSE_START = re.compile(r"(?:^|[.;:,]\s+|\bet\s+)")
# A verb of giving money somewhere in the sentence: only then is "X a versé" looked for.
_PAID = re.compile(r"accorde|verse|fait (?:un )?don\b|octroye|attribue|financ|apporte|"
                   r"subventionne|alloue|"
                   r"pris en charge|prend en charge|prennent en charge|"
                   r"(?:particip|contribu)\w* (?:au|a son|a leur) financement|"
                   r"(?:particip|contribu)\w* a hauteur d|"
                   r"soutenu|soutient|offert|offre|\bpaie|\bpaye|sponsoris|\bmis\b|\bmet\b")
# No funding of the action: none at all, or aid paid to the participants themselves ("l'aide
# au permis de France Travail, versée directement à l'auto-école").
_NO_FUNDING = re.compile(r"faute de financ|sans (?:aucun )?financ|pas de financ|aucun financ|"
                         r"versee?s? directement (?:a|aux) |aides? individuelles?")
# Literal stems of which every signal holds one: one pass tests them all, and the few
# sentences that hold one are scanned by the pattern.
_HOLDS_STEM = holds_any((
    "financ", "subv", "fonds", "dotation", "mecenat", "en charge", "verse", "accord", "octroy",
    "attribu", "apport", "€", "euro", "paye", "paie", "soutien", "soutenu", "aide", "appui",
    "concours", "grace a", "sponsor", "offre", "offert", "allou", "aap", "appel", "don",
    "conventionnement", "prestation", "dispositif"))
# Every signal above in one pattern, so that a sentence is scanned once: outside the
# financial field, a sentence with none of them names no funder.
_SIGNALS = re.compile(
    rf"(?P<none>{_NO_FUNDING.pattern})|(?P<before>{_TRIGGER_BEFORE.pattern})|"
    rf"(?P<paid>{_PAID.pattern})|(?P<funding>{_FUNDING_WORD.pattern})")
# Its matches, as `finditer` gives them, each alternative searched only where its words are.
_SIGNAL_MATCHES = scanner(_SIGNALS)
# A scheme named after its payer: "au titre du contrat de ville", "(contrat de ville)".
# "le FIPDR via la préfecture": the channel of a scheme, not a second payer.
_SCHEME = re.compile(r"(?:au titre d\w*|dans le cadre d\w*|\(|\bvia)\s*(?:la |le |l'|du |des )?$")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")  # an aside, "(5 000 €)"
# What may follow a listed name before the next one: "au titre du contrat de ville (3 000 €)".
_TAIL = re.compile(r"(?:(?!\s+et\s|\s+ainsi que\s)[^,;()]){0,80}(?:\([^()]*\))?")
# (and "à" before a name without article: "grâce à la Ville (…) et à Carcassonne Agglo (…)")
_LIST_SPLIT = re.compile(r"(?:,\s*|\s+et\s+)(?:[àa]\s+(?=[A-ZÀ-Ý]))?|\s+ainsi que\s+|;\s*")
_CLOSE = re.compile(r"\s*\)")


@dataclass(frozen=True, slots=True)
class FunderMention:
    """One mention of a funder: the organisation, the amount tied to it, the grant's fate."""

    org: Org
    amount: Decimal | None
    status: GrantStatus
    evidence: Evidence


def sentence_mentions(sentence: Sentence) -> Iterator[FunderMention]:
    """The funders a sentence names, each with its amount and grant status."""
    field, text, folded = sentence.field, sentence.text, sentence.folded
    if field != FUNDS and not _HOLDS_STEM(folded):
        return
    signals: dict[str, list[re.Match[str]]] = {}
    for name, match in _SIGNAL_MATCHES(folded):
        signals.setdefault(name, []).append(match)
    if "none" in signals or (field != FUNDS and not signals):
        return
    evidence = Evidence(field, sentence.line.number, text.strip(" -•"), "text")
    # the amounts a grant may be: not a rate ("40 € par personne"), not a range
    amounts = [a for a in parse_amounts(text) if not a.rate and a.low is None]
    named = list(_constructions(text, signals.get("before", ()), signals.get("paid", ())))
    if len(amounts) > 1 and (field == FUNDS or "paid" in signals or "before" in signals):
        named += [m for m in _elliptic(text, amounts) if not any(m[1] < e and s < m[2]
                                                                 for _, s, e in named)]
    known = [m for m in funders_in(find_orgs(text))
             if not any(m.start < end and start < m.end for _, start, end in named)]
    funding_words = "funding" in signals or any(
        _FUNDING_WORD.match(folded, verb.start()) for verb in signals.get("paid", ()))
    if not named and not (known and (field == FUNDS or funding_words)):
        return
    mentions = [(org, start, end) for org, start, end
                in [(m.org, m.start, m.end) for m in known] + named
                if not own_before(text, start)]
    if len(mentions) > 1:  # "Limoges Métropole au titre du contrat de ville": one payer
        # (but "au titre de Quartiers d'été (ANCT)" names it by its scheme)
        mentions = [m for m in mentions if not _SCHEME.search(
            fold(text[max(0, m[1] - 20):m[1]]))] or mentions[:1]
    ordered = sorted(mentions, key=lambda m: m[1])
    for index, (org, start, end) in enumerate(ordered):
        status = grant_status(_fate_clause(text, start, end, ordered[index + 1:]))
        if status is None:
            continue
        amount = _tied_amount(text, start, end, mentions, amounts) if status == "obtenu" \
            else None
        yield FunderMention(org, amount, status, evidence)

def _constructions(text: str, before: Sequence[re.Match[str]], paid: Sequence[re.Match[str]]
                  ) -> Iterator[tuple[Org, int, int]]:
    """Funders named by a funding construction: "financé par X, Y et Z" (`before`: the
    triggers that precede the names), "X a versé" (`paid`: the verbs that follow them)."""
    folded = fold_aligned(text)  # offsets in it are offsets in `text`
    for trigger in before:
        if not _WORK.search(folded[max(0, trigger.start() - 40):trigger.start()]):
            yield from _listed_after(text, trigger.end(),
                                     paid=not _THANKS.fullmatch(trigger.group(0)))
    subjects: set[tuple[int, int]] = set()
    for verb in paid:
        clause = _clause_around(text, verb.start(), verb.end())
        if verb.group(0) in _MONEY_ONLY_WITH_SUM and not has_money(clause):
            continue  # "X apporte son savoir-faire", "X a mis la salle": help, not money
        found = _subjects_of(text, verb.start())
        if found and _TRIGGER_AFTER.match(fold(text[found[-1][2]:found[-1][2] + 40])):
            yield from (m for m in found if (m[1], m[2]) not in subjects)  # once per subject
            subjects.update((start, end) for _, start, end in found)
        elif verb.group(0) in _MONEY_VERBS and has_money(clause) \
                and _AND_THEN.search(folded, max(0, verb.start() - 30), verb.start()):
            # "Promologis prête une salle et nous a versé 1 000 €"
            yield from (m for m in _opening_name(text) if (m[1], m[2]) not in subjects)


def _elliptic(text: str, amounts: Sequence[Amount]) -> Iterator[tuple[Org, int, int]]:
    """The payers a list names after a first one with the verb left out: "la Caf nous donne
    3 000 €, la Fondation X 1 000 € et le Département 2 500 €" (a name, then its amount)."""
    colon = text.rfind(": ", 0, amounts[0].start)  # "Financements obtenus : X 5 000 €, …"
    first = colon + 2 if colon >= 0 else len(text) - len(text.lstrip(" -•*·"))
    # after an amount (and its closing bracket), the list's next item: ", la Fondation X 1 000 €"
    starts = [first] + [item.end() if (item := _LIST_SPLIT.match(
        text, _after_bracket(text, previous.end))) else -1 for previous in amounts[:-1]]
    for start, amount in zip(starts, amounts, strict=True):
        found = name_after(text, start) if start >= 0 else None
        if found is None or found[1] - start > 4 \
                or text[found[2]:amount.start].strip(" (") != "":
            continue  # the item is a name and its amount, nothing else
        org = _org_of(found[0])
        if org is not None:
            yield org, found[1], found[2]


def _after_bracket(text: str, position: int) -> int:
    """`position`, or after the bracket that closes there: "(3 000 €), la Ville"."""
    closing = _CLOSE.match(text, position)
    return closing.end() if closing else position


# Verbs that give money only with a sum in their clause: "la commune a mis la salle et 500 €".
_MONEY_ONLY_WITH_SUM = frozenset({"apporte", "mis", "met"})
_MONEY_VERBS = frozenset({"accorde", "verse", "octroye", "attribue", "alloue", "subventionne"})
# Right before a verb, a second predicate of the sentence's subject: "… et nous a versé".
_AND_THEN = re.compile(r"\bet (?:nous |leur |lui )?(?:a |ont |avait |avaient )?(?:aussi )?$")


_ARTICLE = re.compile(r"(?:les?|la|l['’])\s*", re.IGNORECASE)


def _opening_name(text: str) -> Iterator[tuple[Org, int, int]]:
    """The body that opens `text`, its subject ("Promologis prête…", "La Fondation X a…")."""
    article = _ARTICLE.match(text)
    start = article.end() if article else 0
    found = name_after(text, start)
    if found is not None and found[1] == start:
        org = _org_of(found[0])
        if org is not None:
            yield org, found[1], found[2]


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
        if org is not None and (paid or (after is not None and has_money(after.group(0)))):
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
        if named is None:
            continue  # "et" inside a subject's name: "Office national des combattants et …"
        if named[2] > limit or (found and not _LIST_SPLIT.fullmatch(
                text[named[2]:found[0][1]].replace("la ", "").replace("le ", ""))):
            break
        name, start, end = named
        org = funder("commune") if COMMUNES_LIST.search(fold(text[max(0, start - 120):start])) \
            else _org_of(name)
        if org is None and not found:
            continue  # "Partage" in "la Fondation Sport et Partage a versé": the name goes on
        if org is None:
            break
        found.insert(0, (org, start, end))
        limit = start
    return found


def _org_of(name: str) -> Org | None:
    known = funders_in(find_orgs(name))
    if known and known[0].start == 0:
        return known[0].org
    return short_form(name) or funder_org(name, open_world=False)


def short_form(name: str) -> Org | None:
    """The body a budget's usual short form names: "CD" (not "un CD", a disc) is the
    Conseil départemental."""
    return funder("conseil-departemental") if name.strip() == "CD" else None

def funders_in(found: Sequence[Mention]) -> list[Mention]:
    """The funders among `found`, without those a more specific one names (État < FIPDR)."""
    mentions = [m for m in found if m.funder]
    parents = {m.parent for m in mentions}
    return [m for m in mentions if m.org.key not in parents]

# --- amounts ---------------------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[;]|,(?!\d)|\s[\u2013-]\s|\bmais\b|\bet (?=[a-z])")


def _fate_clause(text: str, start: int, end: int, later: Sequence[tuple[Org, int, int]]
                 ) -> str:
    """The clause that tells the fate of the grant of the funder at `start:end`: its own, or
    when it holds only the name, what follows up to the next funder ("Agirc-Arrco, sollicitée,
    n'a pas donné suite")."""
    clause = _clause_around(text, start, end)
    if any(word[0].islower() and word.lower() not in LINKS for word in WORD.findall(clause)):
        return clause
    return text[start:later[0][1] if later else len(text)]


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` around `start:end`, between separators."""
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]
    left = max(b for b in bounds if b <= start)
    right = min(b for b in bounds if b >= end)
    return text[left:right]


# Brackets a few words after a name: "la Ville de Lyon (2 000 €)".
_BRACKET_AFTER = re.compile(r"\s*(?:[\w'’\-]+\s+){0,6}\(([^()]*)\)")
# Brackets after the scheme a name pays through: "l'ARS, dans le cadre de l'appel à projets
# nutrition (2 500 €)".
_SCHEME_BRACKET = re.compile(r",?\s*(?:dans le cadre d|au titre d)[^,;()]{1,80}\(([^()]*)\)")


def _tied_amount(text: str, start: int, end: int, mentions: list[tuple[Org, int, int]],
                 amounts: Sequence[Amount]) -> Decimal | None:
    """The amount the text ties to the funder named at `start:end`: in brackets right after
    the name, alone with it in its clause, the sentence's only amount and only funder, or its
    rank among as many amounts after "respectivement"."""
    if "respectivement" in fold(text):
        # the amounts go by rank to the funders; when their numbers differ, one funder was
        # not read, and any tie would be a guess
        ranked = sorted({(s, e) for _, s, e in mentions})
        if len(ranked) == len(amounts) and (start, end) in ranked:
            return amounts[ranked.index((start, end))].value
        return None
    bracket = _BRACKET_AFTER.match(text[end:]) or _SCHEME_BRACKET.match(text[end:])
    if bracket:
        inside = [a for a in amounts if end + bracket.start(1) <= a.start < end + bracket.end(1)]
        if len(inside) == 1:
            return inside[0].value
    free = [a for a in amounts if not about_budget(text, a)]
    others = [(s, e) for org, s, e in mentions if (s, e) != (start, end)]
    clause_start = max([0, *(m.end() for m in _CLAUSE_END.finditer(text, 0, start))])
    # the nearest amount first: "la Ville a versé 2 000 € et Dijon Métropole 1 500 €"
    for amount in sorted(free, key=lambda a: a.start - end if a.start >= end else start - a.end):
        if amount.start < clause_start:
            continue
        between = text[end:amount.start] if amount.start >= end else text[amount.end:start]
        if any(end <= s < amount.start or amount.end <= s < start for s, _ in others):
            continue
        if amount.start >= end and not any(end <= a.start < amount.start for a in amounts):
            # "l'Etat (BOP 104, intégration des primo-arrivants) pour 9 000 €": an aside
            between = _PARENTHESIS.sub("", between)
        if _CLAUSE_END.search(between) or "(" in between or ")" in between \
                or JOINT.search(fold(text[end:])):
            continue
        return amount.value
    if len(mentions) == 1 and len(free) == 1 and not JOINT.search(fold(text)):
        return free[0].value
    return None
