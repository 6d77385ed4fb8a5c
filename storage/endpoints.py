"""Where a SPARQL server takes queries, updates and Graph Store requests, and how to talk to it.

`--endpoint` is always the server's query URL; the update and Graph Store Protocol URLs of the
servers Maillage knows are derived from it (`resolve`), and can be given explicitly for others.
A `Remote` holds them, resolved once, with the graph, credentials and timeout of every request.

Every request goes through `request`: credentials are sent only to the URL's own origin (in
answer to its challenge), a redirect to another origin is refused, and an answer is read up
to a bound. URLs holding credentials (`http://user:pass@host/`) are refused, and no message
ever shows them.

>>> resolve("http://127.0.0.1:7878/query").graph_store
'http://127.0.0.1:7878/store'
>>> resolve("http://127.0.0.1:8890/sparql").update
'http://127.0.0.1:8890/sparql-auth'
>>> Remote.at("http://127.0.0.1:7878/query", graph=None).endpoints.update
'http://127.0.0.1:7878/update'
"""

from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

from storage.settings import GRAPH, TIMEOUT

__all__ = [
    "AUTH_SCHEMES",
    "MAX_ANSWER_BYTES",
    "PASSWORD_ENV",
    "Answer",
    "Auth",
    "EndpointError",
    "Endpoints",
    "Remote",
    "check_url",
    "describe_error",
    "first_line",
    "origin",
    "redacted",
    "request",
    "resolve",
]

PASSWORD_ENV = "MAILLAGE_PASSWORD"  # where the password of --user comes from
MAX_ANSWER_BYTES = 256 * 1024 * 1024  # a larger answer is refused, never held in memory
_ERROR_BODY_BYTES = 64 * 1024  # read of an error page, for its first line


AUTH_SCHEMES: dict[str, Callable[[urllib.request.HTTPPasswordMgr], urllib.request.BaseHandler]] = {
    "basic": urllib.request.HTTPBasicAuthHandler,
    "digest": urllib.request.HTTPDigestAuthHandler,
}
"""The HTTP authentication schemes `Auth.scheme` names, and what answers their challenge."""


class EndpointError(Exception):
    """A server could not be reached or refused a request; the message is one line for users."""


@dataclass(frozen=True)
class Auth:
    """HTTP credentials; the password never appears in `repr` or in error messages."""

    user: str
    password: str = field(repr=False)
    scheme: str = "basic"  # a key of AUTH_SCHEMES


@dataclass(frozen=True)
class Answer:
    """A server's answer: its body and its headers."""

    body: bytes
    headers: Message


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
    parts = check_url(query)
    for given in (update, graph_store):
        if given is not None:
            check_url(given)
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


@dataclass(frozen=True)
class Remote:
    """A SPARQL server as Maillage talks to it: its URLs (resolved once), the named graph that
    queries read and pushes replace (None: the server's default graph), the credentials and
    the seconds to wait for each answer."""

    endpoints: Endpoints
    graph: str | None = GRAPH.default
    auth: Auth | None = None
    timeout: float = TIMEOUT.default

    @classmethod
    def at(cls, query: str, *, update: str | None = None, graph_store: str | None = None,
           graph: str | None = GRAPH.default, auth: Auth | None = None,
           timeout: float = TIMEOUT.default) -> Remote:
        """The server whose query URL is `query` (the other URLs derived, see `resolve`)."""
        return cls(resolve(query, update=update, graph_store=graph_store), graph, auth, timeout)


def check_url(url: str) -> SplitResult:
    """The parts of `url`; EndpointError unless it is an http(s) URL without credentials."""
    shown = redacted(url)
    if shown != url:
        raise EndpointError(f"credentials in a URL are refused ({shown}): give --user NAME and "
                            f"the password in ${PASSWORD_ENV}")
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and (
            parts.port is None or parts.port > 0) and not re.search(r"[\s\x00-\x1f]", url)
    except ValueError:  # a bad port or IPv6 address
        valid = False
    if not valid:
        raise EndpointError(f"not an http(s) URL: {url}")
    return parts


def redacted(url: str) -> str:
    """`url` without the user information before its host (`user:pass@`), if any.

    >>> redacted("http://dba:s3cret@127.0.0.1:8890/sparql")
    'http://127.0.0.1:8890/sparql'
    """
    return re.sub(r"^([^/?#]*//)[^/?#]*@", r"\1", url, count=1)


def origin(url: str) -> tuple[str, str, int | None]:
    """The scheme, host and port of `url`: where its credentials may go.

    >>> origin("HTTP://Example.org/a") == origin("http://example.org:80/b")
    True
    """
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port or default


def describe_error(exc: BaseException, url: str, timeout: float | None = None) -> str:
    """One line saying why a request to `url` failed (never includes credentials)."""
    if isinstance(exc, http.client.HTTPException):
        return f"{url}: not a valid HTTP answer ({type(exc).__name__})"
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code in (401, 403):
            return f"{url}: authentication refused (HTTP {exc.code}); check --user and the password"
        detail = first_line(exc.read(_ERROR_BODY_BYTES))
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
    timeout: float = TIMEOUT.default,
    max_bytes: int = MAX_ANSWER_BYTES,
) -> Answer:
    """POST `data` to `url`, answering a basic or digest challenge of `url`'s origin with
    `auth`; an answer over `max_bytes` and a redirect to another origin are EndpointErrors."""
    headers = {"Content-Type": content_type, "Accept": accept}
    req = urllib.request.Request(url, data=data, method="POST", headers=headers)
    try:
        with _opener(url, auth).open(req, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            answer = Answer(body, response.headers)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise EndpointError(describe_error(exc, url, timeout)) from None
    if len(body) > max_bytes:
        raise EndpointError(f"{url}: answer larger than {max_bytes} bytes; narrow the query")
    return answer


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only within the origin of the request; refuses any other."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: http.client.HTTPMessage, newurl: str
                         ) -> urllib.request.Request | None:
        if origin(newurl) != origin(req.full_url):
            fp.close()
            scheme, host, port = origin(newurl)
            raise EndpointError(f"{req.full_url}: redirected to another server "
                                f"({scheme}://{host}:{port}): not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(url: str, auth: Auth | None) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = [_SameOriginRedirects()]
    if auth is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, auth.user, auth.password)
        handlers.append(AUTH_SCHEMES[auth.scheme](passwords))
    return urllib.request.build_opener(*handlers)


def first_line(body: bytes) -> str:
    """The first non-empty line of a server's answer, markup removed, at most 200 characters."""
    text = re.sub(r"<[^>]+>", " ", body.decode("utf-8", "replace"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0][:200] if lines else ""
