"""Parse a SENACS "fiches action" text export into `Record`s, streaming, one fiche at a time.

A fiche starts at a line `Actions` when the structure header follows within two lines (blank
lines and page headers aside): `- Structure organisatrice` in today's layout, `Structure
organisatrice` or `Thèmes` in the older one (senacs.fr pages of 2012–2014, `LEGACY_FIELDS`).
Any other `Actions` line is text (warned). The line after `Actions` is the title, then come
the field headers of the fiche's layout, each followed by its lines. Headers match after
folding case, spaces and apostrophes; only header lines are headers, free text may contain
other lines starting with "- ", and a line that only looks like a header is warned and kept as
text. Page headers (`Les actions des centres sociaux`) are skipped wherever they appear, and
so are the site's listing tables (`Nom | Département | Année |`, one row per fiche), whose
rows give each fiche of the file its year (by title and département).

A fiche cut short, by the end of the file or by the next fiche, is kept, flagged and warned;
a prefix of a header as its last line is a cut header line: warned and left out.

Text is decoded line by line: UTF-8, else cp1252 (one warning, at the first such line), or
UTF-16 for a file with a BOM or with the NUL bytes of ASCII text in UTF-16. Line ends may be
LF, CRLF or lone CR; form feeds (page breaks) are dropped. Control characters, which XML
cannot carry and terminals obey, become U+FFFD (warned).
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, methodcaller
from pathlib import Path
from typing import NamedTuple

from loader.records import (
    ACTIONS,
    FIELDS,
    LEGACY_FIELDS,
    LIST_FIELDS,
    PAGE_HEADER,
    YEAR,
    Field,
    Line,
    Problem,
    Record,
)
from ontology.keys import slug
from ontology.reference import find_departement

__all__ = ["ParseError", "parse_export"]

_HEAD_SIZE = 8192
_BOM = b"\xef\xbb\xbf"
_WITHOUT_LF = methodcaller("removesuffix", b"\n")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# No header is longer; longer lines are never normalised, which keeps a huge line cheap.
_HEADER_MAX = 200
_LEADING = " \t\u00a0\u202f-"  # what may come before a header's first word
_TEXT = "\x00"  # the normal form of a line that is text: matches nothing (NUL never survives)
_PREFIX_MIN = 5  # a shorter last line is not taken for a cut header
_TABLE_HEADER = ["nom", "département", "année"]
_YEAR = re.compile(r"(?:19|20)\d\d")
# C0 and C1 controls but tab, surrogates and the two non-characters XML 1.0 excludes.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Typographic apostrophes (and the ellipsis) as typed on a keyboard; headers are matched in
# this form, with spaces around their punctuation taken out ("action :" is "action:").
_FOLD = re.compile("[\u2018\u2019\u02bc`\u00b4\u2026]| (?=[:?)])|(?<=\\() ")
_FOLDED = {"\u2026": "..."}
_PUBLISHED_BY = re.compile(r"\s*publi[ée]\s+par\s*:?", re.IGNORECASE)
# "Fichier(s) associé(s)" lines of the older layout: "name.pdf / ( 237.10K )".
_FILE_SIZE = re.compile(r"\s*/\s*\(\s*[\d.,]+\s*[kmg]?o?\s*\)\s*$", re.IGNORECASE)


def _norm(text: str) -> str:
    """`text` folded for header matching (see `_fold`), or `_TEXT` for a line that cannot be a
    header nor look like one: the fast path of the parser, taken by most lines."""
    exact = _EXACT.get(text)
    if exact is not None:  # a header as the export writes it
        return exact
    if len(text) > _HEADER_MAX:
        return _TEXT
    start = text.lstrip(_LEADING)[:4]
    if not start:
        return _TEXT if text.strip() else ""
    if start.casefold() not in _STARTS:
        return _TEXT
    return _fold(text)


def _fold(text: str) -> str:
    """`text` folded: case, apostrophes, runs of spaces, spaces around punctuation and the
    trailing one, "-x" as "- x"."""
    norm = " ".join(text.split()).casefold()
    if _FOLD.search(norm):
        norm = _FOLD.sub(lambda match: _FOLDED.get(match[0], "'" if match[0].strip() else ""),
                         norm)
    if norm.startswith("-") and len(norm) > 1 and norm[1] != " ":
        norm = "- " + norm[1:]
    return norm.rstrip(" :?.")


def _bare(norm: str) -> str:
    """A header's words alone, without the leading "- "."""
    return norm.removeprefix("- ")


