"""The action's total budget or cost, when its financial field states one.

"Budget 2024 : 9 550 €", "Le coût ... a été de 3100€", "TOTAL DES PRODUITS" then its number
in a CERFA table. A funder's share is not a total, and shares are never added up into one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from loader.money import Amount, parse_amounts, parse_number
from loader.records import Budget, Evidence, Field, Line
from ontology.keys import fold

__all__ = ["about_budget", "total_budget"]

_SEPARATOR = re.compile(r"[,;()]")
_BUDGET = re.compile(r"budget|\bcouts?\b|\btotal|engagement financier|montant (?:global|total)|"
                     r"s'eleve")


def total_budget(field: str, content: Field, sentences: Iterable[tuple[Line, str]],
                 *, table: bool) -> Budget | None:
    """The total of a financial field: of its table (`table`), or of its `sentences`."""
    if table:
        return _table_total(field, content)
    standalone = None
    for line, sentence in sentences:
        for amount in parse_amounts(sentence):
            if not amount.rate and about_budget(sentence, amount):
                return Budget(amount.value, Evidence(field, line.number, sentence, "text"))
        value = parse_number(sentence)
        if standalone is None and value is not None and parse_amounts(sentence):
            standalone = Budget(value, Evidence(field, line.number, sentence, "text"))
    return standalone


def about_budget(text: str, amount: Amount) -> bool:
    """A budget or cost word just before the amount ("Budget global de 3000 €") or just
    after it ("1480 € : budget de fonctionnement"), within its clause.

    >>> about_budget("Budget global de 3000 €", parse_amounts("Budget global de 3000 €")[0])
    True
    """
    start = max([0, *(m.end() for m in _SEPARATOR.finditer(text, 0, amount.start))])
    after = _SEPARATOR.search(text, amount.end)
    end = after.start() if after else len(text)
    before = fold(text[max(start, amount.start - 60):amount.start])
    following = fold(text[amount.end:min(end, amount.end + 15)])
    return bool(_BUDGET.search(before) or _BUDGET.search(following))


def _table_total(field: str, content: Field) -> Budget | None:
    for line, following in pairwise(content.lines):
        amount = parse_number(following.text)
        if amount is not None and _BUDGET.search(fold(line.text)):
            quote = f"{line.text.strip()} {following.text.strip()}"
            return Budget(amount, Evidence(field, line.number, quote, "text"))
    return None
