"""Parse a SENACS "fiches action" text export into `Record`s, streaming, one fiche at a time.

A fiche starts with a line `Actions`, then its title, then the field headers of
`records.FIELDS`, each followed by its lines. Page headers (`Les actions des centres sociaux`)
are skipped wherever they appear. Only the exact header lines are headers: free text may
contain other lines starting with "- ".

The file is read as bytes, line by line. Each line is decoded as UTF-8, and a line that is not
valid UTF-8 as cp1252 (one warning, at the first such line; the five bytes cp1252 leaves
undefined become U+FFFD). So a cp1252 (or Latin-1) file comes out right, since its ASCII lines
read the same either way and accented cp1252 text is almost never valid UTF-8, and a UTF-8 file
with one corrupt line keeps its other lines. A UTF-8 BOM, CRLF line ends and form feeds (page
breaks) are accepted.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from loader.records import FIELDS, LIST_FIELDS, Field, Line, Problem, Record

__all__ = ["ParseError", "parse_export"]

_ACTIONS = "Actions"
_PAGE_HEADER = "Les actions des centres sociaux"
_LAST_FIELD = "perspectives"
_BOM = b"\xef\xbb\xbf"
_HEAD_SIZE = 8192
# Header line -> what it opens: a field key, or the start of a fiche, or a page header.
_LOOKUP: dict[str, str] = {header: key for key, header in FIELDS.items()}
_LOOKUP[_ACTIONS] = _ACTIONS
_LOOKUP[_PAGE_HEADER] = _PAGE_HEADER


class ParseError(Exception):
    """The input is not a SENACS export at all (empty, binary, or without any fiche)."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


def _ignore(problem: Problem) -> None:
    """The default `report`: drop the warning."""


def parse_export(
    path: str | os.PathLike[str], *, report: Callable[[Problem], None] = _ignore
) -> Iterator[Record]:
    """Yield the fiches of the export at `path`, in file order; warnings go to `report`.

    `Record.source` is the file's name; `Problem.path` is `path` as given. Raises `ParseError`
    at once for an empty or binary file, and at the end of the iteration when the file holds
    no fiche (after the warnings about its lines).
    """
    shown = str(path)
    with open(path, "rb") as file:
        head = file.read(_HEAD_SIZE)
    if len(head) < _HEAD_SIZE and not head.removeprefix(_BOM).strip():
        raise ParseError(shown, 0, "empty file")
    if b"\0" in head:
        line = head.count(b"\n", 0, head.index(b"\0")) + 1
        raise ParseError(shown, line, "binary file, not a SENACS export")
    return _records(Path(path), shown, report)


@dataclass(slots=True)
class _Fiche:
    """A fiche being read: its lines so far, by field key."""

    start: int
    last: int
    title: str | None = None
    fields: dict[str, tuple[int, list[Line]]] = field(default_factory=dict)
    # Second (and any later) "Territoire concerné": header line and lines, to check.
    territories: list[tuple[int, list[Line]]] = field(default_factory=list)
    # Warnings about the fiche, reported in line order once it is read.
    problems: list[Problem] = field(default_factory=list)
    stray_reported: bool = False


def _records(path: Path, shown: str, report: Callable[[Problem], None]) -> Iterator[Record]:
    """The parsing loop; kept in one function because it runs once per line of a big file."""
    source = path.name
    fallback_reported = False
    fiche: _Fiche | None = None
    current: list[Line] | None = None  # the lines of the field being read
    # Text before the first fiche is reported once a fiche is found: a file with no fiche at
    # all gets the one-line ParseError alone.
    preamble: Problem | None = None
    n = 0
    with open(path, "rb") as file:
        for raw in file:
            n += 1
            if n == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            try:
                text = raw.decode()
            except UnicodeDecodeError:
                text = raw.decode("cp1252", "replace")
                if not fallback_reported:
                    fallback_reported = True
                    warning = Problem(shown, n, "not UTF-8, decoded as cp1252")
                    (report if fiche is None else fiche.problems.append)(warning)
            text = text.rstrip("\r\n").lstrip("\f")
            key = text.rstrip()
            kind = _LOOKUP.get(key)
            if kind is None and current is not None:  # the common case: a line of a field
                if key:
                    current.append(Line(n, text))
                    fiche.last = n  # type: ignore[union-attr]  # a field implies a fiche
                elif current:  # blank lines count only inside a field's text
                    current.append(Line(n, text))
            elif kind is _PAGE_HEADER or not key:
                continue
            elif kind is _ACTIONS:
                if preamble is not None:
                    report(preamble)
                    preamble = None
                if fiche is not None:
                    yield _record(fiche, source, shown, report, at_end=False)
                fiche = _Fiche(start=n, last=n)
                current = None
            elif fiche is None:
                if preamble is None:
                    preamble = Problem(shown, n, f"text before the first fiche, ignored: {key!r}")
            elif kind is None:
                _outside_field(fiche, key, n, shown)
            else:
                current = _open_field(fiche, kind, n, shown)
    if fiche is None:
        raise ParseError(shown, 1, "no fiche action found (no line 'Actions')")
    yield _record(fiche, source, shown, report, at_end=True)


