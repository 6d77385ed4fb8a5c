"""`maillage serve --site DIR`: the site's folder over HTTP on 127.0.0.1, beside the endpoint.

Besides the files, `GET /run/NAME?param=value…` runs the named query NAME on the SPARQL
endpoint with its parameters bound by `queries.runner` (never pasted into the query) and
answers `{"columns": […], "rows": […]}`; the site's query page uses it. Only named queries
run there: free SPARQL goes to the endpoint itself. Requests must name 127.0.0.1 or localhost
as their Host, so that a page of another site cannot reach the server by DNS rebinding.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from queries.backends import Backend, QueryError, RemoteBackend
from queries.runner import catalogue, run_query
from storage.endpoints import EndpointError, Remote

__all__ = ["HOST", "SiteServeError", "site_server"]

HOST = "127.0.0.1"


class SiteServeError(Exception):
    """The site cannot be served; the message is one line."""


class _Handler(SimpleHTTPRequestHandler):
    """The site's files, and the named queries under /run/."""

    backend: Backend  # the SPARQL endpoint beside the site
    port: int = 0

    def do_GET(self) -> None:
        if not self._host_allowed():
            self._json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "Host non autorisé"})
            return
        path = urlsplit(self.path)
        if path.path.startswith("/run/"):
            self._run(unquote(path.path.removeprefix("/run/")), dict(parse_qsl(path.query)))
            return
        super().do_GET()

    def do_HEAD(self) -> None:
        if self._host_allowed():
            super().do_HEAD()
        else:
            self.send_error(HTTPStatus.MISDIRECTED_REQUEST)

    def _host_allowed(self) -> bool:
        host = self.headers.get("Host", "")
        return host in {f"{HOST}:{self.port}", f"localhost:{self.port}"}

    def _run(self, name: str, params: dict[str, str]) -> None:
        known = {query.name: query for query in catalogue()}
        if name not in known:
            self._json(HTTPStatus.NOT_FOUND, {"error": f"pas de requête nommée {name!r}"})
            return
        missing = [p for p in known[name].params if known[name].required(p) and p not in params]
        if missing:
            help_ = known[name].params[missing[0]]
            self._json(HTTPStatus.BAD_REQUEST,
                       {"error": f"paramètre requis : {missing[0]} ({help_})"})
            return
        try:
            result = run_query(self.backend, name, params)
        except QueryError as error:
            self._json(HTTPStatus.BAD_REQUEST, {"error": str(error)})
            return
        except EndpointError as error:
            self._json(HTTPStatus.BAD_GATEWAY, {"error": str(error)})
            return
        self._json(HTTPStatus.OK, {"columns": result.columns, "rows": result.rows})

    def _json(self, status: HTTPStatus, document: dict) -> None:
        body = json.dumps(document, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal shows the endpoint's own log."""


@contextmanager
def site_server(site: Path, *, port: int, endpoint: str) -> Iterator[str]:
    """Serve the folder `site` on 127.0.0.1:`port` while the block runs; yields its URL.

    `endpoint` is the SPARQL query URL the named queries run on."""
    if not (site / "index.html").is_file():
        raise SiteServeError(f"{site}: no site here (write one with maillage site --out {site})")
    backend = RemoteBackend(Remote.at(endpoint, graph=None))
    handler = type("Handler", (_Handler,), {"backend": backend, "port": port})
    try:
        server = ThreadingHTTPServer((HOST, port), partial(handler, directory=str(site)))
    except OSError:
        raise SiteServeError(f"port {port} is in use on {HOST}: choose another with --site-port"
                             ) from None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
