"""French money notations in free text, as decimals in EUR.

Fiches write amounts every way: "28 500 €", "12.500€", "3100€", "2 700 euros", "3k€",
"2,5 k€", "5000 e", "2 500 EUR", "4 200,00 €", "deux mille euros", "entre 2 000 et 2 500 €".
A number counts as money only with a currency mark; a bare number on its own line (a budget
table cell) is read with `parse_number`. Number words go through `text_to_num`, which knows
French numerals better than any list we would keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

__all__ = ["Amount", "has_money", "parse_amounts", "parse_number"]

# Thousands grouped by a space (also no-break spaces) or a dot, or plain digits; then cents.
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?"
# "e" alone is a euro only after a number of three digits or more ("5000 e", not "2e").
_CURRENCY = r"€|euros?\b|eur\b|(?<=\d{3} )e(?![\w'\u2019])|(?<=\d{3})e(?![\w'\u2019])"
_WORDS = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
          r"trente|quarante|cinquante|soixante|cent|cents|mille)")
_AMOUNT = re.compile(
    rf"(?<![\d.,])(?:(?P<number>{_NUMBER})|(?P<words>{_WORDS}(?:[\s-]+(?:et[\s-]+)?{_WORDS})*))"
    rf"\s?(?P<scale>[kK](?=\s?€))?\s?(?:{_CURRENCY})",
    re.IGNORECASE,
)
# "entre 2 000 et 2 500 €", "entre 3 et 4 k€", "de 9 000 à 10 000 €", "500 à 800 €": the
# first bound has no currency of its own.
_RANGE_START = re.compile(
    rf"(?:(?:entre|de)\s+(?P<low>{_NUMBER})\s*(?P<scale>[kK]€?)?\s*(?:€\s*)?(?:et|à|a)|"
    rf"(?:^|[\s:(])(?P<bare>{_NUMBER})\s*(?P<bare_scale>[kK]€?)?\s*(?:€\s*)?(?:à|a))\s+$",
    re.IGNORECASE)
_BARE = re.compile(rf"^\W*(?P<number>{_NUMBER})\s?(?:{_CURRENCY})?\W*$", re.IGNORECASE)
# "30 € par trimestre", "40€/personne", "12 € l'exemplaire": a rate, not a sum. A yearly
# figure ("7 164,00 € par an", "1 500 €/an") is a sum: the grant of one year.
_RATE = re.compile(
    r"\s*(?:/(?!\s*(?:an|année)\b)|(?:par|chaque|pour (?:chaque|un|une)) "
    r"(?!an\b|année\b|la\b|le\b|les\b|l['\u2019]|des?\b|du\b|un\b|une\b|[A-Z])\w|"
    r"(?:de )?l['\u2019](?:unité|heure|exemplaire)|(?:la|le) (?:douche|cycle|machine|séance|"
    r"journée|nuit|repas|place|sortie|mois)\b|chacun|pour \d+ (?:jeunes|personnes|familles)\b)",
)
# "loyer symbolique de 1 €", "au prix de 5 €": what is paid for a thing, not a sum given.
_PRICE_BEFORE = re.compile(
    r"(?:loyer|prix|tarif|factur[ée]e?s?)(?:\s+\w+)?\s+(?:de|d['\u2019]|à|a)?\s*$", re.IGNORECASE)
_SCALES = {"k": Decimal(1000)}
# What every currency above holds: most texts have none, and `_AMOUNT` need not scan them.
_CURRENCY_HINT = re.compile(r"€|eur|\d ?e", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money found in a text: its value in EUR and where it is.

    `rate` is true for per-unit amounts and prices ("loyer symbolique de 1 €"); `low` is set
    when the amount closes a range ("entre 2 000 et 2 500 €": `low` 2000, `value` 2500), which
    ties no single figure.
    """

    value: Decimal
    start: int
    end: int
    rate: bool = False
    low: Decimal | None = None


def parse_amounts(text: str) -> list[Amount]:
    """The amounts written with a currency in `text`, in order.

    >>> [str(a.value) for a in parse_amounts("Budget de 28 500 € dont 3k€ de la Caf")]
    ['28500', '3000']
    >>> [(str(a.value), a.rate) for a in parse_amounts("deux mille euros, 40€/personne")]
    [('2000', False), ('40', True)]
    >>> [a.rate for a in parse_amounts("le bar (loyer symbolique de 1 €)")]
    [True]
    >>> a, = parse_amounts("entre 3 et 4 k€ selon les années")
    >>> (str(a.low), str(a.value))
    ('3000', '4000')
    """
    found: list[Amount] = []
    if not _CURRENCY_HINT.search(text):
        return found
    for match in _AMOUNT.finditer(text):
        value = _decimal(match["number"]) if match["number"] else _words(match["words"])
        if value is None:
            continue
        scale = _SCALES.get((match["scale"] or "").lower(), Decimal(1))
        rate = bool(_RATE.match(text, match.end())
                    or _PRICE_BEFORE.search(text, max(0, match.start() - 30), match.start()))
        low = _range_low(text[max(0, match.start() - 40):match.start()], scale)
        found.append(Amount(value * scale, match.start(), match.end(), rate, low))
    return found


def has_money(text: str) -> bool:
    """Whether `text` states an amount of money that is not a rate ("40 € par personne")."""
    return any(not amount.rate for amount in parse_amounts(text))


def parse_number(line: str) -> Decimal | None:
    """The amount of a line holding only a number ("4000", "22 470 €"), else None."""
    match = _BARE.match(line)
    return _decimal(match["number"]) if match else None


def _range_low(before: str, scale: Decimal) -> Decimal | None:
    match = _RANGE_START.search(before)
    if match is None:
        return None
    low, low_scale = (match["low"], match["scale"]) if match["low"] else (
        match["bare"], match["bare_scale"])
    return _decimal(low) * _SCALES.get((low_scale or "")[:1].lower(), scale)


def _words(words: str) -> Decimal | None:
    """"deux mille" -> 2000; None for words that are no number ("une")."""
    try:
        value = text2num(words.lower().replace("-", " "), "fr")
    except ValueError:
        return None
    return Decimal(value) if value >= 10 else None


_GROUP_SPACE = re.compile(r"[ \u00a0\u202f]")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")


def _decimal(number: str) -> Decimal:
    """"12.500" -> 12500, "1 500,5" -> 1500.5, "12.5" -> 12.5."""
    digits = _GROUP_SPACE.sub("", number)
    if _DOTTED_THOUSANDS.fullmatch(digits):
        digits = digits.replace(".", "")
    return Decimal(digits.replace(",", "."))