class _Layout(NamedTuple):
    """One page layout: header lines (normalised) → field key, and the key of its last field."""

    headers: dict[str, str]
    prefixed: tuple[tuple[str, str], ...]  # (header, key) matched as a prefix of the line
    last: str
    name: str

    def key(self, norm: str) -> str | None:
        """The field `norm` opens, if it is one of this layout's headers."""
        found = self.headers.get(norm)
        if found is None:
            for header, key in self.prefixed:
                if norm.startswith(header):
                    return key
        return found

    def header(self, key: str) -> str:
        """The header line of field `key`, as the export writes it."""
        return (LEGACY_FIELDS if self is _OLD else FIELDS)[key]


_NEW = _Layout({_fold(h): k for k, h in FIELDS.items()}, (), "perspectives", "today's layout")
_OLD = _Layout({_fold(h): k for k, h in LEGACY_FIELDS.items()},
               tuple((_fold(LEGACY_FIELDS[k]), k) for k in ("impacts", "publisher")),
               "publisher", "the 2012–2014 layout")
# What opens a fiche (within two lines of `Actions`), and in which layout.
_OPENERS = {_fold(FIELDS["structure"]): _NEW, _fold(LEGACY_FIELDS["structure"]): _OLD,
            _fold(LEGACY_FIELDS["themes"]): _OLD}
# Headers of both layouts by their bare words: a line with these words is a near miss.
_LOOKALIKES = {_bare(_fold(h)): h for h in [*FIELDS.values(), *LEGACY_FIELDS.values()]}
# The first four characters (after any "-") of every line the parser must see whole.
_STARTS = {bare[:4] for bare in _LOOKALIKES} | {"acti", "les ", "nom ", "nom|"}
# The normal form of the lines the export repeats in every fiche, looked up as they are.
_EXACT = {line: _fold(line) for line in [*FIELDS.values(), *LEGACY_FIELDS.values(), ACTIONS,
                                         PAGE_HEADER, ""]}
_ACTIONS = _EXACT[ACTIONS]
_PAGE_HEADER = _EXACT[PAGE_HEADER]


