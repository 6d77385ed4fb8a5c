"""`maillage serve`: the store as a SPARQL endpoint on 127.0.0.1, with Oxigraph's query page.

The Oxigraph server (PyPI package `oxigraph`) runs as a child process over the store, opened
read-only so that `maillage query` can read the store at the same time, on a private address
behind `maillage.gateway`, which checks every request (on Linux a random 127.x.y.z address
and port, which a web page cannot guess to go round the gateway). The child dies with its
parent, even when the parent is killed with SIGKILL (Linux: prctl(PR_SET_PDEATHSIG)).
"""

from __future__ import annotations

import ctypes
import functools
import http.client
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from maillage.gateway import Gateway
from storage.embedded import open_store
from storage.endpoints import PASSWORD_ENV
from storage.settings import PORT

__all__ = ["ServeError", "oxigraph_binary", "serve"]

HOST = "127.0.0.1"


class ServeError(Exception):
    """The server could not start; the message is one line."""


def oxigraph_binary() -> str:
    """The `oxigraph` program installed beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server is not installed: pip install oxigraph")
    return found


def serve(store: Path, *, port: int = PORT.default, allow_service: bool = False,
          site: Path | None = None, site_port: int | None = None,
          echo: Callable[[str], None] = print) -> int:
    """Serve `store` until Ctrl-C or SIGTERM; returns the server's exit status (0 when stopped).

    SERVICE queries are refused unless `allow_service`. With `site`, a folder written by
    `maillage site` is served too, on `site_port` (default: `port` + 1), its query page
    running named queries on this endpoint; `explorer.serve.SiteServeError` when it cannot be.
    """
    if site is None:
        return _serve(store, port=port, allow_service=allow_service, echo=echo)
    from explorer.serve import site_server

    endpoint = f"http://{HOST}:{port}/query"
    with site_server(site, port=site_port or port % 65535 + 1, endpoint=endpoint) as url:
        echo(f"Site: {url} (named queries: {url}requetes.html)")
        return _serve(store, port=port, allow_service=allow_service, echo=echo)


def _serve(store: Path, *, port: int, allow_service: bool, echo: Callable[[str], None]) -> int:
    open_store(store)  # a clear error for a missing store, before anything starts
    binary, private = oxigraph_binary(), _private_address()
    gateway = _gateway(port, private, allow_service)
    relay = threading.Thread(target=gateway.serve_forever, daemon=True)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` stops the child server too
    process = subprocess.Popen([binary, "serve-read-only", "--location", str(store),
                                "--bind", "{}:{}".format(*private)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={k: v for k, v in os.environ.items() if k != PASSWORD_ENV},
                               preexec_fn=functools.partial(_die_with_parent, os.getpid()))
    try:
        _wait_ready(process, private)
        relay.start()
        url = f"http://{HOST}:{port}/query"
        echo(f"SPARQL endpoint: {url} (query page: http://{HOST}:{port}/)")
        echo(f"Ctrl-C stops the server. From another shell: maillage query NAME --endpoint {url}"
             " --graph ''")
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if relay.is_alive():
            gateway.shutdown()
        gateway.server_close()
        _stop(process)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _gateway(port: int, private: tuple[str, int], allow_service: bool) -> Gateway:
    try:
        return Gateway(HOST, port, private, allow_service=allow_service)
    except OSError:
        raise ServeError(f"port {port} is in use on {HOST}: choose another with --port") \
            from None


def _private_address() -> tuple[str, int]:
    """A loopback address and a port nobody listens on, for the private Oxigraph server."""
    host = (f"127.{secrets.randbelow(254) + 1}.{secrets.randbelow(256)}."
            f"{secrets.randbelow(254) + 1}" if sys.platform == "linux" else HOST)
    with socket.socket() as probe:
        probe.bind((host, 0))
        return host, probe.getsockname()[1]


def _die_with_parent(parent: int) -> None:
    """Run in the child before `exec`: the kernel sends it SIGTERM when its parent dies, even by
    SIGKILL; if the parent is already gone, exit at once. (No-op outside Linux.)"""
    if sys.platform != "linux":
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _wait_ready(process: subprocess.Popen[bytes], address: tuple[str, int],
                seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"the oxigraph server exited with status {process.returncode}")
        probe = http.client.HTTPConnection(*address, timeout=1)  # no proxy from the environment
        try:
            probe.request("GET", "/query?query=ASK%7B%7D")
            probe.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            time.sleep(0.1)
        finally:
            probe.close()
    raise ServeError(f"the oxigraph server did not answer within {seconds:g} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
