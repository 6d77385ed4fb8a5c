"""Funders, amounts, partners and budget of a fiche, read from its free text, with evidence.

- Funders come from the gazetteer (`loader.gazetteer`), and count only in a funding context:
  the "financial resources" field, or a sentence with a funding word ("financé", "subvention",
  "conventionnement"...), never a negated one ("faute de financement"). The structure's own
  name is masked first: "CENTRE SOCIAL C.A.F." is not a CAF grant.
- An amount goes to a funder only when the text ties them: the same clause ("Financement MDS :
  1050€"), the only funder and only amount of a sentence, or a budget-table label followed by
  its number. Amounts in a clause about the budget or cost make the action's `budget`.
- Partners are the declared partner types that name a body ("Conseil départemental"), bodies
  named in sentences about working together (gazetteer, "Association X", lists, acronyms,
  and spaCy's organisations), merged to one per organisation.
- Bodies that exist per territory (a CAF, a conseil départemental...) are also resolved to the
  concrete body of the structure's département ("CAF de l'Ariège") or région.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from loader import ner as spacy_ner
from loader.budget import total_budget
from loader.funders import FUNDS, funder_mentions, is_table
from loader.gazetteer import (
    DATA,
    find_orgs,
    funder,
    is_generic,
    known_funder,
    org_key,
    scope_of,
    type_heads,
)
from loader.keys import fold, slug
from loader.localbodies import body_org, find_local_bodies
from loader.localbodies import resolve as resolve_local
from loader.names import org_names, partner_org
from loader.records import Budget, Evidence, Funding, Line, Org, Partnership, Record
from ontology.reference import Departement, find_departement

__all__ = ["extract"]

PEOPLE = "people"
# Free-text fields read for funders, and the ones read for partners. Perspectives are plans:
# a body named there neither funds nor works on the action yet.
FUNDER_FIELDS = ("financial_resources", "summary", "description", "general_description",
                 "people", "initiative_detail", "end_reason", "result_territory",
                 "result_structure", "result_inhabitants", "limits", "diagnostic",
                 "impacts", "success_factors")
PARTNER_FIELDS = ("summary", "description", "general_description", "people",
                  "financial_resources", "initiative_detail", "end_reason", "diagnostic",
                  "success_factors")
# Both, partner fields first: their lines then make one stretch of a fiche's text.
_TEXT_FIELDS = tuple(dict.fromkeys(PARTNER_FIELDS + FUNDER_FIELDS))

# Patterns run on folded text (lowercase, no accents).
_PARTNERING = re.compile(
    r"partenari|partenaire|collabor|avec l'aide|co-?anim|(?:anime|propose|realise|pilote|"
    r"organise|accompagne|encadre|porte)e?s? par|mise?s? a disposition|interven|"
    r"(?:rencontres?|echanges?|debats?)[\w\s-]{0,20}\bavec|"
    r"reunions? (?:de travail )?(?:avec|entre)|travail (?:commun|avec)|"
    r"groupes? de travail|en lien avec|coordin|coordonn|co-?(?:ecri|constru|organis|porte|"
    r"realis)|associes?\b|prestataire")
_PRESENCE = re.compile(r"en presence d|presence de")
LONGEST = 1000  # characters of a sentence read at once
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")
# A team or service of some body ("Service comptabilité"), or a title in quotes, is no partner.
_UNIT = re.compile(r"(?:services?|pole|equipe|agents?|secteur)\b")
_TYPED_ANYWHERE = frozenset({"association"})
_LOCAL_KINDS = frozenset({"commune", "intercommunalite"})
# Funds and schemes pay; they do not work on an action.
_NOT_PARTNER_KINDS = frozenset({"fonds-dispositif"})
_LIST_GAP = re.compile(r"\s*(?:,|;|\bet\b|&)\s*(?:(?:le|la|les|l['\u2019])\s*)?")
_ABOUT_PARTNERS = frozenset({"general_description", PEOPLE})
# "notre CCAS", "nos animateurs": the structure's own services.
_OWN = re.compile(r"\b(?:[Nn]otre|[Nn]os)\s+$")
# Words that say nothing about which body a name is ("Centre social Pierre et Terre").
_FILLERS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour",
                      "centre", "social", "sociale", "socio", "culturel", "association",
                      "espace", "evs", "maison"})


@dataclass(frozen=True, slots=True)
class _Sentence:
    field: str
    line: Line
    text: str


def extract(record: Record, *, ner: bool = True) -> Record:
    """`record` with its fundings, partnerships and budget filled from its text.

    `ner=False` skips spaCy (faster; partners then come from the gazetteer and patterns).
    """
    place = find_departement(record.departement) if record.departement else None
    fiche = _Fiche(record)
    return replace(record, fundings=tuple(_fundings(fiche, place)),
                   partnerships=tuple(_partnerships(fiche, place, ner=ner)),
                   budget=_budget(fiche))


# --- text units --------------------------------------------------------------------------


class _Fiche:
    """The free text of a fiche, read once: its lines with the structure's name masked
    ("CENTRE SOCIAL C.A.F." is not a CAF grant), and the organisations of each sentence."""

    def __init__(self, record: Record) -> None:
        self.record = record
        present = [f for f in _TEXT_FIELDS if f in record.fields]
        naming = iter(_naming_lines("\n".join(record.text(f) for f in present),
                                    record.structure_name))
        self.lines: dict[str, list[tuple[Line, str]]] = {
            field: [(line, self.mask(line.text) if next(naming) else line.text)
                    for line in record.fields[field].lines]
            for field in present}

    def lines_of(self, field: str) -> Iterator[tuple[Line, str]]:
        """The lines of a field with their text, the structure's name masked."""
        yield from self.lines.get(field, ())

    def mask(self, text: str) -> str:
        """`text` with the structure's name blanked out."""
        return _mask(text, self.record.structure_name)

    def sentences(self, field: str) -> Iterator[_Sentence]:
        """The sentences of a field, each with its line."""
        for line, text in self.lines.get(field, ()):
            for sentence in _sentences_of(text):
                yield _Sentence(field, line, sentence)


