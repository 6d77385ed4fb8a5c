"""Where a SPARQL server takes queries, updates and Graph Store requests, and how to talk to it.

`--endpoint` is always the server's query URL; the update and Graph Store Protocol URLs of the
servers Maillage knows are derived from it (`resolve`), and can be given explicitly for others.

>>> resolve("http://127.0.0.1:7878/query").graph_store
'http://127.0.0.1:7878/store'
>>> resolve("http://127.0.0.1:8890/sparql").update
'http://127.0.0.1:8890/sparql-auth'
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urlsplit, urlunsplit

__all__ = [
    "DEFAULT_GRAPH",
    "Auth",
    "EndpointError",
    "Endpoints",
    "describe_error",
    "first_line",
    "request",
    "resolve",
]

# The named graph `maillage push` replaces and remote queries read by default.
DEFAULT_GRAPH = "https://w3id.org/maillage/graph"


class EndpointError(Exception):
    """A server could not be reached or refused a request; the message is one line for users."""


@dataclass(frozen=True)
class Auth:
    """HTTP credentials; the password never appears in `repr` or in error messages."""

    user: str
    password: str = field(repr=False)
    scheme: str = "basic"  # or "digest"


@dataclass(frozen=True)
class Server:
    """How a known server lays out its URLs: a query path pattern and the sibling paths."""

    kind: str
    query_path: str  # regex on the URL path; group `base` is the prefix of the sibling paths
    update: str
    graph_store: str
    auth_scheme: str = "basic"


SERVERS = (
    Server("oxigraph", r"(?P<base>)/query", "/update", "/store"),
    Server("virtuoso", r"(?P<base>)/sparql/?", "/sparql-auth", "/sparql-graph-crud-auth", "digest"),
    Server("fuseki", r"(?P<base>/.+)/(?:query|sparql)", "/update", "/data"),
    Server("graphdb", r"(?P<base>/repositories/[^/]+)", "/statements", "/rdf-graphs/service"),
)


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one server; `update` and `graph_store` are None when unknown."""

    query: str
    update: str | None = None
    graph_store: str | None = None
    kind: str = "generic"
    auth_scheme: str = "basic"


def resolve(query: str, *, update: str | None = None, graph_store: str | None = None) -> Endpoints:
    """The endpoints of the server whose query URL is `query`; explicit URLs win."""
    parts = _checked(query)
    for given in (update, graph_store):
        if given is not None:
            _checked(given)
    for server in SERVERS:
        match = re.fullmatch(server.query_path, parts.path)
        if match:
            base = urlunsplit((parts.scheme, parts.netloc, match["base"], "", ""))
            return Endpoints(
                query,
                update or base + server.update,
                graph_store or base + server.graph_store,
                server.kind,
                server.auth_scheme,
            )
    return Endpoints(query, update, graph_store)


def _checked(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and (
            parts.port is None or parts.port > 0) and not re.search(r"[\s\x00-\x1f]", url)
    except ValueError:  # a bad port or IPv6 address
        valid = False
    if not valid:
        raise EndpointError(f"not an http(s) URL: {url}")
    return parts


def describe_error(exc: BaseException, url: str, timeout: float | None = None) -> str:
    """One line saying why a request to `url` failed (never includes credentials)."""
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code in (401, 403):
            return f"{url}: authentication refused (HTTP {exc.code}); check --user and the password"
        detail = first_line(exc.read())
        return f"{url}: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{url}: no answer within {timeout:g} s" if timeout else f"{url}: timed out"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: connection refused (is the server running?)"
    return f"{url}: cannot connect ({reason})"


def request(
    url: str,
    data: bytes,
    *,
    content_type: str,
    accept: str = "*/*",
    auth: Auth | None = None,
    timeout: float = 60,
) -> bytes:
    """POST `data` to `url`, answering a basic or digest challenge with `auth`; the body."""
    headers = {"Content-Type": content_type, "Accept": accept}
    req = urllib.request.Request(url, data=data, method="POST", headers=headers)
    try:
        with _opener(url, auth).open(req, timeout=timeout) as response:
            return response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise EndpointError(describe_error(exc, url, timeout)) from None


def _opener(url: str, auth: Auth | None) -> urllib.request.OpenerDirector:
    if auth is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, auth.user, auth.password)
    handler = (
        urllib.request.HTTPDigestAuthHandler
        if auth.scheme == "digest"
        else urllib.request.HTTPBasicAuthHandler
    )
    return urllib.request.build_opener(handler(passwords))


def first_line(body: bytes) -> str:
    """The first non-empty line of a server's answer, markup removed, at most 200 characters."""
    text = re.sub(r"<[^>]+>", " ", body.decode("utf-8", "replace"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0][:200] if lines else ""
