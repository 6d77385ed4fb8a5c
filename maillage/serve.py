"""`maillage serve`: the store as a SPARQL endpoint on 127.0.0.1, with Oxigraph's query page.

The Oxigraph server (PyPI package `oxigraph`) runs as a child process over the store, opened
read-only so that `maillage query` can read the store at the same time.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from loader.store import open_store

__all__ = ["DEFAULT_PORT", "ServeError", "oxigraph_binary", "serve"]

DEFAULT_PORT = 7878
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


def serve(store: Path, *, port: int = DEFAULT_PORT, echo: Callable[[str], None] = print) -> int:
    """Serve `store` until Ctrl-C or SIGTERM; returns the server's exit status (0 when stopped)."""
    open_store(store)  # a clear error for a missing store, before anything starts
    _check_free(port)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` stops the child server too
    process = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(store),
                                "--bind", f"{HOST}:{port}"])
    try:
        _wait_ready(process, port)
        url = f"http://{HOST}:{port}/query"
        echo(f"SPARQL endpoint: {url} (query page: http://{HOST}:{port}/)")
        echo(f"Ctrl-C stops the server. From another shell: maillage query NAME --endpoint {url}"
             " --graph ''")
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        _stop(process)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _check_free(port: int) -> None:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind((HOST, port))
        except OSError:
            raise ServeError(f"port {port} is in use on {HOST}: choose another with --port") \
                from None


def _wait_ready(process: subprocess.Popen[bytes], port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"the oxigraph server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/query?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise ServeError(f"the oxigraph server did not answer on port {port} within {seconds:g} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
