"""Real SPARQL servers on 127.0.0.1 for the tests, started and stopped by PID.

`OxigraphServer` runs the `oxigraph` program from PyPI; `VirtuosoServer` runs Virtuoso open
source through `scripts/virtuoso.sh`, after `scripts/install-system-deps.sh` installed it.
Both keep their data in a directory, so a stopped server restarts with what it had.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from maillage.serve import oxigraph_binary
from storage.endpoints import Auth

ROOT = Path(__file__).resolve().parents[1]
VIRTUOSO_SCRIPT = ROOT / "scripts" / "virtuoso.sh"
INSTALL_SCRIPT = ROOT / "scripts" / "install-system-deps.sh"


def free_port() -> int:
    """A TCP port nobody listens on at the moment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_ready(url: str, seconds: float = 60) -> None:
    """Wait until `url` answers a SPARQL ASK."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:g} s")


class OxigraphServer:
    """`oxigraph serve` over a directory (read-write, no credentials)."""

    name = "oxigraph"
    auth: Auth | None = None

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(self.location),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_ready(self.query_url)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None


class VirtuosoServer:
    """A private Virtuoso (user dba, password dba on a fresh database) in a directory; answers
    carry at most `max_rows` rows (Virtuoso's ResultSetMaxRows)."""

    name = "virtuoso"
    auth = Auth("dba", "dba", "digest")

    def __init__(self, directory: Path, max_rows: int = 1_000_000) -> None:
        self.directory = directory
        self.max_rows = max_rows
        self.port, self.sql_port = free_port(), free_port()
        self.pid: int | None = None

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def start(self) -> None:
        started = subprocess.run(
            ["bash", str(VIRTUOSO_SCRIPT), "start", str(self.directory), str(self.port),
             str(self.sql_port)], capture_output=True, text=True, timeout=120, check=True,
            env={**os.environ, "VIRTUOSO_MAX_ROWS": str(self.max_rows)})
        self.pid = int(started.stdout.split()[-1])

    def stop(self) -> None:
        if self.pid is not None:
            subprocess.run(["bash", str(VIRTUOSO_SCRIPT), "stop", str(self.directory)],
                           capture_output=True, timeout=60, check=True)
        self.pid = None


def virtuoso_unavailable() -> str | None:
    """Why Virtuoso cannot run here, after trying the project's install script; None if it can."""
    if shutil.which("virtuoso-t"):
        return None
    installer = subprocess.run(["bash", str(INSTALL_SCRIPT)], capture_output=True, text=True,
                               timeout=900)
    if shutil.which("virtuoso-t"):
        return None
    can_apt = shutil.which("apt-get") and os.geteuid() == 0
    if can_apt:
        raise RuntimeError(f"install-system-deps.sh did not install Virtuoso: {installer.stderr}")
    return f"Virtuoso is not installed and apt-get as root is unavailable: {installer.stderr}"
