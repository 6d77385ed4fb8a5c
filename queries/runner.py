"""Run the named SPARQL queries of `queries/*.rq` on the embedded store or on a server.

A query file starts with `#` header lines: its title, what it answers, its parameters
(`# param ?name (kind): description`) and its columns (`# columns: a, b`). A parameter with a
kind is resolved to IRIs first (`queries.params`: départements, funders, structures…); one
without stays a string. The values are bound by inserting a `VALUES` block at the start of the
query's first `WHERE` group, each value serialised by pyoxigraph: user input never becomes
SPARQL syntax. A query line ending with `# if ?name` is kept only when `name` is given: it
joins the parameter where the store can start from it, instead of a FILTER over every row; a
line ending with `# unless ?name` only when it is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from queries.guard import calls_service, is_update

__all__ = [
    "QUERIES_DIR",
    "Backend",
    "EmbeddedBackend",
    "NamedQuery",
    "Params",
    "QueryError",
    "Result",
    "Stream",
    "bind",
    "catalogue",
    "load_query",
    "open_backend",
    "prepare",
    "run_query",
    "stream_query",
    "values_clause",
]

QUERIES_DIR = Path(__file__).resolve().parent
_PARAM = re.compile(r"^#\s*param\s+\?(\w+)\s*(?:\((\w+)\))?\s*:\s*(.*)$")
_IF_LINE = re.compile(r"#\s*(if|unless)\s+\?(\w+)\s*$")
_ORDER_BY = re.compile(r"^ORDER BY\b.*$", re.MULTILINE)
_EXAMPLE = re.compile(r'e\.g\. "([^"]+)"')
_COLUMNS = re.compile(r"^#\s*columns\s*:\s*(.*)$")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_OUTER_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
Params = Mapping[str, "str | Sequence[str]"]
"""Parameter values by name: one string, or several meaning "any of"."""


class QueryError(Exception):
    """A query that cannot be found, parsed, bound or run; its message is one line."""


@dataclass(frozen=True)
class Result:
    """A SELECT result: column names and rows of lexical values (None when unbound)."""

    columns: list[str]
    rows: list[tuple[str | None, ...]]


@dataclass(frozen=True)
class NamedQuery:
    """A query file with what its header declares."""

    name: str
    path: Path
    title: str
    description: str
    params: dict[str, str] = field(default_factory=dict)
    columns: list[str] = field(default_factory=list)
    text: str = ""
    kinds: dict[str, str] = field(default_factory=dict)
    """The kind of each parameter resolved to IRIs (see `queries.params.KINDS`)."""

    @property
    def examples(self) -> dict[str, str]:
        """The example value each parameter's description gives (`e.g. "…"`)."""
        return {name: found.group(1) for name, help_ in self.params.items()
                if (found := _EXAMPLE.search(help_))}

    def required(self, name: str) -> bool:
        """Whether parameter `name` is marked "(required)"."""
        return "(required)" in self.params[name]


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
        from loader.store import open_store  # the store module owns how a store is opened

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
        return columns, (tuple(solution[column] for column in columns) for solution in solutions)


_FINAL_ORDER = re.compile(
    r"^ORDER BY(?P<keys>(?:\s+(?:\?\w+|(?:ASC|DESC)\(\?\w+\)))+)\s*"
    r"(?:LIMIT (?P<limit>\d+)\s*)?(?:OFFSET (?P<offset>\d+)\s*)?\Z", re.MULTILINE)
_ORDER_KEY = re.compile(r"(ASC|DESC)?\(?\?(\w+)\)?")
_NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{name}" for name in (
    "integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}


def _ordered(rows: list[tuple], keys: list[tuple[int, bool]]) -> list[tuple]:
    """`rows` sorted by `keys` (column index, descending?), first key first."""
    for index, descending in reversed(keys):  # stable sorts, the last key first
        rows.sort(key=lambda row, i=index: _order_key(row[i]), reverse=descending)
    return rows


