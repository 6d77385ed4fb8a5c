"""Communes and intercommunalités named in a text, resolved to official bodies.

The official lists (INSEE communes, DGCL EPCI, Grand Paris EPT) come from the npm package
`@etalab/decoupage-administratif`, vendored as `data/local-bodies.tsv.gz` by
`scripts/vendor_local_bodies.py`. A name is only looked up among the bodies of one
département (an EPCI belongs to the départements of its member communes), so "Ville de
Millau" is the commune 12145 in Aveyron and nothing in Gers.

A commune is found after a word that names it as a body ("Commune de", "Ville de", "mairie
de", "municipalité de", "conseil municipal de"): a bare place name is a place, not a funder.
An intercommunalité is found after its type ("Communauté de communes", "CC", "Communauté
d'agglomération", "CA", "Agglo", "Communauté urbaine", "CU", "Métropole") or by a name that
says what it is on its own ("Toulouse Métropole", "Grand Cahors", "Plaine Commune").
Accents, case, hyphens, apostrophes, "St"/"Ste" and leading articles only matter in keys.

>>> [(m.text, m.body.key) for m in find_local_bodies(
...     "Subvention de Toulouse Métropole et de la mairie de Toulouse", "31")]
[('Toulouse Métropole', 'epci-243100518'), ('mairie de Toulouse', 'commune-31555')]
>>> resolve("Communauté de communes Armagnac-Adour", "32").name
'CC Armagnac Adour'
>>> body_org(resolve("Ville de Millau", "12"))
Org(key='commune-12145', label='Commune de Millau', kind='collectivite')
>>> resolve("Ville de Millau", "32") is None
True
"""

from __future__ import annotations

import bisect
import gzip
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from loader.records import Org
from ontology.keys import fold
from ontology.namespace import ID

__all__ = [
    "KINDS",
    "LocalBody",
    "LocalMention",
    "body_org",
    "find_local_bodies",
    "local_body",
    "resolve",
]

DATA = Path(__file__).resolve().parent / "data" / "local-bodies.tsv.gz"

# Kinds of bodies: the commune, then the intercommunalités (EPCI à fiscalité propre and EPT).
KINDS = ("commune", "cc", "ca", "cu", "metropole", "ept")

