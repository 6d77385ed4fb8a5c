"""Organisations named in French text: known funders, and bodies named after a type word.

Two data files drive it: `data/funders.csv` (canonical funders of social action with their
aliases, acronyms and full names) and `data/org_types.csv` (words that introduce a named body:
"Association Aurore", "Lycée Jean-Monnet", "CCAS Saint Girons"; its `place` column marks the
buildings and services named after a person or a place, whose name is no known body's:
"la médiathèque Croix-Rouge"). Matching is accent- and
case-insensitive on word boundaries, except the `cased` aliases of funders, which are common
nouns in lowercase ("état", "région", "commune") and count only capitalised.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from loader.native import PACKAGE_DIR
from loader.records import Org
from ontology.keys import fold, slug
from ontology.reference import departements

__all__ = ["Mention", "find_orgs", "funder", "is_generic", "known_funder", "may_open_mention",
           "org_key", "resolve", "type_heads"]

DATA = PACKAGE_DIR / "data"


@dataclass(frozen=True, slots=True)
class Mention:
    """An organisation found in a text, at `start:end`; `funder` for a gazetteer funder."""

    org: Org
    start: int
    end: int
    funder: bool
    scope: str = ""
    parent: str = ""


@dataclass(frozen=True, slots=True)
class _Funder:
    org: Org
    scope: str
    parent: str


@dataclass(frozen=True, slots=True)
class _Type:
    label: str
    kind: str
    alone: bool
    in_key: bool
    place: bool  # a building or service named after a person or place ("collège Jean-Moulin")


def _fold_char(char: str, *, lower: bool) -> str:
    """`char` without its accent (and lowercased): one character for one."""
    base = unicodedata.normalize("NFD", char)[0] if char.isalpha() else char
    return base.lower() if lower else base


def _matched_as(char: str, *, lower: bool) -> str:
    """A Latin-1 stand-in for a wider character that the patterns treat the same: its folded
    letter, "'" for the typographic apostrophe, a space for a space, else a neutral NUL."""
    folded = _fold_char(char, lower=lower)
    if folded.isascii():
        return folded
    if folded == "\u2019":
        return "'"
    return " " if folded.isspace() else "\x00"


@cache
def _latin1_table(*, lower: bool) -> bytes:
    return bytes(ord(_fold_char(chr(code), lower=lower)) for code in range(256))


def _wide_handler(*, lower: bool) -> str:
    """The name of a codec error handler that writes `_matched_as` for non-Latin-1 text."""
    name = f"maillage.fold-{'lower' if lower else 'cased'}"
    seen: dict[str, str] = {}

    def handle(error: UnicodeError) -> tuple[str, int]:
        if not isinstance(error, UnicodeEncodeError):  # the handler is only used to encode
            raise error
        wide = error.object[error.start:error.end]
        for char in wide:
            if char not in seen:
                seen[char] = _matched_as(char, lower=lower)
        return "".join(seen[char] for char in wide), error.end

    codecs.register_error(name, handle)
    return name


_HANDLERS = {lower: _wide_handler(lower=lower) for lower in (True, False)}


def _fold_keep(text: str, *, lower: bool = True) -> str:
    """`text` as the patterns see it, one character for one so offsets still hold: letters
    without accents (and lowercased); a wider character becomes a Latin-1 one the patterns
    treat alike (see `_matched_as`). Bytes tables make it C-speed: it runs on whole fiches."""
    if text.isascii():
        return text.lower() if lower else text
    # The typographic apostrophe is by far the most frequent wide character: swap it in C.
    latin1 = text.replace("\u2019", "'").encode("latin-1", _HANDLERS[lower])
    return latin1.translate(_latin1_table(lower=lower)).decode("latin-1")


def _pattern(alias: str, *, lower: bool) -> str:
    """A regex for `alias`: spaces and hyphens interchangeable, acronyms with optional dots."""
    text = _fold_keep(alias, lower=False)
    if re.fullmatch(r"[A-Z]{2,8}", text):
        letters = text.lower() if lower else text
        return r"\.?".join(re.escape(c) for c in letters) + r"\.?"
    text = text.lower() if lower else text
    parts = re.split(r"[\s\-]+", text)
    return r"[\s\-]+".join(re.escape(p).replace("'", r"['\u2019]\s*") for p in parts)


def _alternation(aliases: list[str], *, lower: bool, word_start: bool = True) -> str:
    """The aliases' patterns, longest first, grouped by first letter, with the word-start
    check: `re` then skips a position on one test instead of trying every alias. Capitals are
    rare: the check comes after the letter, and `re` skips to those letters. In lowercase text
    any letter may start an alias: the check comes first, and rejects a position inside a
    word before any letter is compared. At most one group can match at a position, so the
    order is kept."""
    ordered = sorted(set(aliases), key=len, reverse=True)
    check = "(?<![A-Za-z0-9].)" if word_start and not lower else ""
    groups: dict[str, list[str]] = {}
    for pattern in (_pattern(a, lower=lower) for a in ordered):
        head = pattern[:2] if pattern[0] == "\\" else pattern[:1]
        groups.setdefault(head, []).append(pattern[len(head):])
    body = "|".join(f"{head}{check}(?:{'|'.join(rests)})" for head, rests in groups.items())
    return f"(?<![a-z0-9])(?:{body})" if word_start and lower else body


def _compile(body: str, *, lower: bool, plural: bool = True) -> re.Pattern[str]:
    """`body` (from `_alternation`, which checks the start) as a whole word, maybe plural."""
    letter = "a-z0-9" if lower else "A-Za-z0-9"
    # "Caf'bèlè", "caf.fr": a word or a web address goes on after the apostrophe or the dot.
    return re.compile(rf"(?:{body}){'s?' if plural else ''}(?![{letter}]|['\u2019.][{letter}])")


@dataclass(frozen=True, slots=True)
class _FunderTable:
    entries: dict[str, _Funder]
    folded: dict[str, str]  # normalised alias -> key
    cased: dict[str, str]  # capitalised alias (accents stripped) -> key
    written: list[str]  # aliases as written, matched in any case
    capitalised: list[str]  # aliases as written, matched only capitalised


@cache
def _funder_table() -> _FunderTable:
    table = _FunderTable({}, {}, {}, [], [])
    with (DATA / "funders.csv").open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            key = row["key"]
            table.entries[key] = _Funder(Org(key, row["label"], row["kind"]), row["scope"],
                                         row["parent"])
            capitalised = [a for a in row["cased"].split("|") if a]
            for alias in [row["label"], *row["aliases"].split("|")]:
                # A label that is a common noun ("État") only counts capitalised.
                if alias and _norm(alias) not in {_norm(a) for a in capitalised}:
                    table.folded[_norm(alias)] = key
                    table.written.append(alias)
            for alias in capitalised:
                table.cased[_fold_keep(alias, lower=False)] = key
                table.capitalised.append(alias)
    # A département's council is also written by its number: "CD31", "CD 2A".
    for departement in departements():
        for alias in (f"CD{departement.code}", f"CD {departement.code}"):
            table.cased[_fold_keep(alias, lower=False)] = "conseil-departemental"
            table.capitalised.append(alias)
    return table


@cache
def _funders() -> tuple[dict[str, _Funder], list[tuple[re.Pattern[str], dict[str, str], bool]]]:
    """Funders by key, and (regex, alias -> key, lower) pairs to find them."""
    table = _funder_table()
    matchers = [
        (_compile(_alternation(table.written, lower=True), lower=True), table.folded, True),
        (_compile(_alternation(table.capitalised, lower=False), lower=False), table.cased,
         False)]
    return table.entries, matchers


@cache
def _type_rows() -> list[dict[str, str]]:
    with (DATA / "org_types.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@cache
def _types() -> tuple[dict[str, _Type], re.Pattern[str]]:
    """Type words (folded) and the regex that finds them."""
    types = {_norm(row["head"]): _Type(row["label"], row["kind"], row["alone"] == "yes",
                                       row["kind"] not in {"association"}, row["place"] == "yes")
             for row in _type_rows()}
    heads = [row["head"] for row in _type_rows()]
    # Plural type words name a group ("les associations de Puyricard"), not one body.
    return types, _compile(_alternation(heads, lower=True), lower=True, plural=False)


@cache
def _places() -> frozenset[str]:
    """The départements' and régions' names (as `_norm` gives them)."""
    return frozenset(_norm(name) for departement in departements()
                     for name in (departement.name, departement.region_name))


@cache
def _generic() -> frozenset[str]:
    lines = (DATA / "not_orgs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and line[0] != "#")


_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")


def _norm(text: str) -> str:
    """Folded, apostrophes unified, spaces and hyphens collapsed: the alias lookup key."""
    return " ".join(_SPACES_OR_HYPHENS.split(fold(text).replace("\u2019", "'").replace(".", "")))


def funder(key: str) -> Org:
    """The canonical funder of `key` (KeyError if unknown)."""
    return _funders()[0][key].org


@lru_cache(maxsize=4096)
def may_open_mention(word: str) -> bool:
    """Whether a lowercase `word` may open a body `find_orgs` finds: the first word of a type
    word ("ludothèque") or of a funder's lowercase alias ("mairie", "police municipale")."""
    folded = _norm(word).split()
    return bool(folded) and folded[0] in _opening_words()