def _order_key(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> tuple:
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


def open_backend(store: Path | None = None, endpoint: str | None = None, **remote: Any
                 ) -> Backend:
    """The backend for `--endpoint URL` if given (with `remote`, the options of
    `queries.remote.RemoteBackend`: graph, auth, timeout), else the embedded store at `store`."""
    if endpoint:
        from queries.remote import RemoteBackend

        return RemoteBackend(endpoint, **remote)
    return EmbeddedBackend(store or Path("maillage-store"))


def load_query(name_or_path: str | Path) -> NamedQuery:
    """A named query (file name in `queries/` without `.rq`) or a `.rq` file."""
    path = Path(name_or_path)
    if path.suffix != ".rq":
        path = QUERIES_DIR / f"{name_or_path}.rq"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        known = ", ".join(query.name for query in catalogue())
        raise QueryError(f"no query {str(name_or_path)!r} (named queries: {known})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read {path}: {error}") from None
    return _parse_header(path, text)


def catalogue() -> list[NamedQuery]:
    """Every named query of `queries/`, sorted by name."""
    return [_parse_header(path, path.read_text(encoding="utf-8"))
            for path in sorted(QUERIES_DIR.glob("*.rq"))]


def bind(query: NamedQuery, params: Mapping[str, str | Sequence[ox.NamedNode | str]]
         ) -> str:
    """The query's text with `params` bound in VALUES blocks, its `# if ?name` lines kept for
    the parameters given and its `# unless ?name` lines for the others.

    Each VALUES goes in a group of its own just before the first `# if ?name` line of its
    parameter, else at the start of the first `WHERE` group: Oxigraph then starts from the
    bound IRIs, in the order the query gives, and looks them up in its indexes (a VALUES
    elsewhere is hash-joined after the patterns have been walked).

    IRIs are written as IRIs; strings as xsd:string literals, the datatype written out
    although it is the default: Virtuoso 7.2 mangles the accents of an untyped literal under
    STR() ("parentalité" becomes "parentalit?").

    >>> q = NamedQuery("q", Path("q.rq"), "", "", {"k": ""}, [], "SELECT ?k WHERE { }")
    >>> print(bind(q, {"k": ['a" } DROP ALL']}))
    SELECT ?k WHERE { { VALUES ?k { "a\\" } DROP ALL"^^<http://www.w3.org/2001/XMLSchema#string> } }
     }
    """
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        declared = ", ".join(query.params) or "none"
        raise QueryError(
            f"unknown parameter {unknown[0]!r} for {query.name} (declared: {declared})")
    lines: list[str] = []
    placed: set[str] = set()
    for line in query.text.split("\n"):
        found = _IF_LINE.search(line)
        if found is None:
            lines.append(line)
        elif found.group(1) == "unless":
            if found.group(2) not in params:
                lines.append(line)
        elif found.group(2) in params:
            name = found.group(2)
            if name not in placed:
                lines.append(_values_group(name, params[name]))
                placed.add(name)
            lines.append(line)
    text = "\n".join(lines)
    rest = {name: terms for name, terms in params.items() if name not in placed}
    if not rest:
        return text
    match = _OUTER_WHERE.search(text)
    if match is None:
        raise QueryError(f"{query.path.name}: parameters need a 'WHERE {{' to bind into")
    values = "".join(f"{_values_group(name, terms)}\n" for name, terms in rest.items())
    return f"{text[: match.end()]} {values}{text[match.end():]}"


def _values_group(name: str, terms: str | Sequence[ox.NamedNode | str]) -> str:
    listed = [terms] if isinstance(terms, str) else terms
    return f"{{ {values_clause(name, map(_term_text, listed))} }}"


def values_clause(name: str, terms: Iterable[str]) -> str:
    """`VALUES ?name { … }` of terms already serialised by pyoxigraph."""
    return f"VALUES ?{name} {{ {' '.join(terms)} }}"


def _term_text(term: ox.NamedNode | str) -> str:
    if isinstance(term, ox.NamedNode):
        return str(term)
    return f"{ox.Literal(term)}^^<{_XSD_STRING}>"


def run_query(backend: Backend, name_or_path: str | Path, params: Params | None = None, *,
              limit: int | None = None, offset: int | None = None, ordered: bool = True,
              allow_service: bool = False) -> Result:
    """Run a named query or a `.rq` file with its parameters resolved and bound; an update
    is refused, and so is a federated SERVICE call unless `allow_service`.

    `limit` and `offset` page the rows; `ordered=False` drops the query's final `ORDER BY`,
    so a page costs only its rows (in the store's own order, stable for one store).
    """
    query = _runnable(load_query(name_or_path), allow_service=allow_service)
    return backend.select(prepare(backend, query, params or {}, limit=limit, offset=offset,
                                  ordered=ordered))


def stream_query(backend: Backend, name_or_path: str | Path, params: Params | None = None, *,
                 limit: int | None = None, offset: int | None = None, ordered: bool = True,
                 allow_service: bool = False) -> Stream:
    """`run_query`, the rows streamed from the embedded store as they are found (a server's
    answer is read whole first)."""
    query = _runnable(load_query(name_or_path), allow_service=allow_service)
    sparql = prepare(backend, query, params or {}, limit=limit, offset=offset, ordered=ordered)
    if isinstance(backend, EmbeddedBackend):
        return backend.stream(sparql)
    result = backend.select(sparql)
    return Stream(result.columns, iter(result.rows))


def _runnable(query: NamedQuery, *, allow_service: bool) -> NamedQuery:
    """`query`, unless it is an update or calls SERVICE without `allow_service`."""
    if is_update(query.text):
        raise QueryError(f"{query.path.name} is a SPARQL update: updates are not run "
                         "(only SELECT queries)")
    if not allow_service and calls_service(query.text):
        raise QueryError(f"{query.path.name} calls SERVICE (a request to another server): "
                         "refused unless --allow-service is given")
    return query


def prepare(backend: Backend | None, query: NamedQuery, params: Params, *,
            limit: int | None = None, offset: int | None = None, ordered: bool = True) -> str:
    """The SPARQL text `run_query` sends: parameters resolved and bound, then paging."""
    from queries.params import resolve  # resolution runs queries: it imports this module

    missing = [name for name in query.params if query.required(name) and name not in params]
    if missing:
        raise QueryError(f"{query.name} needs --param {missing[0]}=VALUE "
                         f"({query.params[missing[0]]})")
    bound: dict[str, Sequence[ox.NamedNode | str]] = {}
    for name, given in params.items():
        values = [given] if isinstance(given, str) else list(given)
        kind = query.kinds.get(name)
        bound[name] = resolve(backend, kind, values) if kind else values
    text = bind(query, bound)
    if not ordered:
        text = _ORDER_BY.sub("", text)
    for keyword, number in (("LIMIT", limit), ("OFFSET", offset)):
        if number is not None:
            text += f"\n{keyword} {int(number)}"
    return text


def _parse_header(path: Path, text: str) -> NamedQuery:
    header = [line.strip() for line in _leading_comments(text)]
    title = header[0].lstrip("# ").strip() if header else path.stem
    params: dict[str, str] = {}
    kinds: dict[str, str] = {}
    columns: list[str] = []
    description: list[str] = []
    for line in header[1:]:
        if param := _PARAM.match(line):
            params[param.group(1)] = param.group(3).strip()
            if param.group(2):
                kinds[param.group(1)] = param.group(2)
        elif found := _COLUMNS.match(line):
            columns = [column.strip() for column in found.group(1).split(",") if column.strip()]
        elif line.lstrip("# "):
            description.append(line.lstrip("# "))
    return NamedQuery(path.stem, path, title, " ".join(description), params, columns, text,
                      kinds)


def _leading_comments(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def _lexical(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str | None:
    return None if term is None else term.value


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