def _outside_field(fiche: _Fiche, key: str, n: int, shown: str) -> None:
    """A line of a fiche before its first header: the title, else stray text."""
    if fiche.title is None:
        fiche.title = key.strip()
        fiche.last = n
    elif not fiche.stray_reported:
        fiche.stray_reported = True
        message = f"text outside any field, ignored: {key!r}"
        fiche.problems.append(Problem(shown, n, message))


def _open_field(fiche: _Fiche, key: str, n: int, shown: str) -> list[Line]:
    """Start field `key` at header line `n`; return the list its lines go to."""
    report = fiche.problems.append
    fiche.last = n
    if fiche.title is None:
        fiche.title = ""
        report(Problem(shown, n, "fiche without a title"))
    if not fiche.fields and key != "structure":
        report(Problem(shown, n, f"expected {FIELDS['structure']!r}, found {FIELDS[key]!r}"))
    if key in fiche.fields:
        first, lines = fiche.fields[key]
        if key == "territory":
            lines = []
            fiche.territories.append((n, lines))
        else:
            report(Problem(shown, n, f"repeated header {FIELDS[key]!r} (first at line {first})"))
        return lines
    lines = []
    fiche.fields[key] = (n, lines)
    return lines


def _record(
    fiche: _Fiche, source: str, shown: str, report: Callable[[Problem], None], *, at_end: bool
) -> Record:
    """Turn a fiche read to its end into a `Record`, reporting what is wrong with it."""
    problems = fiche.problems
    fields = {
        key: _field(key, n, lines, shown, problems.append)
        for key, (n, lines) in fiche.fields.items()
    }
    _check_territories(fields.get("territory"), fiche.territories, shown, problems.append)
    name, departement = _structure(
        fields.get("structure"), fiche.start, bool(fields), shown, problems.append
    )
    if fiche.title is None:
        problems.append(Problem(shown, fiche.start, "fiche without a title"))
    truncated = at_end and _LAST_FIELD not in fields
    if truncated:
        problems.append(
            Problem(
                shown,
                fiche.last,
                f"fiche of line {fiche.start} cut short: the file ends before "
                f"{FIELDS[_LAST_FIELD]!r}",
            )
        )
    for problem in sorted(problems, key=attrgetter("line")):
        report(problem)
    return Record(
        source=source,
        line_start=fiche.start,
        line_end=fiche.last,
        title=fiche.title or "",
        structure_name=name,
        departement=departement,
        fields=fields,
        truncated=truncated,
    )


def _field(
    key: str, header_line: int, lines: list[Line], shown: str, report: Callable[[Problem], None]
) -> Field:
    """The `Field` of `key`: list fields become items, free text loses trailing blank lines."""
    if key not in LIST_FIELDS:
        while lines and not lines[-1].text.strip():
            lines.pop()
        return Field(header_line, tuple(lines))
    items = []
    for line in lines:
        text = line.text.strip()
        if text.startswith("- "):
            text = text[2:].strip()
        elif text and text != "-":
            report(Problem(shown, line.number, f"list item without '- ': {text!r}"))
        if text and text != "-":
            items.append(Line(line.number, text))
    return Field(header_line, tuple(items))


def _check_territories(
    first: Field | None,
    others: list[tuple[int, list[Line]]],
    shown: str,
    report: Callable[[Problem], None],
) -> None:
    """Warn when a repeated "Territoire concerné" differs from the first, which is kept."""
    for n, lines in others:
        items = _field("territory", n, lines, shown, report).items
        if first is not None and items != first.items:
            report(
                Problem(
                    shown,
                    n,
                    f"second {FIELDS['territory']!r} {items} differs from the first "
                    f"(line {first.header_line}) {first.items}: the first is kept",
                )
            )


def _structure(
    found: Field | None,
    start: int,
    has_fields: bool,
    shown: str,
    report: Callable[[Problem], None],
) -> tuple[str, str]:
    """Split the structure line "- NAME - DÉPARTEMENT" on its last " - "."""
    if found is None:
        if not has_fields:  # otherwise the first header already reported it
            report(Problem(shown, start, f"fiche without {FIELDS['structure']!r}"))
        return "", ""
    lines = [line for line in found.lines if line.text.strip()]
    if not lines:
        report(Problem(shown, found.header_line, "fiche without a structure line"))
        return "", ""
    for extra in lines[1:]:
        report(Problem(shown, extra.number, f"extra line in the structure: {extra.text!r}"))
    text = lines[0].text.strip()
    if text.startswith("- "):
        text = text[2:].lstrip()
    name, sep, departement = text.rpartition(" - ")
    if not sep:
        message = f"structure line without ' - DÉPARTEMENT': {text!r}"
        report(Problem(shown, lines[0].number, message))
        return text, ""
    return name.strip(), departement.strip()
