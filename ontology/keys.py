"""Normalised keys for IRIs and matching: accents and case go, words stay."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "slug"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# The Unicode blocks of combining marks: what NFKD splits off accented letters.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Lowercase `text` and strip its accents ("Élève" -> "eleve"), keeping everything else.

    Hot in extraction: ASCII text takes a fast path, the rest one C-level regex pass.

    >>> fold("Démocratie & Citoyenneté")
    'democratie & citoyennete'
    >>> fold("L’Œuvre ﬁnancée")
    'l’œuvre financee'
    """
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()


def slug(text: str) -> str:
    """An IRI-safe key: folded, every run of other characters replaced by one "-".

    >>> slug("Démocratie & citoyenneté")
    'democratie-citoyennete'
    >>> slug("  L'Ariège ")
    'l-ariege'
    """
    return _NON_ALNUM.sub("-", fold(text)).strip("-")