@cache
def _opening_words() -> frozenset[str]:
    aliases = [*_funder_table().folded, *(_norm(row["head"]) for row in _type_rows())]
    return frozenset(alias.split()[0] for alias in aliases if alias)


def type_heads() -> list[tuple[str, str]]:
    """The type words that introduce a named body, with the kind of body: ("collège",
    "etablissement-scolaire"), ("association", "association")…"""
    return [(row["head"], row["kind"]) for row in _type_rows()]


def known_funder(org: Org) -> bool:
    """Whether `org` is one of the gazetteer's funders."""
    return org.key in _funders()[0]


def scope_of(key: str) -> str:
    """"departement", "region" or "" for funders that do not exist per territory."""
    found = _funders()[0].get(key)
    return found.scope if found else ""


@lru_cache(maxsize=4096)
def is_generic(name: str) -> bool:
    """True for words that look like a name but are not one ("les partenaires", "ALSH", the
    school grades "CP au CM2")."""
    key = _norm(name).strip(" .:;,")
    return key in _generic() or _GRADES.fullmatch(key) is not None


# School grades alone or as a span: "CP au CM2", "CE1 CE2", "6e à la 3e".
_GRADE = r"(?:cp|ce1|ce2|cm1|cm2|[3-6](?:e|eme)|seconde|premiere|terminale)"
_GRADES = re.compile(rf"(?:(?:du|de la|le|la|les)\s)?{_GRADE}(?:\s(?:au|a la|a|et)?\s?{_GRADE})*")


