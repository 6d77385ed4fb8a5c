"""The remote backend: the same SELECT queries on any SPARQL 1.1 server, through SPARQLWrapper.

Rows come back as the same lexical strings as the embedded store gives, so results compare
equal: numbers are rewritten in the canonical form Oxigraph uses (`canonical`, the one place
where server differences such as Virtuoso's `2700.0` for `2700` are smoothed out).
"""

from __future__ import annotations

import ast
import json
import math
import re
import urllib.error
from decimal import Decimal, InvalidOperation

from SPARQLWrapper import BASIC, DIGEST, JSON, POST, SELECT, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from queries.endpoints import (
    DEFAULT_GRAPH,
    Auth,
    EndpointError,
    describe_error,
    first_line,
    resolve,
)
from queries.runner import Result

__all__ = ["MAX_RESULT_BYTES", "RemoteBackend", "canonical"]

MAX_RESULT_BYTES = 256 * 1024 * 1024
XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}
_STATUS = {QueryBadFormed: 400, Unauthorized: 401, EndPointNotFound: 404, URITooLong: 414,
           EndPointInternalError: 500}


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
        document = self._fetch(sparql)
        try:
            columns = list(document["head"]["vars"])
            bindings = document["results"]["bindings"]
            rows = [tuple(_lexical(binding.get(column)) for column in columns)
                    for binding in bindings]
        except (KeyError, TypeError, ValueError):
            raise EndpointError(f"{self.endpoint}: not a SPARQL SELECT result") from None
        return Result(columns, rows)

    def _fetch(self, sparql: str) -> dict:
        wrapper = self._wrapper(sparql)
        try:
            with wrapper.query().response as response:
                body = response.read(self.max_bytes + 1)
        except SPARQLWrapperException as error:
            raise EndpointError(self._refusal(error)) from None
        except (urllib.error.URLError, OSError) as error:
            raise EndpointError(describe_error(error, self.endpoint, self.timeout)) from None
        if len(body) > self.max_bytes:
            raise EndpointError(f"{self.endpoint}: result larger than {self.max_bytes} bytes; "
                                "narrow the query")
        truncated = response.headers.get("X-SPARQL-MaxRows")
        if truncated:
            raise EndpointError(f"{self.endpoint}: result cut by the server at {truncated} rows "
                                "(Virtuoso ResultSetMaxRows); narrow the query")
        try:
            return json.loads(body)
        except ValueError:
            kind = response.headers.get("Content-Type", "unknown type")
            raise EndpointError(
                f"{self.endpoint}: answered {kind}, not SPARQL JSON results; "
                "is this the server's query URL?") from None

    def _wrapper(self, sparql: str) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(self.endpoint)
        wrapper.setMethod(POST)
        wrapper.setReturnFormat(JSON)
        wrapper.setTimeout(max(1, math.ceil(self.timeout)))
        wrapper.setQuery(sparql)
        # Backends only run SELECT queries. SPARQLWrapper guesses the form from the text and
        # its comment stripping misses every other comment line, so a header saying "loader"
        # would be sent as a LOAD update.
        wrapper.queryType = SELECT
        if self.graph:
            wrapper.addDefaultGraph(self.graph)
        if self.auth:
            wrapper.setHTTPAuth(DIGEST if self.auth.scheme == "digest" else BASIC)
            wrapper.setCredentials(self.auth.user, self.auth.password)
        return wrapper

    def _refusal(self, error: SPARQLWrapperException) -> str:
        status = next((code for kind, code in _STATUS.items() if isinstance(error, kind)), None)
        if status == 401:
            return f"{self.endpoint}: authentication refused (HTTP 401); check --user and password"
        detail = _server_message(error)
        return f"{self.endpoint}: HTTP {status}" + (f": {detail}" if detail else "")


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


def _server_message(error: SPARQLWrapperException) -> str:
    """The first line of the server's answer, which SPARQLWrapper keeps inside its message."""
    found = re.search(r"Response:\n(b(['\"]).*\2)\s*$", str(error), re.DOTALL)
    if not found:
        return ""
    return first_line(ast.literal_eval(found.group(1)))
