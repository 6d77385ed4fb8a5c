"""Parse a SENACS "fiches action" text export into `Record`s, streaming, one fiche at a time.

A fiche starts at a line `Actions` when the structure header follows within two lines (blank
lines and page headers aside): `- Structure organisatrice` in today's layout, `Structure
organisatrice` or `Thèmes` in the older one (senacs.fr pages of 2012–2014, `LEGACY_FIELDS`).
Any other `Actions` line is text (warned). The line after `Actions` is the title, then come
the field headers of the fiche's layout, each followed by its lines. Headers match after
folding case, spaces and apostrophes (`loader.headers`); only header lines are headers, free
text may contain other lines starting with "- ", and a line that only looks like a header is
warned and kept as text. Page headers (`Les actions des centres sociaux`) are skipped wherever
they appear, and so are the site's listing tables (`Nom | Département | Année |`, one row per
fiche), whose rows give each fiche of the file its year (`loader.listing`).

A fiche cut short, by the end of the file or by the next fiche, is kept, flagged and warned;
a prefix of a header as its last line is a cut header line: warned and left out.

The file's lines come decoded from `loader.lines`: UTF-8, cp1252 or UTF-16, any line ends,
control characters replaced (warned).
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter

from loader.headers import (
    ACTIONS_NORM,
    HEADER_MAX,
    LOOKALIKES,
    NEW,
    OLD,
    OPENERS,
    PAGE_HEADER_NORM,
    TEXT,
    Layout,
    bare,
    fold,
    normal_form,
)
from loader.lines import ParseError, Reader, open_export
from loader.listing import Listing, Years
from loader.records import FIELDS, LIST_FIELDS, YEAR, Field, Line, Problem, Record

__all__ = ["ParseError", "parse_export"]

_PREFIX_MIN = 5  # a shorter last line is not taken for a cut header
_PUBLISHED_BY = re.compile(r"\s*publi[ée]\s+par\s*:?", re.IGNORECASE)
# "Fichier(s) associé(s)" lines of the older layout: "name.pdf / ( 237.10K )".
_FILE_SIZE = re.compile(r"\s*/\s*\(\s*[\d.,]+\s*[kmg]?o?\s*\)\s*$", re.IGNORECASE)


def _ignore(problem: Problem) -> None:
    """The default `report`: drop the warning."""


def parse_export(
    path: str | os.PathLike[str], *, report: Callable[[Problem], None] = _ignore
) -> Iterator[Record]:
    """Yield the fiches of the export at `path`, in file order; warnings go to `report`.

    `Record.source` is the file's name; `Problem.path` is `path` as given. Raises `ParseError`
    at once for a missing, empty or binary file or a directory, and at the end of the
    iteration when the file holds no fiche (after the warnings about its lines).
    """
    reader = open_export(path)
    return _records(reader, str(path), Years(reader), report)


@dataclass(slots=True)
class _Fiche:
    """A fiche being read: its lines so far, by field key."""

    start: int
    last: int
    layout: Layout
    title: str | None = None
    fields: dict[str, tuple[int, list[Line]]] = field(default_factory=dict)
    current: str | None = None  # key of the field being read
    # Second (and any later) "Territoire concerné": header line and lines, to check.
    territories: list[tuple[int, list[Line]]] = field(default_factory=list)
    # Warnings about the fiche, reported in line order once it is read.
    problems: list[Problem] = field(default_factory=list)


def _marked(lines: Iterator[tuple[int, str]]
            ) -> Iterator[tuple[int, str, str, Layout | None]]:
    """`lines` with their normal form, and for an `Actions` line the layout of the fiche it
    opens, if it opens one (plain tuples: this runs once per line)."""
    for n, text in lines:
        norm = normal_form(text)
        if norm == ACTIONS_NORM:
            yield from _marked_ahead((n, text, norm), lines)
        else:
            yield n, text, norm, None


def _marked_ahead(first: tuple[int, str, str], lines: Iterator[tuple[int, str]]
                  ) -> Iterator[tuple[int, str, str, Layout | None]]:
    """`_marked` from an `Actions` line on, until the lines read ahead are all given."""
    ahead = deque([first])
    while ahead:
        n, text, norm = ahead.popleft()
        yield n, text, norm, _opened(ahead, lines) if norm == ACTIONS_NORM else None


def _opened(ahead: deque[tuple[int, str, str]], lines: Iterator[tuple[int, str]]
            ) -> Layout | None:
    """The layout whose structure header is one of the next two lines (blank lines and page
    headers aside), reading them into `ahead`; None if there is none. The title line before
    the header, if any, is marked as text: a title "Actions" opens nothing."""
    title = None  # index of the first line that is neither blank nor a page header
    index = 0
    while True:
        if index == len(ahead):
            found = next(lines, None)
            if found is None:
                return None
            ahead.append((*found, normal_form(found[1])))
        norm = ahead[index][2]
        if norm in OPENERS:
            if title is not None:
                ahead[title] = (*ahead[title][:2], TEXT)
            return OPENERS[norm]
        if norm and norm != PAGE_HEADER_NORM:
            if title is not None:
                return None
            title = index
        index += 1


def _records(reader: Reader, shown: str, years: Years, report: Callable[[Problem], None]
             ) -> Iterator[Record]:
    """The parsing loop; kept in one function because it runs once per line of a big file."""
    source = reader.path.name
    fiche: _Fiche | None = None
    current: list[Line] | None = None  # the lines of the field being read
    listing = Listing()
    # Text before the first fiche is reported once a fiche is found: a file with no fiche at
    # all gets the one-line ParseError alone.
    preamble: list[Problem] = []
    preamble_text = False  # whether text before the first fiche was warned (once)

    def warn(n: int, message: str) -> None:
        (preamble if fiche is None else fiche.problems).append(Problem(shown, n, message))

    reader.warn = warn
    for n, text, norm, opens in _marked(reader.lines()):
        if "|" in text and listing.take(n, text):  # a listing table: read ahead by `years`
            continue
        if opens is not None:
            for problem in preamble:
                report(problem)
            preamble = []
            if fiche is not None:
                yield _record(fiche, source, shown, years, report, at_end=False)
            fiche = _Fiche(start=n, last=n, layout=opens)
            current = None
            continue
        if norm is TEXT and current is not None:  # the common case: a line of a field
            current.append(Line(n, text))
            fiche.last = n  # type: ignore[union-attr]  # a field implies a fiche
            continue
        key = None if fiche is None else fiche.layout.key(norm)
        if key is None and current is not None:
            if norm and norm != PAGE_HEADER_NORM:
                current.append(Line(n, text))
                fiche.last = n  # type: ignore[union-attr]  # a field implies a fiche
                _check_lookalike(fiche, n, norm, shown)  # type: ignore[arg-type]  # as above
            elif not norm and current:  # blank lines count only inside a field's text
                current.append(Line(n, text))
        elif not norm or norm == PAGE_HEADER_NORM:
            continue
        elif fiche is None:
            if not preamble_text:
                preamble_text = True
                warn(n, f"text before the first fiche, ignored: {text.strip()!r}")
        elif key is None:  # the title: `_opened` saw to it that nothing else precedes a header
            fiche.title = text.strip()
            fiche.last = n
        else:
            current = _open_field(fiche, key, n, text, shown)
    if fiche is None:
        raise ParseError(shown, 1, "no fiche action found (no line 'Actions')")
    yield _record(fiche, source, shown, years, report, at_end=True)
    for problem in years.unused(shown):
        report(problem)


def _check_lookalike(fiche: _Fiche, n: int, norm: str, shown: str) -> None:
    """Warn about a text line that is a header in other words, or a bare `Actions`."""
    if norm == ACTIONS_NORM:
        fiche.problems.append(Problem(shown, n, "line 'Actions' not followed by a structure "
                                      "header: read as text of the fiche"))
        return
    header = LOOKALIKES.get(bare(norm))
    if header is not None:
        fiche.problems.append(Problem(shown, n, f"line looks like the header {header!r} but "
                                      f"is not one in {fiche.layout.name}: read as text"))


def _open_field(fiche: _Fiche, key: str, n: int, text: str, shown: str) -> list[Line]:
    """Start field `key` at header line `n`; return the list its lines go to."""
    report = fiche.problems.append
    layout = fiche.layout
    fiche.last = n
    fiche.current = key
    if fiche.title is None:
        fiche.title = ""
        report(Problem(shown, n, "fiche without a title"))
    lines: list[Line] = []
    published_by = _PUBLISHED_BY.match(text) if key == "publisher" else None
    if published_by and text[published_by.end():].strip():  # "Publié par NAME"
        lines = [Line(n, text[published_by.end():].strip())]
    if key in fiche.fields:
        first, kept = fiche.fields[key]
        if key == "territory":
            fiche.territories.append((n, lines))
            return lines
        report(Problem(shown, n, f"repeated header {layout.header(key)!r} "
                       f"(first at line {first})"))
        kept.extend(lines)
        return kept
    fiche.fields[key] = (n, lines)
    return lines


def _record(fiche: _Fiche, source: str, shown: str, years: Years,
            report: Callable[[Problem], None], *, at_end: bool) -> Record:
    """Turn a fiche read to its end into a `Record`, reporting what is wrong with it."""
    problems = fiche.problems
    cut_header = _drop_cut_header(fiche, shown)
    fields = {
        key: _field(key, n, lines, fiche.layout, shown, problems.append)
        for key, (n, lines) in fiche.fields.items()
    }
    _check_territories(fields.get("territory"), fiche.territories, fiche.layout, shown,
                       problems.append)
    name, departement = _structure(fields.get("structure"), fiche, shown, problems.append)
    missing = fiche.layout.last not in fields
    if missing:
        by = "the file ends" if at_end else "the next fiche starts"
        header = fiche.layout.header(fiche.layout.last)
        problems.append(Problem(shown, fiche.last,
                                f"fiche of line {fiche.start} cut short: {by} before {header!r}"))
    record = Record(
        source=source,
        line_start=fiche.start,
        line_end=fiche.last,
        title=fiche.title or "",
        structure_name=name,
        departement=departement,
        fields=fields,
        truncated=cut_header or missing,
    )
    year = years.field(record, shown, problems.append)
    if year is not None:
        record.fields[YEAR] = year
    for problem in sorted(problems, key=attrgetter("line")):
        report(problem)
    return record


def _drop_cut_header(fiche: _Fiche, shown: str) -> bool:
    """Take out a fiche's last line when it is the start of a header (the file or page was
    cut in it); True if it was."""
    if fiche.current is None:
        return False
    lines = fiche.fields[fiche.current][1]
    while lines and not lines[-1].text.strip():
        lines.pop()
    if not lines:
        return False
    last = lines[-1]
    norm = fold(last.text) if len(last.text) <= HEADER_MAX else TEXT
    if len(norm) < _PREFIX_MIN or not any(
        header.startswith(norm) and header != norm for header in fiche.layout.headers
    ):
        return False
    lines.pop()
    fiche.last = lines[-1].number if lines else fiche.fields[fiche.current][0]
    fiche.problems.append(Problem(shown, last.number,
                                  f"cut header line, left out: {last.text.strip()!r}"))
    return True


def _field(key: str, header_line: int, lines: list[Line], layout: Layout, shown: str,
           report: Callable[[Problem], None]) -> Field:
    """The `Field` of `key`: list fields become items, free text loses trailing blank lines."""
    if key not in LIST_FIELDS:
        while lines and not lines[-1].text.strip():
            lines.pop()
        if key == "files" and layout is OLD:
            lines = [Line(line.number, _FILE_SIZE.sub("", line.text)) for line in lines]
        return Field(header_line, tuple(lines))
    items = []
    for line in lines:
        text = line.text.strip()
        if text.startswith(("- ", "• ")):
            text = text[2:].strip()
        elif text and text != "-" and layout is NEW:
            report(Problem(shown, line.number, f"list item without '- ': {text!r}"))
        if text and text not in ("-", "•"):
            items.append(Line(line.number, text))
    return Field(header_line, tuple(items))


def _check_territories(
    first: Field | None,
    others: list[tuple[int, list[Line]]],
    layout: Layout,
    shown: str,
    report: Callable[[Problem], None],
) -> None:
    """Warn when a repeated "Territoire concerné" differs from the first, which is kept."""
    for n, lines in others:
        items = _field("territory", n, lines, layout, shown, report).items
        if first is not None and items != first.items:
            report(
                Problem(
                    shown,
                    n,
                    f"second {FIELDS['territory']!r} {items} differs from the first "
                    f"(line {first.header_line}) {first.items}: the first is kept",
                )
            )


def _structure(found: Field | None, fiche: _Fiche, shown: str,
               report: Callable[[Problem], None]) -> tuple[str, str]:
    """Split the structure line "[- ]NAME - DÉPARTEMENT" on its last " - "."""
    if found is None:
        header = fiche.layout.header("structure")
        report(Problem(shown, fiche.start, f"fiche without {header!r}"))
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
