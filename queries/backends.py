"""Where SELECT queries run: the embedded store and any SPARQL 1.1 server, with the same rows.

`EmbeddedBackend` reads the pyoxigraph store on disk; `RemoteBackend` POSTs queries as forms
through `storage.endpoints.request`, the one place that talks HTTP (credentials only to the
URL's origin, no redirect elsewhere, bounded answers). Rows come back as the same lexical
strings from both, so results compare equal: a server's numbers are rewritten in the canonical
form Oxigraph uses (`canonical`, the one place where server differences such as Virtuoso's
`2700.0` for `2700` are smoothed out).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Protocol
from urllib.parse import urlencode

import pyoxigraph as ox

from storage.embedded import open_store
from storage.endpoints import MAX_ANSWER_BYTES, Answer, EndpointError, Remote, request
from storage.settings import STORE

__all__ = [
    "MAX_RESULT_BYTES",
    "Backend",
    "EmbeddedBackend",
    "QueryError",
    "RemoteBackend",
    "Result",
    "Stream",
    "bound",
    "canonical",
    "open_backend",
]

MAX_RESULT_BYTES = MAX_ANSWER_BYTES
XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}
_RESULTS_JSON = "application/sparql-results+json"


class QueryError(Exception):
    """A query that cannot be found, parsed, bound or run; its message is one line."""


@dataclass(frozen=True)
class Result:
    """A SELECT result: column names and rows of lexical values (None when unbound)."""

    columns: list[str]
    rows: list[tuple[str | None, ...]]


class Backend(Protocol):
    """Something that answers SPARQL SELECT queries."""

    def select(self, sparql: str) -> Result:
        """Run a SELECT query and return its result."""
        ...


@dataclass(frozen=True)
class Stream:
    """A SELECT result whose rows come as the store finds them: column names and an
    iterator of rows, to be read once."""

    columns: list[str]
    rows: Iterator[tuple[str | None, ...]]


class EmbeddedBackend:
    """The pyoxigraph store on disk, opened read-only (several readers may share it)."""

    def __init__(self, store_dir: Path) -> None:
        self.store = open_store(store_dir)

    def select(self, sparql: str) -> Result:
        stream = self.stream(sparql)
        return Result(stream.columns, list(stream.rows))

    def stream(self, sparql: str) -> Stream:
        """Run a SELECT query; its rows are read from the store as they are iterated.

        A final `ORDER BY` of projected variables (and the `LIMIT`/`OFFSET` after it) is
        applied here, in Python, with SPARQL's order (unbound first, then IRIs, then literals;
        numbers by value): the store compares terms by decoding them from its dictionary,
        seconds for tens of thousands of rows.
        """
        tail = _FINAL_ORDER.search(sparql)
        if tail:
            keys = _ORDER_KEY.findall(tail.group("keys"))
            columns, terms = self._solutions(sparql[: tail.start()])
            if all(name in columns for _, name in keys):
                rows = _ordered(list(terms), [(columns.index(name), direction == "DESC")
                                              for direction, name in keys])
                start = int(tail.group("offset") or 0)
                stop = start + int(tail.group("limit")) if tail.group("limit") else None
                return Stream(columns, (tuple(map(_lexical, row)) for row in rows[start:stop]))
        columns, terms = self._solutions(sparql)
        return Stream(columns, (tuple(map(_lexical, row)) for row in terms))

    def _solutions(self, sparql: str) -> tuple[list[str], Iterator[tuple]]:
        try:
            solutions = self.store.query(sparql)
        except SyntaxError as error:
            raise QueryError(f"invalid SPARQL: {_first_line(error)}") from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("only SELECT queries can be run as tables")
        columns = [variable.value for variable in solutions.variables]
        # a solution iterates its values in the order of `variables` (None when unbound):
        # 3-4x cheaper than looking each column up by name
        return columns, (tuple(solution) for solution in solutions)


_FINAL_ORDER = re.compile(
    r"^ORDER BY(?P<keys>(?:\s+(?:\?\w+|(?:ASC|DESC)\(\?\w+\)))+)\s*"
    r"(?:LIMIT (?P<limit>\d+)\s*)?(?:OFFSET (?P<offset>\d+)\s*)?\Z", re.MULTILINE)
_ORDER_KEY = re.compile(r"(ASC|DESC)?\(?\?(\w+)\)?")
_Term = ox.NamedNode | ox.BlankNode | ox.Literal
_NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{name}" for name in (
    "integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}


def _ordered(rows: list[tuple], keys: list[tuple[int, bool]]) -> list[tuple]:
    """`rows` sorted by `keys` (column index, descending?), first key first.

    Each distinct term's place is computed once (a funder's 34,000 rows repeat one funder,
    a hundred départements, a few thousand structures), and keys all ascending sort in one
    pass: half the time of four passes that each compute every row's place.

    >>> a, b = ox.Literal("a"), ox.Literal("b")
    >>> rows = _ordered([(b, a), (a, b), (a, None)], [(0, False), (1, True)])
    >>> [tuple(map(_lexical, row)) for row in rows]
    [('a', 'b'), ('a', None), ('b', 'a')]
    """
    place = _places()
    if not any(descending for _, descending in keys):
        indexes = [index for index, _ in keys]
        rows.sort(key=lambda row: [place(row[index]) for index in indexes])
        return rows
    for index, descending in reversed(keys):  # stable sorts, the last key first
        rows.sort(key=_column_order(index, place), reverse=descending)
    return rows


def _places() -> Callable[[_Term | None], tuple]:
    """`_order_key`, remembered for each term it is asked about (terms compare by value)."""
    known: dict[_Term | None, tuple] = {}

    def place(term: _Term | None) -> tuple:
        found = known.get(term)
        if found is None:
            found = known[term] = _order_key(term)
        return found

    return place


def _column_order(index: int, place: Callable[[_Term | None], tuple]
                  ) -> Callable[[tuple], tuple]:
    """The sort key of a row by its column `index`, in SPARQL's order."""
    return lambda row: place(row[index])


