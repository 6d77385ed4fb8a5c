"""The front door of `maillage serve`: every request is checked before Oxigraph sees it.

The Oxigraph server runs on a private port; clients talk to this gateway on the public one,
which refuses (403, one line of text):
- a `Host` header other than the bound address (`127.0.0.1:PORT` or `localhost:PORT`): a web
  page cannot reach the endpoint through DNS rebinding;
- an `Origin` of another site, or a browser's `Sec-Fetch-Site` other than `same-origin` or
  `none`: a web page cannot make the browser send queries;
- a query calling `SERVICE` (unless `--allow-service`): clients cannot make this machine
  fetch other addresses;
- bodies it cannot read as a query (over 8 MB, chunked, compressed, of an unknown type).
Answers carry a Content-Security-Policy: the query page loads nothing but this server's files.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import re
import shutil
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from queries.guard import calls_service

__all__ = ["MAX_BODY_BYTES", "Gateway"]

MAX_BODY_BYTES = 8 * 1024 * 1024
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
               "proxy-authenticate", "proxy-authorization", "content-length"}
_PASSED_ON = ("Accept", "Content-Type")  # the only request headers Oxigraph sees
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)
_POLICY = ("default-src 'self'; script-src 'self'{scripts}; style-src 'self' 'unsafe-inline'; "
           "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
           "form-action 'self'")


class Refused(Exception):
    """A request the gateway does not pass on: its HTTP status and one line of reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class Gateway(ThreadingHTTPServer):
    """Listens on `host`:`port` and relays checked requests to `upstream` (host, port)."""

    daemon_threads = True

    def __init__(self, host: str, port: int, upstream: tuple[str, int], *,
                 allow_service: bool) -> None:
        super().__init__((host, port), _Handler)
        self.upstream = upstream
        self.allow_service = allow_service
        self.hosts = {f"{host}:{port}", f"localhost:{port}"}


class _Handler(BaseHTTPRequestHandler):
    server: Gateway
    server_version = "maillage"
    sys_version = ""  # no Python version in the Server header

    def do_GET(self) -> None:
        self._relay()

    do_HEAD = do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:
        """Only refusals are logged (see `_refuse`)."""

    def _relay(self) -> None:
        try:
            self._check_headers()
            body = self._body()
            if not self.server.allow_service and any(map(calls_service, self._texts(body))):
                raise Refused(403, "SERVICE (a request to another server) is refused by this "
                                   "endpoint: start it with --allow-service to allow it")
        except Refused as refusal:
            self._refuse(refusal)
            return
        self._forward(body)

    def _check_headers(self) -> None:
        if self.headers.get("Host") not in self.server.hosts:
            raise Refused(403, "unexpected Host header: use http://"
                               f"{min(self.server.hosts)}/")
        origin = self.headers.get("Origin")
        foreign = origin is not None and origin.removeprefix("http://") not in self.server.hosts
        # A browser says where a request comes from even when it sends no Origin (an <img>).
        if foreign or self.headers.get("Sec-Fetch-Site", "none") not in ("none", "same-origin"):
            raise Refused(403, "cross-origin request refused")
        if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Encoding"):
            raise Refused(411, "send the body whole, uncompressed, with a Content-Length")

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise Refused(400, "bad Content-Length") from None
        if not 0 <= length <= MAX_BODY_BYTES:
            raise Refused(413, f"request body over {MAX_BODY_BYTES} bytes")
        return self.rfile.read(length)

    def _texts(self, body: bytes) -> list[str]:
        """Every value a query could hide in: URL parameters and the body."""
        texts = [value for _, value in parse_qsl(urlsplit(self.path).query,
                                                 keep_blank_values=True)]
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == _FORM:
            texts += [value for _, value in parse_qsl(body.decode("utf-8", "replace"),
                                                      keep_blank_values=True)]
        elif kind == _QUERY:
            texts.append(body.decode("utf-8", "replace"))
        elif body:
            raise Refused(415, f"a query comes as {_FORM} or {_QUERY}")
        return texts

    def _forward(self, body: bytes) -> None:
        upstream = http.client.HTTPConnection(*self.server.upstream)
        # Only the headers read here, once each: Oxigraph must read the body as it was checked.
        headers = {name: self.headers[name] for name in _PASSED_ON if name in self.headers}
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in _HOP_BY_HOP | {"server", "date"}:  # sent by send_response
                    self.send_header(name, value)
            html = (answer.getheader("Content-Type") or "").startswith("text/html")
            page = answer.read() if html else None
            self._security_headers(page)
            if page is not None:
                self.wfile.write(page)
            else:
                shutil.copyfileobj(answer, self.wfile)
        except (OSError, http.client.HTTPException):  # the client or the server went away
            self.close_connection = True
        finally:
            upstream.close()

    def _security_headers(self, page: bytes | None) -> None:
        scripts = "".join(
            f" 'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
            for script in _INLINE_SCRIPT.findall(page or b""))
        self.send_header("Content-Security-Policy", _POLICY.format(scripts=scripts))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if page is not None:
            self.send_header("Content-Length", str(len(page)))
        self.end_headers()

    def _refuse(self, refusal: Refused) -> None:
        print(f"maillage serve: refused {self.command} from {self.client_address[0]}: "
              f"{refusal}", file=sys.stderr, flush=True)
        reason = f"{refusal}\n".encode()
        self.send_response(refusal.status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(reason)))
        self._security_headers(None)
        self.wfile.write(reason)