# After a type word: an optional lowercase adjective, then capitalised words joined by
# "de", "du", "d'"... ("Fédération nationale des Francas", "Mission locale du Pays d'Aix"),
# or a quoted name ("association « Les Fondus »").
_UPPER = r"[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]"
_WORD = rf"{_UPPER}[\w\u2019'\-]*"
_LINK = r"(?:de la|de l['\u2019]|d['\u2019]|de|du|des|la|le|les|l['\u2019]|en)"
# Words after a type word that start the sentence's next part, not an adjective of the type
# ("le centre social avec Conseil citoyen": the centre social is the structure itself).
_NOT_ADJECTIVE = ("avec|pour|par|dans|sur|sous|chez|vers|et|ou|qui|que|en|au|aux|a|à|de|du|des|"
                  "le|la|les|un|une|est|sont|ont")
_NAME = re.compile(
    rf"\s*(?:[«\"“]\s*(?P<quoted>{_UPPER}[^»\"”\n]{{1,60}}?)\s*[»\"”]"
    rf"|(?P<adjective>(?!(?:{_NOT_ADJECTIVE})\b)[a-zà-ÿ]+\s+)?(?P<plain>(?:{_LINK}\s*)?{_WORD}"
    rf"(?:(?:\s+(?:{_LINK}\s*)?|\s*&\s*|\s+et\s+){_WORD}|\s+\d+\b(?!\s?(?:€|%|euro)))*))"
)
_LEADING_LINK = re.compile(r"^(?:(?:de la|de|du|des|la|le|les)\s+|(?:de l|d|l)['\u2019]\s*)")
_LINK_AT = re.compile(_LEADING_LINK.pattern.removeprefix("^"))
_ACRONYM_AND = re.compile(rf"({_UPPER}{{2,}})\s+et\s+({_WORD}.*)$")
_AND_NAME = re.compile(rf"\s+et\s+(?P<plain>{_WORD}(?:\s+{_WORD})*)")


