"""Normalised keys for IRIs and matching: accents and case go, words stay."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["fold", "fold_aligned", "slug"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# The Unicode blocks of combining marks: what NFKD splits off accented letters.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Lowercase `text` and strip its accents ("Élève" -> "eleve"), keeping everything else.

    Hot in extraction: ASCII text takes a fast path, Latin-1 text (two thirds of the
    sentences of French fiches) a byte table, the rest one C-level regex pass.

    >>> fold("Démocratie & Citoyenneté")
    'democratie & citoyennete'
    >>> fold("L’Œuvre ﬁnancée")
    'l’œuvre financee'
    """
    if text.isascii():
        return text.lower()
    if _NOT_BYTEWISE.search(text) is None:
        return text.encode("latin-1").translate(_LATIN1_FOLDED).decode("latin-1")
    return _fold(text)


def fold_aligned(text: str) -> str:
    """`fold` one character for one, so that an offset in it is the same offset in `text`
    (patterns run on the folded text, names are read in the text): a character that folds
    to several or to none (a ligature, a fraction, a combining accent) stays as it is.

    >>> fold_aligned("Élève"), fold_aligned("ﬁnancé par la Ville"), fold_aligned("e\u0301te\u0301")
    ('eleve', 'ﬁnance par la ville', 'e\u0301te\u0301')
    """
    if all(len(fold(char)) == 1 for char in set(_MAYBE_UNEVEN.findall(text))):
        return fold(text)  # every character folds to one: the whole text folds in place
    return "".join(_fold_one(char) for char in text)


@cache
def _fold_one(char: str) -> str:
    """`char` folded if it folds to one character, else `char` itself."""
    folded = fold(char)
    return folded if len(folded) == 1 else char


def _fold(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()


# Each Latin-1 character folds to one Latin-1 character, on its own as in any text (its
# decomposition is a letter and at most one mark, and Latin-1 holds no Greek sigma), but
# for four: "µ" folds to Greek "μ" and the fractions "¼½¾" to three characters. A text of
# the others folds byte by byte.
_NOT_BYTEWISE = re.compile("[^\x00-\xb4\xb6-\xbb\xbf-\xff]")
# Characters that may fold to several or to none: beyond those of `_NOT_BYTEWISE`, the
# typographic marks of French text, which fold to one (quotes, dashes, bullet, "œ", "€", the
# narrow no-break space), need not be looked at one by one.
_ONE_FOR_ONE = "\u2018\u2019\u201c\u201d\u2013\u2014\u2022\u0152\u0153\u202f\u20ac"
_MAYBE_UNEVEN = re.compile(f"[^\x00-\xb4\xb6-\xbb\xbf-\xff{_ONE_FOR_ONE}]")
_LATIN1_FOLDED = bytes(ord(_fold(chr(code))) if _NOT_BYTEWISE.search(chr(code)) is None else code
                       for code in range(256))


def slug(text: str) -> str:
    """An IRI-safe key: folded, every run of other characters replaced by one "-".

    >>> slug("Démocratie & citoyenneté")
    'democratie-citoyennete'
    >>> slug("  L'Ariège ")
    'l-ariege'
    >>> slug("Restos du cœur") == slug("Restos du coeur")
    True
    """
    folded = fold(text)
    if not folded.isascii():
        folded = folded.translate(_LIGATURES)
    return _NON_ALNUM.sub("-", folded).strip("-")


# Letters written either way ("cœur", "coeur"): spelt out, so both spellings give one key.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})