def _order_key(term: _Term | None) -> tuple:
    """Where SPARQL's ORDER BY puts `term`: unbound, blank nodes, IRIs, then literals."""
    if term is None:
        return (0, 0, "")
    if isinstance(term, ox.BlankNode):
        return (1, 0, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, 0, term.value)
    if term.datatype.value in _NUMERIC:
        try:
            return (3, 0, Decimal(term.value))
        except InvalidOperation:
            pass
    return (3, 1, term.value)


def open_backend(store: Path | None = None, remote: Remote | None = None) -> Backend:
    """The backend for the SPARQL server `remote` if given, else the embedded store at
    `store`."""
    if remote is not None:
        return RemoteBackend(remote)
    return EmbeddedBackend(store or STORE.default)


class RemoteBackend:
    """A SPARQL server's query URL; queries see `remote.graph` as their default graph (None:
    the server's own default graph)."""

    def __init__(self, remote: Remote, *, max_bytes: int = MAX_RESULT_BYTES) -> None:
        self.remote = remote
        self.endpoint = remote.endpoints.query
        self.max_bytes = max_bytes

    def select(self, sparql: str) -> Result:
        """Run a SELECT query on the server; failures are one-line EndpointErrors."""
        document = self._document(self._fetch(sparql))
        try:
            columns = list(document["head"]["vars"])
            bindings = document["results"]["bindings"]
            rows = [tuple(_json_lexical(binding.get(column)) for column in columns)
                    for binding in bindings]
        except (KeyError, TypeError, ValueError):
            raise EndpointError(f"{self.endpoint}: not a SPARQL SELECT result") from None
        return Result(columns, rows)

    def _fetch(self, sparql: str) -> Answer:
        graph = self.remote.graph
        form = [("query", sparql)] + ([("default-graph-uri", graph)] if graph else [])
        return request(self.endpoint, urlencode(form).encode(),
                       content_type="application/x-www-form-urlencoded", accept=_RESULTS_JSON,
                       auth=self.remote.auth, timeout=self.remote.timeout,
                       max_bytes=self.max_bytes)

    def _document(self, answer: Answer) -> dict:
        truncated = answer.headers.get("X-SPARQL-MaxRows")
        if truncated:
            raise EndpointError(f"{self.endpoint}: result cut by the server at {truncated} rows "
                                "(Virtuoso ResultSetMaxRows); narrow the query")
        try:
            return json.loads(answer.body)
        except (ValueError, RecursionError):  # RecursionError: arrays nested too deep
            kind = answer.headers.get("Content-Type", "unknown type")
            raise EndpointError(
                f"{self.endpoint}: answered {kind}, not SPARQL JSON results; "
                "is this the server's query URL?") from None


def canonical(value: str, datatype: str | None) -> str:
    """The lexical form Oxigraph gives a literal: numbers and booleans in canonical form.

    >>> canonical("2700.0", XSD + "decimal"), canonical("1.5E3", XSD + "double")
    ('2700', '1500')
    >>> canonical("1", XSD + "boolean"), canonical("Caf", None)
    ('true', 'Caf')
    """
    try:
        if datatype in _INTEGERS:
            return str(int(value))
        if datatype == XSD + "decimal":
            return _plain(Decimal(value))
        if datatype in (XSD + "double", XSD + "float"):
            return _floating(float(value))
    except (ValueError, InvalidOperation):
        return value
    if datatype == XSD + "boolean":
        return {"1": "true", "0": "false"}.get(value, value)
    return value


def bound(value: str | None) -> str:
    """`value`, which the query always binds (a variable of a required pattern).

    >>> bound("Gers")
    'Gers'
    """
    if value is None:
        raise QueryError("a variable the query always binds came back unbound")
    return value


def _json_lexical(term: dict | None) -> str | None:
    if term is None:
        return None
    return canonical(term["value"], term.get("datatype"))


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _floating(number: float) -> str:
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "INF" if number > 0 else "-INF"
    return _plain(Decimal(repr(number)))


def _lexical(term: _Term | None) -> str | None:
    return None if term is None else term.value


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