class ParseError(Exception):
    """The input is not a SENACS export at all (missing, empty, binary, or without fiche)."""

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
    at once for a missing, empty or binary file or a directory, and at the end of the
    iteration when the file holds no fiche (after the warnings about its lines).
    """
    shown = str(path)
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_SIZE)
    except IsADirectoryError:
        raise ParseError(shown, 0, "is a directory, not a SENACS export") from None
    except FileNotFoundError:
        raise ParseError(shown, 0, "no such file") from None
    except OSError as error:
        raise ParseError(shown, 0, f"cannot read: {error.strerror or error}") from None
    codec = _codec(head, shown)
    reader = _Reader(Path(path), codec)
    years = _Years(reader)
    return _records(reader, shown, years, report)


def _codec(head: bytes, shown: str) -> str | None:
    """The file's UTF-16 codec, or None for UTF-8/cp1252 read line by line; raises
    `ParseError` for an empty or binary file."""
    codec = None
    if head.startswith(_UTF16_BOMS):
        codec = "utf-16"
    elif b"\0" in head:
        codec = _utf16_without_bom(head)
        if codec is None:
            line = head.count(b"\n", 0, head.index(b"\0")) + 1
            raise ParseError(shown, line, "binary file, not a SENACS export")
    blank = not (head.decode(codec, "replace").lstrip("\ufeff").strip() if codec
                 else head.removeprefix(_BOM).strip())
    if len(head) < _HEAD_SIZE and blank:
        raise ParseError(shown, 0, "empty file")
    return codec


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "-be" when every other byte is NUL, as in mostly-ASCII UTF-16."""
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2], head[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros and zeros.count(0) >= 0.8 * len(zeros) and 0 not in others:
            return codec
    return None


@dataclass
class _Reader:
    """The lines of a file as text, numbered from 1; decoding problems go to `warn`."""

    path: Path
    codec: str | None
    warn: Callable[[int, str], None] = lambda line, message: None

    def holds(self, needle: bytes) -> bool:
        """Whether the file's bytes hold `needle`, a single byte (read in large blocks)."""
        with open(self.path, "rb") as file:
            return any(needle in block for block in iter(lambda: file.read(1 << 20), b""))

    def lines(self, needle: str = "") -> Iterator[tuple[int, str]]:
        """(number, text) of every line, or of the lines containing `needle` (faster)."""
        return self._text_lines(needle) if self.codec else self._byte_lines(needle.encode())

    def _text_lines(self, needle: str) -> Iterator[tuple[int, str]]:
        with open(self.path, encoding=self.codec, errors="replace", newline="") as text:
            for n, line in enumerate(text, 1):
                line = line.rstrip("\r\n")
                if needle in line:
                    yield n, line if line.isprintable() else self._clean(n, line)

    def _byte_lines(self, needle: bytes) -> Iterator[tuple[int, str]]:
        fallback_reported = False
        with open(self.path, "rb") as file:
            # Without a CR in the file, lines split in C alone (most files: the fast path).
            raws = (chain.from_iterable(map(_line_parts, file)) if self.holds(b"\r")
                    else map(_WITHOUT_LF, file))
            for n, raw in enumerate(raws, 1):
                if n == 1:
                    raw = raw.removeprefix(_BOM)
                if needle not in raw:
                    continue
                try:
                    text = raw.decode()
                except UnicodeDecodeError:
                    text = raw.decode("cp1252", "replace")
                    if not fallback_reported:
                        fallback_reported = True
                        self.warn(n, "not UTF-8, decoded as cp1252")
                yield n, text if text.isprintable() else self._clean(n, text)

    def _clean(self, n: int, text: str) -> str:
        """`text` without page breaks and BOMs, its control characters replaced (warned)."""
        if "\f" in text or "\ufeff" in text:  # page breaks; BOMs of files joined by `cat`
            text = text.replace("\f", "").replace("\ufeff", "")
        found = _CONTROL.search(text)
        if found:
            self.warn(n, f"control character U+{ord(found[0]):04X} replaced by U+FFFD")
            text = _CONTROL.sub("\ufffd", text)
        return text


def _line_parts(raw: bytes) -> tuple[bytes, ...]:
    """The lines of `raw`, a line of the file up to LF: more than one if it holds lone CRs."""
    raw = raw.removesuffix(b"\n")
    if b"\r" not in raw:
        return (raw,)
    parts = raw.split(b"\r")
    if not parts[-1]:  # the CR of a CRLF, or a lone CR ending the file
        parts.pop()
    return tuple(parts)


class _Row(NamedTuple):
    """A row of a listing table."""

    line: int
    title: str
    departement: str
    year: str


def _cells(text: str) -> list[str]:
    """The cells of a table line "a | b | c |" (one trailing "|" allowed)."""
    cells = [cell.strip() for cell in text.strip().removesuffix("|").split("|")]
    return cells[1:] if cells and not cells[0] and text.lstrip().startswith("|") else cells


def _table_row(n: int, text: str) -> _Row | None:
    """The row of a listing table that `text` may be: title | département | year."""
    cells = _cells(text)
    if len(cells) < 3 or not (_YEAR.fullmatch(cells[-1]) or not cells[-1]):
        return None
    return _Row(n, " | ".join(cells[:-2]), cells[-2], cells[-1])


class _Listing:
    """Which lines (with a "|") are the site's listing tables: a header line `Nom | Département
    | Année |` and the rows that follow it; a row with a year and a known département is one
    anywhere (a table cut by a page break). Both passes over a file see the same lines."""

    def __init__(self) -> None:
        self.next = 0  # the line a row must be on to continue the table

    def take(self, n: int, text: str) -> _Row | bool:
        """The row that line `n` is, True for a table header, False for any other line."""
        row = _table_row(n, text)
        placed = row is not None and bool(row.year and find_departement(row.departement))
        if row is not None and (n == self.next or placed):
            self.next = n + 1
            return row
        if _cells(_fold(text)) == _TABLE_HEADER:
            self.next = n + 1
            return True
        return False


def _fiche_key(title: str, departement: str) -> tuple[str, str]:
    """How a listing row and a fiche are matched: title slug and département code."""
    found = find_departement(departement) if departement else None
    return slug(title), found.code if found else slug(departement)


class _Years:
    """The rows of the file's listing tables, read ahead: each fiche's year."""

    def __init__(self, reader: _Reader) -> None:
        self.rows: dict[tuple[str, str], list[_Row]] = {}
        self.used: set[tuple[str, str]] = set()
        listing = _Listing()
        for n, text in reader.lines("|") if reader.holds(b"|") else ():
            row = listing.take(n, text)
            if isinstance(row, _Row):
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


@dataclass(slots=True)
class _Fiche:
    """A fiche being read: its lines so far, by field key."""

    start: int
    last: int
    layout: _Layout
    title: str | None = None
    fields: dict[str, tuple[int, list[Line]]] = field(default_factory=dict)
    current: str | None = None  # key of the field being read
    # Second (and any later) "Territoire concerné": header line and lines, to check.
    territories: list[tuple[int, list[Line]]] = field(default_factory=list)
    # Warnings about the fiche, reported in line order once it is read.
    problems: list[Problem] = field(default_factory=list)


def _marked(lines: Iterator[tuple[int, str]]
            ) -> Iterator[tuple[int, str, str, _Layout | None]]:
    """`lines` with their normal form, and for an `Actions` line the layout of the fiche it
    opens, if it opens one (plain tuples: this runs once per line)."""
    for n, text in lines:
        norm = _norm(text)
        if norm == _ACTIONS:
            yield from _marked_ahead((n, text, norm), lines)
        else:
            yield n, text, norm, None


def _marked_ahead(first: tuple[int, str, str], lines: Iterator[tuple[int, str]]
                  ) -> Iterator[tuple[int, str, str, _Layout | None]]:
    """`_marked` from an `Actions` line on, until the lines read ahead are all given."""
    ahead = deque([first])
    while ahead:
        n, text, norm = ahead.popleft()
        yield n, text, norm, _opened(ahead, lines) if norm == _ACTIONS else None


def _opened(ahead: deque[tuple[int, str, str]], lines: Iterator[tuple[int, str]]
            ) -> _Layout | None:
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
            ahead.append((*found, _norm(found[1])))
        norm = ahead[index][2]
        if norm in _OPENERS:
            if title is not None:
                ahead[title] = (*ahead[title][:2], _TEXT)
            return _OPENERS[norm]
        if norm and norm != _PAGE_HEADER:
            if title is not None:
                return None
            title = index
        index += 1


def _records(reader: _Reader, shown: str, years: _Years, report: Callable[[Problem], None]
             ) -> Iterator[Record]:
    """The parsing loop; kept in one function because it runs once per line of a big file."""
    source = reader.path.name
    fiche: _Fiche | None = None
    current: list[Line] | None = None  # the lines of the field being read
    listing = _Listing()
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
        if norm is _TEXT and current is not None:  # the common case: a line of a field
            current.append(Line(n, text))
            fiche.last = n  # type: ignore[union-attr]  # a field implies a fiche
            continue
        key = None if fiche is None else fiche.layout.key(norm)
        if key is None and current is not None:
            if norm and norm != _PAGE_HEADER:
                current.append(Line(n, text))
                fiche.last = n  # type: ignore[union-attr]  # a field implies a fiche
                _check_lookalike(fiche, n, norm, shown)  # type: ignore[arg-type]  # as above
            elif not norm and current:  # blank lines count only inside a field's text
                current.append(Line(n, text))
        elif not norm or norm == _PAGE_HEADER:
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
    if norm == _ACTIONS:
        fiche.problems.append(Problem(shown, n, "line 'Actions' not followed by a structure "
                                      "header: read as text of the fiche"))
        return
    header = _LOOKALIKES.get(_bare(norm))
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


def _record(fiche: _Fiche, source: str, shown: str, years: _Years,
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
    norm = _fold(last.text) if len(last.text) <= _HEADER_MAX else _TEXT
    if len(norm) < _PREFIX_MIN or not any(
        header.startswith(norm) and header != norm for header in fiche.layout.headers
    ):
        return False
    lines.pop()
    fiche.last = lines[-1].number if lines else fiche.fields[fiche.current][0]
    fiche.problems.append(Problem(shown, last.number,
                                  f"cut header line, left out: {last.text.strip()!r}"))
    return True


def _field(key: str, header_line: int, lines: list[Line], layout: _Layout, shown: str,
           report: Callable[[Problem], None]) -> Field:
    """The `Field` of `key`: list fields become items, free text loses trailing blank lines."""
    if key not in LIST_FIELDS:
        while lines and not lines[-1].text.strip():
            lines.pop()
        if key == "files" and layout is _OLD:
            lines = [Line(line.number, _FILE_SIZE.sub("", line.text)) for line in lines]
        return Field(header_line, tuple(lines))
    items = []
    for line in lines:
        text = line.text.strip()
        if text.startswith(("- ", "• ")):
            text = text[2:].strip()
        elif text and text != "-" and layout is _NEW:
            report(Problem(shown, line.number, f"list item without '- ': {text!r}"))
        if text and text not in ("-", "•"):
            items.append(Line(line.number, text))
    return Field(header_line, tuple(items))


def _check_territories(
    first: Field | None,
    others: list[tuple[int, list[Line]]],
    layout: _Layout,
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
