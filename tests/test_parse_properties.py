"""Properties of the parser on arbitrary text and on arbitrary cuts of real-shaped fiches."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loader.emit import emit
from loader.parse import ParseError, parse_export
from loader.records import FIELDS, LEGACY_FIELDS, Record

DATA = Path(__file__).parent / "data" / "parse"
DEV = (DATA / "dev-fiches.txt").read_text(encoding="utf-8").split("\n")
STARTS = [g["source_line"] for g in json.loads((DATA / "dev-structure.json").read_text())]
LEGACY = (DATA / "legacy.txt").read_text(encoding="utf-8").split("\n")
# The 40 dev fiches and the two of the older layout, each as its lines (a page header may
# end one).
FICHES = [
    *(DEV[a - 1 : b - 1] for a, b in zip(STARTS, [*STARTS[1:], len(DEV) + 1], strict=True)),
    LEGACY[1:26], LEGACY[26:],
]
OPENERS = {FIELDS["structure"], LEGACY_FIELDS["structure"], LEGACY_FIELDS["themes"]}
ENDINGS = ["\n", "\r\n", "\r"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
TRICKY_LINES = [
    *FIELDS.values(), *LEGACY_FIELDS.values(), "Actions", " ACTIONS ", "", "-", "• x",
    "Les actions des centres sociaux", "Nom | Département | Année |", "Atelier | Gers | 2013 |",
    "- CENTRE SOCIAL - Gers", "- Territoire con", "\x1b[2J", "\x00", "\ufeff",
]
SETTINGS = settings(deadline=None, max_examples=60,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _parse_bytes(data: bytes, name: str = "export.txt") -> list[Record]:
    """Parse `data` as a file named `name`; a ParseError gives []."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / name
        path.write_bytes(data)
        try:
            return list(parse_export(path))
        except ParseError:
            return []


def _triples(records: list[Record]) -> list[str]:
    return sorted(str(quad) for quad in emit(records))


lines = st.lists(st.one_of(st.sampled_from(TRICKY_LINES), st.text(max_size=40)), max_size=40)


@SETTINGS
@given(lines=lines, ending=st.sampled_from(ENDINGS))
def test_arbitrary_lines_give_records_or_one_parse_error(lines, ending):
    records = _parse_bytes(ending.join(lines).encode("utf-8", "surrogatepass"))
    assert all(isinstance(record, Record) for record in records)


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_give_records_or_one_parse_error(data):
    _parse_bytes(data)


@st.composite
def cut_fiches(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Some dev and older fiches, each cut at an arbitrary character; and the titles of those
    whose opening lines (Actions, title, structure header) the cut kept whole."""
    chosen = draw(st.lists(st.sampled_from(FICHES), min_size=1, max_size=4))
    pieces, titles = [], []
    for fiche in chosen:
        text = "\n".join(fiche)
        cut = draw(st.integers(min_value=0, max_value=len(text)))
        pieces.append(text[:cut])
        opener = next(i for i, line in enumerate(fiche) if i > 1 and line in OPENERS)
        if cut >= len("\n".join(fiche[: opener + 1])):
            titles.append(fiche[1])
    return pieces, titles


@SETTINGS
@given(case=cut_fiches())
def test_cut_fiches_are_never_lost_or_split(case):
    pieces, titles = case
    records = _parse_bytes("\n".join(pieces).encode())
    assert [record.title for record in records] == titles


@SETTINGS
@given(case=cut_fiches(), ending=st.sampled_from(ENDINGS), encoding=st.sampled_from(ENCODINGS))
def test_same_triples_whatever_the_line_endings_or_encoding(case, ending, encoding):
    text = "\n".join(case[0])
    try:
        data = text.replace("\n", ending).encode(encoding)
    except UnicodeEncodeError:  # an emoji or a narrow no-break space has no cp1252 byte
        data = text.replace("\n", ending).encode("utf-8")
    assert _triples(_parse_bytes(data)) == _triples(_parse_bytes(text.encode()))
