"""The remote backend: the same SELECT queries on any SPARQL 1.1 server (SPARQL protocol).

Queries are POSTed as forms through `queries.endpoints.request`, the one place that talks HTTP
(credentials only to the URL's origin, no redirect elsewhere, bounded answers). Rows come back
as the same lexical strings as the embedded store gives, so results compare equal: numbers are
rewritten in the canonical form Oxigraph uses (`canonical`, the one place where server
differences such as Virtuoso's `2700.0` for `2700` are smoothed out).
"""

from __future__ import annotations

import json
import math
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from queries.endpoints import (
    DEFAULT_GRAPH,
    MAX_ANSWER_BYTES,
    Answer,
    Auth,
    EndpointError,
    request,
    resolve,
)
from queries.runner import Result

__all__ = ["MAX_RESULT_BYTES", "RemoteBackend", "canonical"]

MAX_RESULT_BYTES = MAX_ANSWER_BYTES
XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}
_RESULTS_JSON = "application/sparql-results+json"


class RemoteBackend:
    """A SPARQL server's query URL; queries see `graph` as their default graph (None: the
    server's own default graph)."""

    def __init__(
        self,
        endpoint: str,
        *,
        graph: str | None = DEFAULT_GRAPH,
        auth: Auth | None = None,
        timeout: float = 60,
        max_bytes: int = MAX_RESULT_BYTES,
    ) -> None:
        self.endpoint = resolve(endpoint).query  # refuses what is not an http(s) URL
        self.graph = graph
        self.auth = auth
        self.timeout = timeout
        self.max_bytes = max_bytes

    def select(self, sparql: str) -> Result:
        """Run a SELECT query on the server; failures are one-line EndpointErrors."""
        document = self._document(self._fetch(sparql))
        try:
            columns = list(document["head"]["vars"])
            bindings = document["results"]["bindings"]
            rows = [tuple(_lexical(binding.get(column)) for column in columns)
                    for binding in bindings]
        except (KeyError, TypeError, ValueError):
            raise EndpointError(f"{self.endpoint}: not a SPARQL SELECT result") from None
        return Result(columns, rows)

    def _fetch(self, sparql: str) -> Answer:
        form = [("query", sparql)] + ([("default-graph-uri", self.graph)] if self.graph else [])
        return request(self.endpoint, urlencode(form).encode(),
                       content_type="application/x-www-form-urlencoded", accept=_RESULTS_JSON,
                       auth=self.auth, timeout=self.timeout, max_bytes=self.max_bytes)

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


def _lexical(term: dict | None) -> str | None:
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
