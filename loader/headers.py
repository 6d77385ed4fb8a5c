"""The header lines of a SENACS export, and how the parser recognises them.

A line's normal form (`normal_form`) is what the parser compares: headers match after folding
case, spaces and apostrophes (`fold`), and most lines, which cannot be headers, get `TEXT` at
once.
Each page layout (`NEW`, today's export; `OLD`, the senacs.fr pages of 2012–2014) maps its
header lines to field keys; `OPENERS` are the headers that open a fiche after `Actions`.

>>> normal_form("- Statut  de l’action :") == normal_form("- Statut de l'action")
True
>>> NEW.key(normal_form("- Statut de l'action"))
'status'
>>> OLD.key(normal_form("Publié par : la fédération"))
'publisher'
>>> normal_form("Une phrase ordinaire.") is TEXT
True
"""

from __future__ import annotations

import re
from typing import NamedTuple

from loader.records import ACTIONS, FIELDS, LEGACY_FIELDS, PAGE_HEADER

__all__ = ["ACTIONS_NORM", "HEADER_MAX", "LOOKALIKES", "NEW", "OLD", "OPENERS",
           "PAGE_HEADER_NORM", "TEXT", "Layout", "bare", "fold", "normal_form"]

# No header is longer; longer lines are never normalised, which keeps a huge line cheap.
HEADER_MAX = 200
_LEADING = " \t\u00a0\u202f-"  # what may come before a header's first word
TEXT = "\x00"
"""The normal form of a line that is text: matches nothing (NUL never survives decoding)."""
# Typographic apostrophes (and the ellipsis) as typed on a keyboard; headers are matched in
# this form, with spaces around their punctuation taken out ("action :" is "action:").
_FOLD = re.compile("[\u2018\u2019\u02bc`\u00b4\u2026]| (?=[:?)])|(?<=\\() ")
_FOLDED = {"\u2026": "..."}


def normal_form(text: str) -> str:
    """`text` folded for header matching (see `fold`), or `TEXT` for a line that cannot be a
    header nor look like one: the fast path of the parser, taken by most lines."""
    exact = _EXACT.get(text)
    if exact is not None:  # a header as the export writes it
        return exact
    if len(text) > HEADER_MAX:
        return TEXT
    start = text.lstrip(_LEADING)[:4]
    if not start:
        return TEXT if text.strip() else ""
    if start.casefold() not in _STARTS:
        return TEXT
    return fold(text)


def fold(text: str) -> str:
    """`text` folded: case, apostrophes, runs of spaces, spaces around punctuation and the
    trailing one, "-x" as "- x"."""
    folded = " ".join(text.split()).casefold()
    if _FOLD.search(folded):
        folded = _FOLD.sub(lambda match: _FOLDED.get(match[0], "'" if match[0].strip() else ""),
                           folded)
    if folded.startswith("-") and len(folded) > 1 and folded[1] != " ":
        folded = "- " + folded[1:]
    return folded.rstrip(" :?.")


def bare(normal: str) -> str:
    """A header's words alone, without the leading "- "."""
    return normal.removeprefix("- ")


class Layout(NamedTuple):
    """One page layout: header lines (normalised) → field key, and the key of its last field."""

    headers: dict[str, str]
    prefixed: tuple[tuple[str, str], ...]  # (header, key) matched as a prefix of the line
    last: str
    name: str

    def key(self, normal: str) -> str | None:
        """The field `normal` opens, if it is one of this layout's headers."""
        found = self.headers.get(normal)
        if found is None:
            for header, key in self.prefixed:
                if normal.startswith(header):
                    return key
        return found

    def header(self, key: str) -> str:
        """The header line of field `key`, as the export writes it."""
        return (LEGACY_FIELDS if self is OLD else FIELDS)[key]


NEW = Layout({fold(h): k for k, h in FIELDS.items()}, (), "perspectives", "today's layout")
OLD = Layout({fold(h): k for k, h in LEGACY_FIELDS.items()},
             tuple((fold(LEGACY_FIELDS[k]), k) for k in ("impacts", "publisher")),
             "publisher", "the 2012–2014 layout")
OPENERS = {fold(FIELDS["structure"]): NEW, fold(LEGACY_FIELDS["structure"]): OLD,
           fold(LEGACY_FIELDS["themes"]): OLD}
"""What opens a fiche (within two lines of `Actions`), and in which layout."""
LOOKALIKES = {bare(fold(h)): h for h in [*FIELDS.values(), *LEGACY_FIELDS.values()]}
"""Headers of both layouts by their bare words: a line with these words is a near miss."""
# The first four characters (after any "-") of every line the parser must see whole.
_STARTS = {words[:4] for words in LOOKALIKES} | {"acti", "les ", "nom ", "nom|"}
# The normal form of the lines the export repeats in every fiche, looked up as they are.
_EXACT = {line: fold(line) for line in [*FIELDS.values(), *LEGACY_FIELDS.values(), ACTIONS,
                                        PAGE_HEADER, ""]}
ACTIONS_NORM = _EXACT[ACTIONS]
PAGE_HEADER_NORM = _EXACT[PAGE_HEADER]
