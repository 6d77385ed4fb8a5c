"""The site's listing tables in an export: `Nom | Département | Année |`, one row per fiche.

They never join a fiche's fields; their rows, read ahead of the parse (`Years`), give each
fiche of the file its year, matched by title and département.

>>> Listing().take(3, "Atelier cuisine | Gers | 2013 |")
Row(line=3, title='Atelier cuisine', departement='Gers', year='2013')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from loader.headers import fold
from loader.lines import Reader
from loader.records import Field, Line, Problem, Record
from ontology.keys import slug
from ontology.reference import find_departement

__all__ = ["Listing", "Row", "Years"]

_TABLE_HEADER = ["nom", "département", "année"]
_YEAR = re.compile(r"(?:19|20)\d\d")


class Row(NamedTuple):
    """A row of a listing table."""

    line: int
    title: str
    departement: str
    year: str


def _cells(text: str) -> list[str]:
    """The cells of a table line "a | b | c |" (one trailing "|" allowed)."""
    cells = [cell.strip() for cell in text.strip().removesuffix("|").split("|")]
    return cells[1:] if cells and not cells[0] and text.lstrip().startswith("|") else cells


def _table_row(n: int, text: str) -> Row | None:
    """The row of a listing table that `text` may be: title | département | year."""
    cells = _cells(text)
    if len(cells) < 3 or not (_YEAR.fullmatch(cells[-1]) or not cells[-1]):
        return None
    return Row(n, " | ".join(cells[:-2]), cells[-2], cells[-1])


class Listing:
    """Which lines (with a "|") are the site's listing tables: a header line `Nom | Département
    | Année |` and the rows that follow it; a row with a year and a known département is one
    anywhere (a table cut by a page break). Both passes over a file see the same lines."""

    def __init__(self) -> None:
        self.next = 0  # the line a row must be on to continue the table

    def take(self, n: int, text: str) -> Row | bool:
        """The row that line `n` is, True for a table header, False for any other line."""
        row = _table_row(n, text)
        placed = row is not None and bool(row.year and find_departement(row.departement))
        if row is not None and (n == self.next or placed):
            self.next = n + 1
            return row
        if _cells(fold(text)) == _TABLE_HEADER:
            self.next = n + 1
            return True
        return False


def _fiche_key(title: str, departement: str) -> tuple[str, str]:
    """How a listing row and a fiche are matched: title slug and département code."""
    found = find_departement(departement) if departement else None
    return slug(title), found.code if found else slug(departement)


class Years:
    """The rows of the file's listing tables, read ahead: each fiche's year."""

    def __init__(self, reader: Reader) -> None:
        self.rows: dict[tuple[str, str], list[Row]] = {}
        self.used: set[tuple[str, str]] = set()
        listing = Listing()
        for n, text in reader.lines("|") if reader.holds(b"|") else ():
            row = listing.take(n, text)
            if isinstance(row, Row):
                self.rows.setdefault(_fiche_key(row.title, row.departement), []).append(row)

    def field(self, record: Record, shown: str, report: Callable[[Problem], None]
              ) -> Field | None:
        """The year field of `record`, from the first row naming it (other years warned)."""
        if not self.rows:
            return None
        key = _fiche_key(record.title, record.departement)
        rows = self.rows.get(key)
        if not rows:
            return None
        self.used.add(key)
        first = rows[0]
        for other in rows[1:]:
            if other.year != first.year:
                report(Problem(shown, other.line, f"listing row gives {record.title!r} the "
                               f"year {other.year!r}, line {first.line} {first.year!r}: "
                               "the first is kept"))
        return Field(first.line, (Line(first.line, first.year),)) if first.year else None

    def unused(self, shown: str) -> Iterator[Problem]:
        """A warning for each listing row that names no fiche of the file."""
        for key, rows in self.rows.items():
            if key not in self.used:
                for row in rows:
                    yield Problem(shown, row.line, f"listing row names no fiche of the file: "
                                  f"{row.title!r} ({row.departement}, {row.year or 'no year'})")
