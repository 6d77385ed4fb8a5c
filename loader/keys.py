"""Normalised keys for IRIs and matching: accents and case go, words stay."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "slug"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase `text` and strip its accents ("Élève" -> "eleve"), keeping everything else.

    >>> fold("Démocratie & Citoyenneté")
    'democratie & citoyennete'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    """An IRI-safe key: folded, every run of other characters replaced by one "-".

    >>> slug("Démocratie & citoyenneté")
    'democratie-citoyennete'
    >>> slug("  L'Ariège ")
    'l-ariege'
    """
    return _NON_ALNUM.sub("-", fold(text)).strip("-")