@lru_cache(maxsize=8192)
def find_orgs(text: str) -> tuple[Mention, ...]:
    """Funders (gazetteer) and named bodies (type word + name) in `text`, in order.

    Cached: funders and partners read the same sentences, and budget labels repeat.

    >>> [m.org.key for m in find_orgs("Subvention Caf et Msa, avec l'association Aurore.")]
    ['caf', 'msa', 'aurore']
    """
    lower = _fold_keep(text)
    named = _find_named(text, lower)
    funders = [f for f in _find_funders(text, lower)
               if not any(_place_named_after(text, m, f) for m in named)]
    named = [m for m in named if not any(f.start < m.end and m.start < f.end for f in funders)]
    return tuple(sorted(funders + named, key=lambda m: m.start))


def _place_named_after(text: str, place: Mention, funder: Mention) -> bool:
    """Whether `place` is a building or service whose name, right after its type word, is
    the known body `funder` names: "la médiathèque Croix-Rouge" (Reims' neighbourhood), not
    "la médiathèque de la Ville", which the town runs."""
    if not place.start < funder.start < funder.end <= place.end:
        return False
    kind = _types()[0].get(_norm(text[place.start:funder.start].strip()))
    return kind is not None and kind.place


def _find_funders(text: str, folded: str) -> list[Mention]:
    """The gazetteer's funders in `text` (`folded` is its `_fold_keep`)."""
    entries, matchers = _funders()
    found: list[Mention] = []
    for regex, aliases, lower in matchers:
        haystack = folded if lower else _fold_keep(text, lower=False)
        for match in regex.finditer(haystack):
            # Looked up by the text as written: the folded text stands a NUL for "œ".
            alias = text[match.start():match.end()] if lower else match.group(0)
            key = aliases.get(_norm(alias)) or aliases.get(_norm(alias[:-1])) if lower else (
                aliases.get(alias) or aliases.get(alias[:-1]))
            if key is None:
                continue
            entry = entries[key]
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(Mention(entry.org, match.start(), match.end(), True, entry.scope,
                                     entry.parent))
    return found


def _find_named(text: str, folded: str) -> list[Mention]:
    """Bodies named after a type word in `text` (`folded` is its `_fold_keep`)."""
    types, regex = _types()
    found: list[Mention] = []
    for match in regex.finditer(folded):
        kind = types.get(_norm(match.group(0)))
        if kind is None or (found and match.start() < found[-1].end):
            continue
        name = _NAME.match(text, match.end())
        if name and _unit_of(name, folded, regex):
            continue  # "la maternité du Centre hospitalier X": the hospital is the body
        cut = _next_body(text, name, folded, two_words=kind.in_key) if name else None
        if cut is not None:  # the next body is found on its own
            name = _NAME.match(text, match.end(), cut)
        names = _names(text, name, more=not kind.in_key and cut is None) if name else []
        if name is None or not names:
            if kind.alone:
                found.append(Mention(Org(slug(kind.label), kind.label, kind.kind),
                                     match.start(), match.end(), False))
            continue
        for index, (value, end) in enumerate(names):
            # The first name keeps its type word ("Association Aurore"); a second one after
            # "et" ("association ALIF et Mosaïque") is only itself.
            label = _capitalise(text[match.start():end] if index == 0 and end == name.end()
                                else value)
            # "Association Aurore" is Aurore, the "Fédération nationale des Francas" the
            # Francas; the "Protection civile du Jura" is not the Jura
            key = slug(f"{kind.label} {name['adjective'] or ''} {value}") \
                if kind.in_key or _norm(_LEADING_LINK.sub("", value)) in _places() \
                else org_key(_LEADING_LINK.sub("", value))
            found.append(Mention(Org(key, label, kind.kind), match.start(), end, False))
    return found


