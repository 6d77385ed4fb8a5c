"""Run the named SPARQL queries of `queries/*.rq` on the embedded store or on a server.

A query file starts with `#` header lines: its title, what it answers, its parameters
(`# param ?name (kind): description`) and its columns (`# columns: a, b`). A parameter with a
kind is resolved to IRIs first (`queries.params`: départements, funders, structures…); one
without stays a string. The values are bound by inserting a `VALUES` block at the start of the
query's first `WHERE` group, each value serialised by pyoxigraph: user input never becomes
SPARQL syntax. A query line ending with `# if ?name` is kept only when `name` is given: it
joins the parameter where the store can start from it, instead of a FILTER over every row; a
line ending with `# unless ?name` only when it is not. A line ending with `# if ordered` is
kept only when the rows are read whole and sorted (the query's final ORDER BY kept), `# unless
ordered` only when a page is read in the store's order: a plan that is faster for every row but
slower to the first one (a hash join) goes in the first. A line may end with several such
conditions (`# unless ?departement if ordered`): it is kept when all hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from queries.backends import Backend, EmbeddedBackend, QueryError, Result, Stream
from queries.guard import calls_service, is_update
from queries.params import resolve, values_clause

__all__ = [
    "QUERIES_DIR",
    "NamedQuery",
    "Params",
    "bind",
    "catalogue",
    "load_query",
    "prepare",
    "run_query",
    "stream_query",
]

QUERIES_DIR = Path(__file__).resolve().parent
_PARAM = re.compile(r"^#\s*param\s+\?(\w+)\s*(?:\((\w+)\))?\s*:\s*(.*)$")
_CONDITION = r"(if|unless)\s+(\?\w+|ordered)"
_IF_LINE = re.compile(rf"#\s*(?:{_CONDITION}\s*)+$")
_ORDER_BY = re.compile(r"^ORDER BY\b.*$", re.MULTILINE)
_EXAMPLE = re.compile(r'e\.g\. "([^"]+)"')
_COLUMNS = re.compile(r"^#\s*columns\s*:\s*(.*)$")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_OUTER_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
Params = Mapping[str, "str | Sequence[str]"]
"""Parameter values by name: one string, or several meaning "any of"."""


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


def bind(query: NamedQuery, params: Mapping[str, str | Sequence[ox.NamedNode | str]], *,
         ordered: bool = True) -> str:
    """The query's text with `params` bound in VALUES blocks, its `# if ?name` lines kept for
    the parameters given and its `# unless ?name` lines for the others; its `# if ordered`
    lines kept if `ordered` (the rows will be read whole and sorted), else its `# unless
    ordered` lines.

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
            continue
        conditions = re.findall(_CONDITION, found.group(0))
        if not all(_holds(kind, term, params, ordered) for kind, term in conditions):
            continue
        for name in (term[1:] for kind, term in conditions
                     if kind == "if" and term != "ordered"):
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


def _holds(kind: str, term: str, params: Mapping[str, object], ordered: bool) -> bool:
    """Whether the line condition `kind term` (`if ?name`, `unless ordered`…) holds."""
    given = ordered if term == "ordered" else term[1:] in params
    return given == (kind == "if")


def _values_group(name: str, terms: str | Sequence[ox.NamedNode | str]) -> str:
    listed = [terms] if isinstance(terms, str) else terms
    return f"{{ {values_clause(name, map(_term_text, listed))} }}"


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
    missing = [name for name in query.params if query.required(name) and name not in params]
    if missing:
        raise QueryError(f"{query.name} needs --param {missing[0]}=VALUE "
                         f"({query.params[missing[0]]})")
    bound: dict[str, Sequence[ox.NamedNode | str]] = {}
    for name, given in params.items():
        values = [given] if isinstance(given, str) else list(given)
        kind = query.kinds.get(name)
        bound[name] = resolve(backend, kind, values) if kind else values
    text = bind(query, bound, ordered=ordered)
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


