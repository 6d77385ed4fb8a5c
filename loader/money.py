"""French money notations in free text, as decimals in EUR.

Fiches write amounts every way: "28 500 €", "12.500€", "3100€", "2 700 euros", "3k€",
"+/- 600€", "1 500,50 EUR". A number counts as money only with a currency mark; a bare
number on its own line (a budget table cell) is read with `parse_number`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Amount", "parse_amounts", "parse_number"]

# Thousands grouped by a space (also no-break spaces) or a dot, or plain digits; then cents.
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CURRENCY = r"€|euros?\b|eur\b"
_AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<number>{_NUMBER})\s?(?P<scale>[kKmM](?=\s?€))?\s?(?:{_CURRENCY})",
    re.IGNORECASE,
)
_BARE = re.compile(rf"^\W*(?P<number>{_NUMBER})\s?(?:{_CURRENCY})?\W*$", re.IGNORECASE)
# "30 € par trimestre", "40€/personne": a rate, not a sum.
_RATE = re.compile(
    r"\s*(?:/|(?:par|chaque|pour (?:chaque|un|une)) (?:an|année|mois|semaine|jour|trimestre|"
    r"séance|atelier|personne|participant|famille|enfant|panier|heure|bénéficiaire|foyer|"
    r"adhérent|repas|nuit|unité|tête|jeune|adulte|sortie|stage)s?\b|l'unité|chacun)",
    re.IGNORECASE,
)
_SCALES = {"k": Decimal(1000), "m": Decimal(1_000_000)}


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money found in a text: its value in EUR and where it is."""

    value: Decimal
    start: int
    end: int
    rate: bool = False


def parse_amounts(text: str) -> list[Amount]:
    """The amounts written with a currency in `text`, in order.

    `rate` is true for per-unit amounts ("40€/personne", "30€ par trimestre").

    >>> [str(a.value) for a in parse_amounts("Budget de 28 500 € dont 3k€ de la Caf")]
    ['28500', '3000']
    """
    found = []
    for match in _AMOUNT.finditer(text):
        value = _decimal(match["number"])
        if match["scale"]:
            value *= _SCALES[match["scale"].lower()]
        rate = bool(_RATE.match(text, match.end()))
        found.append(Amount(value, match.start(), match.end(), rate))
    return found


def parse_number(line: str) -> Decimal | None:
    """The amount of a line holding only a number ("4000", "22 470 €"), else None."""
    match = _BARE.match(line)
    return _decimal(match["number"]) if match else None


def _decimal(number: str) -> Decimal:
    """"12.500" -> 12500, "1 500,5" -> 1500.5, "12.5" -> 12.5."""
    digits = re.sub(r"[ \u00a0\u202f]", "", number)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", digits):
        digits = digits.replace(".", "")
    return Decimal(digits.replace(",", "."))
