"""Tables and bar charts as the templates draw them: plain data, no markup.

A cell is text, a number (sorted as such, shown the French way) or a link to another page of
the site; the page's script sorts the tables and downloads them as CSV or JSON.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup, escape

__all__ = ["Bar", "Link", "Table", "bars", "cells", "euros", "number"]


@dataclass(frozen=True)
class Link:
    """A cell that links to a page of the site (`href` relative to the site's root)."""

    text: str
    href: str


Cell = str | int | Decimal | Link | None


@dataclass(frozen=True)
class Table:
    """A sortable, downloadable table; `name` is the downloaded file's name."""

    name: str
    caption: str
    columns: list[str]
    rows: list[list[Cell]]


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its label, value, shown value and page."""

    label: str
    value: float
    shown: str
    href: str | None = None


def number(value: int | Decimal | float) -> str:
    """A number the French way: `12 345`, `1 050,5`."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if not isinstance(value, int) else f"{value:,}"
    return text.replace(",", "\u202f").replace(".", ",")


def euros(value: Decimal | int | None) -> str:
    """An amount in euros, or "" when unknown."""
    return "" if value is None else f"{number(value)} €"


def bars(counts: Counter[str] | dict[str, float], *, hrefs: dict[str, str] | None = None,
         unit: str = "", limit: int = 15) -> list[Bar]:
    """The `limit` largest values as bars, largest first, ties by label."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [Bar(label, float(value), f"{number(value)}{unit}", (hrefs or {}).get(label))
            for label, value in ranked if value]


def cells(row: list[Cell], root: str) -> Markup:
    """The `<td>` elements of a row, text escaped; numbers carry their value for sorting.

    Written here rather than as a template macro: a macro call per cell made the pages of
    10,000 fiches take minutes.

    >>> print(cells([Link("A <b>", "x.html"), None, "l'été"], "../"))
    <td><a href="../x.html">A &lt;b&gt;</a></td><td></td><td>l&#39;été</td>
    """
    return Markup("".join(_cell(value, root) for value in row))


def _cell(value: Cell, root: str) -> str:
    if isinstance(value, Link):
        return f'<td><a href="{escape(root + value.href)}">{escape(value.text)}</a></td>'
    if value is None:
        return "<td></td>"
    if isinstance(value, int | Decimal):
        return f'<td class="num" data-value="{value}">{number(value)}</td>'
    return f"<td>{escape(value)}</td>"
