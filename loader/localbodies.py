"""Communes and intercommunalités named in a text, resolved to official bodies.

The bodies are those of the official lists (`loader.localdata`: INSEE communes, DGCL EPCI,
Grand Paris EPT; `LocalBody`, `body_org` and `local_body` are importable from here too). A
name is only looked up among the bodies of one département (an EPCI belongs to the
départements of its member communes), so "Ville de Millau" is the commune 12145 in Aveyron
and nothing in Gers.

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

import itertools
import re
from dataclasses import dataclass
from functools import cache

from loader.localdata import DATA, KINDS, LocalBody, bodies_in, body_org, local_body
from ontology.keys import fold, fold_aligned

__all__ = [
    "DATA",
    "KINDS",
    "LocalBody",
    "LocalMention",
    "body_org",
    "find_local_bodies",
    "local_body",
    "resolve",
]

_TOKEN = re.compile(r"[^\W_]+")
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

# Words between a type and a name: the longest type, prepositions and articles.
_WINDOW = 6
_END = ""  # the key of a trie node's value ("" is never a token)
_AMBIGUOUS = None  # the value of a key two bodies share


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


@cache
def _index(departement_code: str) -> _Index:
    """The tries of département `departement_code` (built on first use)."""
    return _Index(bodies_in(departement_code))


def _tokens(text: str, folded: str, start: int = 0, limit: int | None = None
            ) -> list[tuple[str, int, int, str]]:
    """(key, start, end, word as written) of the words of `text` from offset `start`, at most
    `limit` of them; `folded` is `fold_aligned(text)`."""
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
    folded = fold_aligned(text)
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
    tokens = _tokens(name, fold_aligned(name))
    start = _skip(tokens, 0, _ARTICLES)
    if start == len(tokens):
        return None
    for found, end in (_match(index, tokens, start), _longest(index.communes, tokens, start),
                       _longest(index.epcis, tokens, start)):
        if isinstance(found, LocalBody) and end == len(tokens):
            return found
    return None