def _unit_of(name: re.Match[str], folded: str, heads: re.Pattern[str]) -> bool:
    """Whether the name after a type word is another body's, of which the first is a unit:
    "maternité du Centre hospitalier Sud Francilien"."""
    plain = name.start("plain")
    link = _LINK_AT.match(folded, plain) if plain >= 0 else None
    return link is not None and heads.match(folded, link.end()) is not None


def _next_body(text: str, name: re.Match[str], folded: str, *, two_words: bool) -> int | None:
    """Where a name that runs over "et" stops because another body starts there: a type word
    and its name, a known funder, an acronym ("ludothèque Pierre et Terre et AFEV"), or with
    `two_words`, any name after two words ("ludothèque Le Tremplin et Unis-Cité"). "Mission
    locale de Meaux" in "la Mission locale de Meaux et l'EHPAD Les Lucioles", where "Parents
    et Voisins" and "association Parents Solos et Compagnie" run on."""
    heads, known = _types()[1], _funders()[1][0][0]
    for joined in _AND_ARTICLE.finditer(folded, name.start(), name.end()):
        head = heads.match(folded, joined.end())
        if (head and _NAME.match(text, head.end())) or known.match(folded, joined.end()) \
                or _ACRONYM.match(text, joined.end()) \
                or (two_words and name["plain"] is not None
                    and len(text[name.start("plain"):joined.start()].split()) >= 2):
            return joined.start()
    return None


_ACRONYM = re.compile(rf"{_UPPER}{{2,}}\b")


# "et", and an article, inside a name: where another name may start.
_AND_ARTICLE = re.compile(r"\s+et\s+(?:(?:la|le|les)\s+|l')?")


def _names(text: str, match: re.Match[str], *, more: bool) -> list[tuple[str, int]]:
    """The name after a type word, and with `more`, names joined by "et" ("association ALIF
    et Mosaïque")."""
    value = match["quoted"] or match["plain"]
    if is_generic(value):
        return []
    # "association ALIF et Mosaïque": after an acronym, "et" starts another name.
    acronym_and = _ACRONYM_AND.match(value.strip())
    if acronym_and:
        return [(acronym_and[1], match.start("plain") + len(acronym_and[1])),
                (acronym_and[2], match.end())]
    names = [(value.strip(), match.end())]
    joined = _AND_NAME.match(text, match.end()) if more else None
    if joined and not is_generic(joined["plain"]):
        names.append((joined["plain"], joined.end()))
    return names


def _capitalise(label: str) -> str:
    return label[:1].upper() + label[1:]


_LEADING = re.compile(r"^(?:(?:l|la|le|les|the|association|asso|federation)\b[\s'\u2019]*)+")


def org_key(name: str) -> str:
    """The key of a named organisation: its slug, without leading articles or "association".

    >>> org_key("L'association « Les Fondus »")
    'fondus'
    >>> org_key("La Fédération")
    'la-federation'
    """
    key = slug(_LEADING.sub("", fold(name).replace("«", " ").replace("»", " ").strip()))
    return key or slug(name)  # "La Fédération" alone keeps its words: an IRI needs a key


def resolve(name: str) -> Org:
    """The organisation a name denotes: a known funder or typed body if it names one, else
    an organisation keyed on the name itself."""
    found = find_orgs(name)
    if found and found[0].start == 0:
        return found[0].org
    return Org(org_key(name), name.strip(), "autre")