def _sentence_bounds(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _sentences_of(text: str) -> Iterator[str]:
    """The sentences of `text`, stripped, empty ones left out. A "sentence" longer than
    `LONGEST` (a pasted table, a text without full stops) is cut at a comma or a space:
    what reads a sentence may then read it whole, and stay linear in the text."""
    for start, end in _sentence_bounds(text):
        while end - start > LONGEST:
            cut = max(text.rfind(", ", start, start + LONGEST), text.rfind(" ", start,
                                                                         start + LONGEST))
            cut = cut + 1 if cut > start else start + LONGEST
            if text[start:cut].strip(" -•"):
                yield text[start:cut].strip()
            start = cut
        sentence = text[start:end].strip()
        if sentence.strip(" -•"):
            yield sentence


def _naming_lines(text: str, structure: str) -> list[bool]:
    """For each line of `text`, False when it surely does not hold the structure's name: not
    all the name's words are in it once folded to ASCII (a cheap superset of what `_mask`
    looks for; `fold` keeps ASCII letters in order, whatever it drops around them)."""
    words = re.findall(r"\w+", fold(structure))
    if not all(word.isascii() for word in words):
        return [True] * (text.count("\n") + 1)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return [all(word in line for word in words) for line in ascii_text.split("\n")]


def _mask(text: str, structure: str) -> str:
    """`text` with the structure's own name blanked out (same length)."""
    folded = fold(text)
    pattern = _name_pattern(structure)
    if pattern is None or len(folded) != len(text):
        return text
    chars = list(text)
    for match in pattern.finditer(folded):
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


@cache
def _name_pattern(structure: str) -> re.Pattern[str] | None:
    words = [re.escape(w) for w in re.findall(r"\w+", fold(structure))]
    return re.compile(r"\b" + r"\W+".join(words) + r"\b\W?") if words else None


def _quote(sentence: _Sentence, *, method: str = "text") -> Evidence:
    return Evidence(sentence.field, sentence.line.number, sentence.text, method)  # type: ignore[arg-type]


# --- funders -----------------------------------------------------------------------------


def _fundings(fiche: _Fiche, place: Departement | None) -> list[Funding]:
    """One funding per funder: an obtained grant rather than a requested or refused one,
    and the mention with an amount rather than one without."""
    found: dict[str, Funding] = {}
    for mention in funder_mentions(fiche.record.fields, FUNDER_FIELDS, fiche.lines_of,
                                   _sentences_of, fiche.mask):
        org, body = _located(mention.org, mention.evidence.quote, place)
        funding = Funding(org, mention.evidence, body, mention.amount, mention.status)
        known = found.get(org.key)
        if known is None or _better(funding, known):
            found[org.key] = funding
    return list(found.values())


def _better(funding: Funding, known: Funding) -> bool:
    if (funding.status == "obtenu") != (known.status == "obtenu"):
        return funding.status == "obtenu"
    return known.amount is None and funding.amount is not None


# --- local bodies ------------------------------------------------------------------------


@cache
def _articles() -> dict[str, str]:
    with (DATA / "departement_articles.csv").open(encoding="utf-8", newline="") as file:
        return {row["code"]: row["article"] for row in csv.DictReader(file)}


def _located(org: Org, quote: str, place: Departement | None) -> tuple[Org, Org | None]:
    """`org` and its concrete body: the commune or intercommunalité the quote names in the
    structure's département ("Ville de Caen", "Grand Reims"), which also turns a name no list
    knew into the generic Commune or Intercommunalité; else the per-territory body."""
    if place is None:
        return org, None
    if org.key in _LOCAL_KINDS:
        bodies = {m.body for m in find_local_bodies(quote, place.code)
                  if (m.body.kind == "commune") == (org.key == "commune")}
        return org, body_org(bodies.pop()) if len(bodies) == 1 else None
    if not known_funder(org) and (local := resolve_local(org.label, place.code)):
        return funder("commune" if local.kind == "commune" else "intercommunalite"), \
            body_org(local)
    return org, _body(org, place)


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


# --- partners ----------------------------------------------------------------------------


def _partnerships(fiche: _Fiche, place: Departement | None, *, ner: bool
                  ) -> list[Partnership]:
    """One partnership per organisation, with its first evidence (a declared type first) and
    the first concrete body a mention of it names ("Commune" declared, "la Ville d'Auch" in
    the text: the Commune d'Auch)."""
    candidates = list(_declared(fiche.record)) + list(_named(fiche, ner=ner))
    kept: dict[str, Partnership] = {}
    for org, evidence in candidates:
        org, body = _located(org, evidence.quote, place)
        same = org.key if org.key in kept else next(
            (key for key in kept if _same_org(org.key, key)), None)
        if same is None:
            kept[org.key] = Partnership(org, evidence, body)
        elif kept[same].body is None and body is not None:
            kept[same] = replace(kept[same], body=body)
    return list(kept.values())


def _declared(record: Record) -> Iterator[tuple[Org, Evidence]]:
    """Declared partner types that name a body; generic types ("Association") are not orgs."""
    content = record.fields.get("partner_types")
    for line in content.lines if content else ():
        found = find_orgs(line.text)
        if found and found[0].funder:
            yield found[0].org, Evidence("partner_types", line.number, line.text, "declared")


def _named(fiche: _Fiche, *, ner: bool) -> Iterator[tuple[Org, Evidence]]:
    """Organisations named in the text as working on the action, shortest names first within
    a fiche so that "LP Diderot" absorbs "LP Diderot de Bavilliers".

    The fields that describe who took part (the general description under "Avec qui cette
    action a-t-elle été menée ?", the people mobilised) name partners in every sentence;
    elsewhere only sentences about working together do."""
    found: list[tuple[Org, Evidence]] = []
    suspects: list[_Sentence] = []
    for field in PARTNER_FIELDS:
        for sentence in fiche.sentences(field):
            text, folded = sentence.text, fold(sentence.text)
            partnering = field in _ABOUT_PARTNERS or (
                bool(_PARTNERING.search(folded)) and not _PRESENCE.search(folded))
            if not partnering and not any(head in folded for head in _typed_heads()):
                continue  # an association counts anywhere; nothing else does here
            mentions = [m for m in find_orgs(text) if not _OWN.search(text[:m.start])
                        and m.org.kind not in _NOT_PARTNER_KINDS]
            found += [(m.org, _quote(sentence)) for m in mentions
                      if partnering or m.org.kind in _TYPED_ANYWHERE]
            if partnering:
                suspects.append(sentence)
                covered = [(m.start, m.end) for m in find_orgs(text)]
                found += [(org, _quote(sentence)) for org in _open_world(text, covered)]
    if ner and suspects:
        found += _ner_orgs(suspects)
    names = [(org, ev) for org, ev in found if not _is_structure(org.label, fiche.record)
             and not _in_title(org.label, fiche.record)]
    return iter(sorted(names, key=lambda item: len(item[0].key)) if names else [])


@cache
def _typed_heads() -> tuple[str, ...]:
    """The type words of the kinds that count in any sentence ("association", "club"…)."""
    return tuple(fold(head) for head, kind in type_heads() if kind in _TYPED_ANYWHERE)


def _open_world(text: str, covered: list[tuple[int, int]]) -> Iterator[Org]:
    """Bodies no list knows, named in `text` outside the `covered` spans."""
    names = org_names(text)
    listed = _enumerated(text, [(start, end) for _, start, end in names] + covered)
    for name, start, end in names:
        if _overlaps(start, end, covered) or _OWN.search(text[:start]) \
                or _quoted(text, start):
            continue
        org = partner_org(name, text[max(0, start - 40):start], listed=(start, end) in listed)
        if org is not None:
            yield org


def _quoted(text: str, start: int) -> bool:
    """Whether `start` is inside quotes: a title («La Rue des Anges»), not a body."""
    before = text[:start]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") \
        or before.count('"') % 2 == 1


def _enumerated(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that are items of an enumeration of three names or more, "(Ludothèque
    Arlequin, Compagnie Zigzag, Francas, CCAS)": a list marks its words as names."""
    spans = sorted(set(spans))
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return {span for run in runs if len(run) >= 3 for span in run}


def _ner_orgs(sentences: list[_Sentence]) -> list[tuple[Org, Evidence]]:
    found = []
    for sentence, ents in zip(sentences, spacy_ner.entities([s.text for s in sentences]),
                              strict=True):
        covered = [(m.start, m.end) for m in find_orgs(sentence.text)]
        for ent in ents:
            if ent.label == "ORG" and not _overlaps(ent.start, ent.end, covered) \
                    and not is_generic(ent.text) and not ent.text[:1].islower() \
                    and not _UNIT.match(fold(ent.text)) \
                    and not _quoted(sentence.text, ent.start):
                found.append((Org(org_key(ent.text), ent.text.strip(), "autre"),
                              _quote(sentence, method="ner")))
    return found


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _tokens(name: str) -> set[str]:
    return {t.rstrip("s") for t in slug(name).split("-") if t not in _FILLERS}


def _is_structure(label: str, record: Record) -> bool:
    """True when `label` names the organising structure itself (or nothing at all)."""
    words = _tokens(label)
    if not words or is_generic(label):
        return True
    return len(words & _tokens(record.structure_name)) / len(words) >= 0.5


def _in_title(label: str, record: Record) -> bool:
    """True when `label` is the action's own name ("GRATIFERIA" in « Gratiféria : … »)."""
    key = slug(label)
    return len(key) > 3 and key in slug(record.title)


def _same_org(key: str, other: str) -> bool:
    """Two keys of one organisation: equal but for plurals and hyphens, or one extending
    the other ("lycee-professionnel-diderot", "lycee-professionnel-diderot-de-bavilliers")."""
    a, b = key.split("-"), other.split("-")
    if "".join(t.rstrip("s") for t in a) == "".join(t.rstrip("s") for t in b):
        return True
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and (set(a) <= set(b) or set(b) <= set(a))


# --- budget ------------------------------------------------------------------------------


def _budget(fiche: _Fiche) -> Budget | None:
    content = fiche.record.fields.get(FUNDS)
    if content is None:
        return None
    sentences = ((line, sentence) for line, text in fiche.lines_of(FUNDS)
                 for sentence in _sentences_of(text))
    return total_budget(FUNDS, content, sentences, table=is_table(content))