_TOKEN = re.compile(r"[^\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
_ARTICLES = frozenset({"le", "la", "les", "l"})
_PREPOSITIONS = frozenset({"de", "d", "du", "des"})
_LINKS = _ARTICLES | _PREPOSITIONS
# Words that name a commune as a body, and the types that introduce an intercommunalité.
_COMMUNE_WORDS = ("commune", "ville", "mairie", "municipalite", "conseil municipal")
_EPCI_WORDS = ("communaute de communes", "communaute des communes",
               "communaute d agglomeration", "communaute urbaine", "communaute", "cc", "ca",
               "cu", "agglomeration", "agglo", "metropole", "eurometropole", "ept",
               "etablissement public territorial")
# Abbreviated types, only in capitals: "ça" and "cu" are French words.
_CAPITALS = frozenset({"cc", "ca", "cu", "ept"})
# A name with one of these words says on its own that it is an intercommunalité.
_SELF_NAMING = frozenset({"metropole", "eurometropole", "agglomeration", "agglo", "communaute",
                          "grand"})
_SYNONYMS = {"agglomeration": ("agglo",), "agglo": ("agglomeration",)}
_EPCI_PREFIX = {"CC": "Communauté de communes", "CA": "Communauté d'agglomération",
                "CU": "Communauté urbaine"}

# Words between a type and a name: the longest type, prepositions and articles.
_WINDOW = 6
_END = ""  # the key of a trie node's value ("" is never a token)
_AMBIGUOUS = None  # the value of a key two bodies share


class LocalBody(NamedTuple):
    """A commune (INSEE code) or an intercommunalité (SIREN), as in the official lists.

    `kind` is one of `KINDS`; `departement_codes` are the commune's département, or those of
    the intercommunalité's member communes. A NamedTuple: the data file makes 36,000 of them,
    several times faster than a dataclass.
    """

    code: str
    name: str
    kind: str
    departement_codes: tuple[str, ...]

    @property
    def key(self) -> str:
        """The body's key, e.g. "commune-12145" or "epci-243100518" (EPT included)."""
        return f"{self._path}-{self.code}"

    @property
    def iri(self) -> str:
        """The body's IRI, e.g. `https://w3id.org/maillage/id/commune/12145`."""
        return f"{ID}{self._path}/{self.code}"

    @property
    def _path(self) -> str:
        return "commune" if self.kind == "commune" else "epci"


@dataclass(frozen=True, slots=True)
class LocalMention:
    """A local body named in a text: `text` is the text's `[start:end]`, as written."""

    start: int
    end: int
    text: str
    body: LocalBody


class _Index:
    """The tries of one département: commune names (after "Commune de"…), intercommunalité
    names (after their type), and names that say on their own they are intercommunalités."""

    def __init__(self, bodies: list[LocalBody]) -> None:
        self.communes: dict = {}
        self.epcis: dict = {}
        self.bare: dict = {}
        for body in bodies:
            if body.kind == "commune":
                _add(self.communes, _name_key(body.name), body)
            else:
                self._add_epci(body)
        # The words a name can start at, as the pattern finds them in a folded text ("St"
        # included; not after a hyphen: "centre-ville de Rodez" is no commune): a text is only
        # read word by word from them, `window` words at most.
        starts = _COMMUNE_TRIE.keys() | _EPCI_TRIE.keys() | self.bare.keys()
        spellings = {*starts, *(short for short, long in _ABBREVIATIONS.items()
                                if long in starts)}
        spellings |= {word.replace("oe", "œ").replace("ae", "æ") for word in spellings}
        self.pattern = re.compile(
            rf"(?<![^\W_])(?<!-)(?:{'|'.join(sorted(map(re.escape, spellings)))})(?![^\W_])")
        self.window = _WINDOW + max(map(_depth, (self.communes, self.epcis, self.bare)))

    def _add_epci(self, body: LocalBody) -> None:
        """Keys of an intercommunalité: its name without type, preposition and article, with
        and without a trailing type ("Toulouse Métropole" gives "toulouse metropole" and
        "toulouse"); and the keys that name it alone: a self-naming full name or core, an
        acronym in parentheses, an EPT's name (none starts with an article: "Le Grand
        Narbonne" is found from "Grand")."""
        name, acronyms = _split_acronyms(body.name)
        words = tuple(_words(name))
        if words[:1] in (("cc",), ("ca",), ("cu",)):
            words = words[1:]
        core = _strip_article(_without_type(words))
        variants = {core, *_trailing_variants(core)}
        for key in variants:
            _add(self.epcis, key, body)
        for key in variants | {words}:
            if (_SELF_NAMING.intersection(key) or body.kind == "ept") and key[0] not in _LINKS:
                _add(self.bare, key, body)
        for key in acronyms:
            _add(self.bare, key, body)


def _trailing_variants(core: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`core` without its trailing type, and with its synonym: "rodez agglomeration" gives
    "rodez" and "rodez agglo"."""
    if len(core) < 2 or core[-1] not in _SELF_NAMING:
        return []
    return [core[:-1], *((*core[:-1], synonym) for synonym in _SYNONYMS.get(core[-1], ()))]


def _split_acronyms(name: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """`name` without its parentheses, and their content as keys: "CC X (CCX)" gives "CC X"
    and (("ccx",),)."""
    acronyms = tuple(tuple(_words(found)) for found in _PARENTHESIS.findall(name))
    return _PARENTHESIS.sub("", name), tuple(key for key in acronyms if key)


def _key(token: str) -> str:
    """A token's matching key: folded, ligatures and "St"/"Ste" spelt out."""
    return _spelt_out(fold(token))


def _spelt_out(folded: str) -> str:
    """A folded token with its ligatures and "St"/"Ste" spelt out."""
    if not folded.isascii():
        folded = folded.replace("œ", "oe").replace("æ", "ae")
    return _ABBREVIATIONS.get(folded, folded)


def _words(text: str) -> list[str]:
    return [_key(match.group()) for match in _TOKEN.finditer(text)]


def _strip_article(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` without leading prepositions and articles ("de la", "du", "l'")."""
    start = 0
    while start < len(words) - 1 and words[start] in _LINKS:
        start += 1
    return tuple(words[start:])


def _without_type(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` without a leading type ("Métropole du Grand Paris" gives "du grand paris")."""
    found, end = _longest(_EPCI_TRIE, [(word,) for word in words], 0)
    return words[end:] if found and end < len(words) else words


def _name_key(name: str) -> tuple[str, ...]:
    """A commune's key: its words without a leading article ("Le Havre" gives ("havre",))."""
    words = _words(name)
    return tuple(words[1:]) if len(words) > 1 and words[0] in _ARTICLES else tuple(words)


def _add(trie: dict, key: tuple[str, ...], body: LocalBody) -> None:
    """Put `body` at `key` in `trie`; a key already holding another body becomes ambiguous."""
    if not key:
        return
    node = trie
    for word in key:
        node = node.setdefault(word, {})
    node[_END] = body if node.get(_END, body) == body else _AMBIGUOUS


def _depth(trie: dict) -> int:
    """The number of words of the longest key of `trie`."""
    return max((1 + _depth(node) for word, node in trie.items() if word != _END), default=0)


def _trie(phrases: tuple[str, ...]) -> dict:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[_END] = True
    return trie


_COMMUNE_TRIE = _trie(_COMMUNE_WORDS)
_EPCI_TRIE = _trie(_EPCI_WORDS)


class _Data(NamedTuple):
    """The data file: its sorted lines (communes are parsed on demand, found by bisection on
    their INSEE code) and its intercommunalités (parsed at once) by SIREN and by département
    code."""

    lines: list[str]
    epcis: dict[str, LocalBody]
    epcis_in: dict[str, list[LocalBody]]


@cache
def _data() -> _Data:
    """The data file, read once per process."""
    lines = gzip.decompress(DATA.read_bytes()).decode("utf-8").split("\n")[1:-1]
    communes = slice(bisect.bisect_left(lines, "commune\t"), _after(lines, "commune\t"))
    epcis: dict[str, LocalBody] = {}
    epcis_in: dict[str, list[LocalBody]] = defaultdict(list)
    for line in [*lines[:communes.start], *lines[communes.stop:]]:
        body = _body(line)
        epcis[body.code] = body
        for departement in body.departement_codes:
            epcis_in[departement].append(body)
    return _Data(lines, epcis, dict(epcis_in))


def _body(line: str) -> LocalBody:
    kind, code, name, departements = line.split("\t")
    return LocalBody(code, name, kind, tuple(departements.split("|")))


def _communes(prefix: str) -> list[LocalBody]:
    """The communes whose INSEE code starts with `prefix` (a département's, or a whole code)."""
    lines = _data().lines
    start = bisect.bisect_left(lines, f"commune\t{prefix}")
    return [_body(line) for line in lines[start:_after(lines, f"commune\t{prefix}", start)]]


def _after(lines: list[str], prefix: str, start: int = 0) -> int:
    """The index after the sorted `lines` that start with `prefix` (ASCII, tab-separated)."""
    return bisect.bisect_left(lines, f"{prefix}\uffff", start)


@cache
def _index(departement_code: str) -> _Index:
    """The tries of département `departement_code` (built on first use)."""
    data = _data()
    return _Index([*_communes(departement_code), *data.epcis_in.get(departement_code, [])])


def local_body(key: str) -> LocalBody | None:
    """The body of key `key` ("commune-12145", "epci-243100518"), None for any other key.

    >>> local_body("epci-200035632").departement_codes
    ('32',)
    >>> local_body("commune-12145").name
    'Millau'
    >>> local_body("caf-32") is None
    True
    """
    path, _, code = key.partition("-")
    if path == "commune" and len(code) == 5:
        found = _communes(code)
        return found[0] if found else None
    return _data().epcis.get(code) if path == "epci" else None


def _folded(text: str) -> str:
    """`text` folded with its length kept, so that offsets in it are offsets in `text`: a
    character that folds to several (a ligature) stays as it is."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return _NON_ASCII.sub(lambda match: _fold_char(match.group()), text).lower()


@cache
def _fold_char(char: str) -> str:
    """`char` folded if it folds to one character, else `char` ("…", "ﬁ")."""
    key = fold(char)
    return key if len(key) == 1 else char


def _tokens(text: str, folded: str, start: int = 0, limit: int | None = None
            ) -> list[tuple[str, int, int, str]]:
    """(key, start, end, word as written) of the words of `text` from offset `start`, at most
    `limit` of them; `folded` is `_folded(text)`."""
    return [(_spelt_out(m.group()), m.start(), m.end(), text[m.start():m.end()])
            for m in itertools.islice(_TOKEN.finditer(folded, start), limit)]


def _longest(trie: dict, tokens: list, start: int) -> tuple[object, int]:
    """The value of the longest key of `trie` at `tokens[start:]` and where it ends, or
    (None, start)."""
    node, found, end = trie, None, start
    for position in range(start, len(tokens)):
        child = node.get(tokens[position][0])
        if child is None:
            break
        node = child
        if _END in node:
            found, end = node[_END], position + 1
    return found, end


def _ends(trie: dict, tokens: list, start: int) -> list[int]:
    """Where the keys of `trie` found at `tokens[start:]` end, longest first."""
    node, ends = trie, []
    for position in range(start, len(tokens)):
        key, _, _, word = tokens[position]
        child = node.get(key)
        if child is None or (position == start and key in _CAPITALS and not word.isupper()):
            break
        node = child
        if _END in node:
            ends.append(position + 1)
    return ends[::-1]


def _after_type(words: dict, names: dict, tokens: list, start: int, *, preposition: bool
                ) -> tuple[object, int]:
    """The body of `names` named after a word of `words` at `tokens[start]` ("Ville de
    Millau", "CC Armagnac Adour"), or (None, start). Prepositions and articles between them
    are skipped; with `preposition`, one is required ("Ville de X", not "Ville X")."""
    for end in _ends(words, tokens, start):
        position = _skip(tokens, end, _PREPOSITIONS)
        if preposition and position == end:
            continue
        body, stop = _longest(names, tokens, _skip(tokens, position, _ARTICLES))
        if body is not None:
            return body, stop
    return None, start


def _skip(tokens: list, position: int, words: frozenset[str]) -> int:
    """The first position from `position` whose token is not in `words`."""
    while position < len(tokens) and tokens[position][0] in words:
        position += 1
    return position


def _match(index: _Index, tokens: list, start: int) -> tuple[object, int]:
    """The body named at `tokens[start]` and the end of its name, or (None, start). A name
    without its type must start with a capital ("Grand Lieu", not "un grand lieu")."""
    body, end = _after_type(_COMMUNE_TRIE, index.communes, tokens, start, preposition=True)
    if body is None:
        body, end = _after_type(_EPCI_TRIE, index.epcis, tokens, start, preposition=False)
    if body is None and tokens[start][3][:1].isupper():
        body, end = _longest(index.bare, tokens, start)
    return body, end


def find_local_bodies(text: str, departement_code: str) -> list[LocalMention]:
    """The communes and intercommunalités of département `departement_code` named in `text`,
    in order, without overlaps. Time linear in the text's length: one regex pass over the
    folded text finds the words a name can start at (most texts have none), and the words
    from each of them are matched against the département's tries, a bounded number.

    >>> for m in find_local_bodies(
    ...         "avec la Communauté de Communes Armagnac Adour et la CC du Bas Armagnac", "32"):
    ...     print(m.start, m.end, m.text, "->", m.body.name)
    8 45 Communauté de Communes Armagnac Adour -> CC Armagnac Adour
    52 70 CC du Bas Armagnac -> CC du Bas Armagnac
    """
    index = _index(departement_code)
    folded = _folded(text)
    found: list[LocalMention] = []
    for hit in index.pattern.finditer(folded):
        if found and hit.start() < found[-1].end:
            continue
        tokens = _tokens(text, folded, hit.start(), index.window)
        body, end = _match(index, tokens, 0)
        if isinstance(body, LocalBody):
            start, stop = tokens[0][1], tokens[end - 1][2]
            found.append(LocalMention(start, stop, text[start:stop], body))
    return found


def resolve(name: str, departement_code: str) -> LocalBody | None:
    """The body of département `departement_code` that `name` (already cut by the extractor)
    names as a whole: "Ville de Millau", "Toulouse Métropole", "la mairie de Rodez", or a
    bare commune or intercommunalité name ("Millau", "Armagnac Adour"); None if none.

    >>> resolve("la mairie de St-Affrique", "12").code
    '12208'
    >>> resolve("Millau", "12").name
    'Millau'
    """
    index = _index(departement_code)
    tokens = _tokens(name, _folded(name))
    start = _skip(tokens, 0, _ARTICLES)
    if start == len(tokens):
        return None
    for found, end in (_match(index, tokens, start), _longest(index.communes, tokens, start),
                       _longest(index.epcis, tokens, start)):
        if isinstance(found, LocalBody) and end == len(tokens):
            return found
    return None


def _commune_label(name: str) -> str:
    """ "Commune de Millau", "Commune du Havre", "Commune des Abymes", "Commune d'Auch"."""
    if name.startswith("Le "):
        return f"Commune du {name[3:]}"
    if name.startswith("Les "):
        return f"Commune des {name[4:]}"
    if fold(name[:1]) in "aeiouyh":
        return f"Commune d'{name}"
    return f"Commune de {name}"


def body_org(body: LocalBody) -> Org:
    """The `Org` to put in `Funding.body` / `Partnership.body` for `body`: key from its code,
    label a reader recognises, kind "collectivite" (org-kind scheme).

    >>> body_org(resolve("CC Armagnac Adour", "32")).label
    'Communauté de communes Armagnac Adour'
    >>> body_org(resolve("Commune du Havre", "76")).label
    'Commune du Havre'
    """
    if body.kind == "commune":
        label = _commune_label(body.name)
    else:
        prefix, _, rest = body.name.partition(" ")
        label = f"{_EPCI_PREFIX[prefix]} {rest}" if prefix in _EPCI_PREFIX else body.name
    return Org(body.key, label, "collectivite")
