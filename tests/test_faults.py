"""The fault suite: Maillage tried as an attacker and as an unlucky user would.

Against the real command line (click's runner, or a subprocess where a signal, a mount or
another user is needed), real HTTP servers on loopback addresses (a small recording server
written here: it redirects, challenges, fails or answers as each case needs), real signals
(`kill -9` at several points of a build and of `maillage serve`), a real full disk (a 64 KB
tmpfs in a private mount namespace) and a real unprivileged user (read-only store).
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner
from servers import free_port

from loader.pipeline import SAMPLE
from maillage.cli import cli

MAILLAGE = str(Path(sys.executable).parent / "maillage")
PASSWORD = "pw-7f3a-never-shown"
NOBODY = 65534

Answer = tuple[int, dict[str, str], bytes]


@dataclass
class Recorder:
    """An HTTP server on a loopback address that records every request and answers it with
    `answer(handler)`; runs in a thread, stopped by `close`."""

    host: str = "127.0.0.1"
    answer: Callable[[BaseHTTPRequestHandler], Answer] = lambda handler: (200, {}, b"")
    requests: list[dict[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.handle(self)

            do_POST = do_GET

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((self.host, 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.server.server_port}"

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        self.requests.append(dict(handler.headers))
        status, headers, body = self.answer(handler)
        handler.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def elsewhere() -> Iterator[Recorder]:
    """A server on another loopback address: it must never hear from Maillage here."""
    recorder = Recorder("127.0.0.2", lambda handler: (200, {
        "Content-Type": "application/sparql-results+json"},
        b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'))
    yield recorder
    recorder.close()


@pytest.fixture
def redirecting(elsewhere: Recorder) -> Iterator[Recorder]:
    """A server that asks for Basic credentials, then redirects to `elsewhere`."""

    def answer(handler: BaseHTTPRequestHandler) -> Answer:
        if "Authorization" not in handler.headers:
            return 401, {"WWW-Authenticate": 'Basic realm="maillage"'}, b""
        return 302, {"Location": f"{elsewhere.url}{handler.path}"}, b""

    recorder = Recorder("127.0.0.1", answer)
    yield recorder
    recorder.close()


@pytest.fixture
def store(sample_store: Path, tmp_path: Path) -> Path:
    """A copy of the sample store, for a test that may damage it."""
    return Path(shutil.copytree(sample_store, tmp_path / "store"))


@pytest.fixture(scope="module")
def big_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 synthetic fiches: a build long enough to be interrupted."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    assert CliRunner().invoke(cli, ["synth", "1000", "--out", str(path), "-q"]).exit_code == 0
    return path


def tree_state(path: Path) -> dict[str, tuple[int, int]]:
    """Every file under `path` with its size and modification time."""
    return {str(p.relative_to(path)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(path.rglob("*")) if p.is_file()}


def leftovers(store: Path) -> list[str]:
    """What builds of `store` left beside it (staging, set-aside store, lock)."""
    return sorted(p.name for p in store.parent.iterdir() if p.name.startswith(f".{store.name}."))


def export_nt(store: Path) -> bytes:
    result = CliRunner().invoke(cli, ["export", "--format", "nt", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env, prog_name="maillage")
    return result.exit_code, result.stdout, result.stderr


# 1. Credentials go only to the origin the user named.

def test_a_query_redirected_to_another_host_keeps_the_password(
        redirecting: Recorder, elsewhere: Recorder) -> None:
    url = f"{redirecting.url}/query"
    code, out, err = invoke("query", "actions", "--endpoint", url, "--user", "analyst",
                            env={"MAILLAGE_PASSWORD": PASSWORD})
    assert (code, out) == (1, "")
    assert err == (f"maillage: error: {url}: redirected to another server "
                   f"({elsewhere.url}): not followed\n")
    assert elsewhere.requests == []
    sent = base64.b64encode(f"analyst:{PASSWORD}".encode()).decode()
    assert redirecting.requests[-1]["Authorization"] == f"Basic {sent}"


def test_a_push_redirected_to_another_host_keeps_the_password(
        redirecting: Recorder, elsewhere: Recorder, sample_store: Path) -> None:
    code, _, err = invoke("push", "--store", str(sample_store), "-q", "--endpoint",
                          f"{redirecting.url}/query", "--user", "analyst",
                          env={"MAILLAGE_PASSWORD": PASSWORD})
    assert code == 1
    assert err == (f"maillage: error: {redirecting.url}/update: redirected to another server "
                   f"({elsewhere.url}): not followed\n")
    assert elsewhere.requests == []


def test_a_redirect_to_another_host_is_refused_without_credentials_too(
        elsewhere: Recorder) -> None:
    moving = Recorder("127.0.0.1", lambda handler: (
        301, {"Location": f"{elsewhere.url}/query"}, b""))
    try:
        code, _, err = invoke("query", "actions", "--endpoint", f"{moving.url}/query")
    finally:
        moving.close()
    assert code == 1
    assert err == (f"maillage: error: {moving.url}/query: redirected to another server "
                   f"({elsewhere.url}): not followed\n")
    assert elsewhere.requests == []


@pytest.mark.parametrize("url", ["http://analyst:{pw}@127.0.0.1:{port}/query",
                                 "http://analyst:{pw}@127.0.0.1:99999/query",
                                 "http://:{pw}@127.0.0.1:{port}/query"])
def test_credentials_in_the_url_are_refused_and_never_printed(
        elsewhere: Recorder, url: str) -> None:
    given = url.format(pw=PASSWORD, port=elsewhere.server.server_port)
    shown = given.replace(given[given.index("//") + 2:given.index("@") + 1], "")
    code, out, err = invoke("query", "actions", "--endpoint", given)
    assert code == 2
    assert err == (f"maillage: error: --endpoint: credentials in a URL are refused ({shown}): "
                   "give --user NAME and the password in $MAILLAGE_PASSWORD\n")
    assert PASSWORD not in out + err
    assert elsewhere.requests == []


def test_a_hostile_error_page_cannot_drive_the_terminal() -> None:
    hostile = Recorder("127.0.0.1", lambda handler: (
        500, {"Content-Type": "text/plain"}, b"\x1b]0;owned\x07\x1b[2J boom"))
    try:
        code, _, err = invoke("query", "actions", "--endpoint", f"{hostile.url}/query")
    finally:
        hostile.close()
    assert code == 1
    assert err == (f"maillage: error: {hostile.url}/query: HTTP 500 Internal Server Error: "
                   "\ufffd]0;owned\ufffd\ufffd[2J boom\n")


def _read_request(connection: socket.socket) -> None:
    """An HTTP request read whole: its head, then as many body bytes as it announces."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length and (chunk := connection.recv(65536)):
        body += chunk


@contextlib.contextmanager
def raw_server(answer: bytes) -> Iterator[str]:
    """A TCP server on 127.0.0.1 answering every connection with the bytes `answer`, whatever
    it was asked; yields its query URL."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        with contextlib.suppress(OSError):  # closed at the end of the test
            while True:
                connection, _ = listener.accept()
                with connection:
                    _read_request(connection)
                    connection.sendall(answer)
                    # closing with the request unread would reset the connection before the
                    # client reads the answer: the client's "cannot connect", not the case
                    connection.shutdown(socket.SHUT_WR)
                    connection.settimeout(5)
                    while connection.recv(65536):
                        pass

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/query"
    finally:
        listener.close()


NESTED = b"[" * 100_000
HOSTILE_ANSWERS = {
    "not HTTP": (b"NOT HTTP AT ALL\r\n\r\n", "not a valid HTTP answer (BadStatusLine)"),
    "200 headers": (b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200))
                    + b"\r\n", "not a valid HTTP answer (HTTPException)"),
    "JSON nested too deep": (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(NESTED), NESTED),
        "answered application/sparql-results+json, not SPARQL JSON results; is this the "
        "server's query URL?"),
}


@pytest.mark.parametrize("case", list(HOSTILE_ANSWERS))
def test_a_hostile_answer_is_one_line_not_a_traceback(case: str) -> None:
    answer, message = HOSTILE_ANSWERS[case]
    with raw_server(answer) as url:
        code, _, err = invoke("query", "actions", "--endpoint", url)
    assert (code, err) == (1, f"maillage: error: {url}: {message}\n")


# 3. SERVICE reaches no URL unless the user opts in.

def service_query(tmp_path: Path, target: Recorder) -> Path:
    path = tmp_path / "federated.rq"
    path.write_text(f"SELECT * WHERE {{ SERVICE <{target.url}/sparql> {{ ?s ?p ?o }} }}\n")
    return path


def test_a_query_file_calling_service_is_refused(
        elsewhere: Recorder, sample_store: Path, tmp_path: Path) -> None:
    path = service_query(tmp_path, elsewhere)
    code, out, err = invoke("query", str(path), "--store", str(sample_store))
    assert (code, out) == (2, "")
    assert err == ("maillage: error: federated.rq calls SERVICE (a request to another server): "
                   "refused unless --allow-service is given\n")
    assert elsewhere.requests == []


def test_allow_service_lets_the_query_call_the_server(
        elsewhere: Recorder, sample_store: Path, tmp_path: Path) -> None:
    path = service_query(tmp_path, elsewhere)
    code, out, _ = invoke("query", str(path), "--store", str(sample_store), "--allow-service")
    assert (code, out.splitlines()[-1]) == (0, "(0 rows)")
    assert len(elsewhere.requests) == 1


def test_an_update_file_is_refused_as_an_update(sample_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "update.rq"
    path.write_text("# erase\nPREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }\n")
    code, _, err = invoke("query", str(path), "--store", str(sample_store))
    assert code == 2
    assert err == ("maillage: error: update.rq is a SPARQL update: updates are not run "
                   "(only SELECT queries)\n")


@dataclass
class Served:
    process: subprocess.Popen[str]
    port: int

    def post(self, query: str, **headers: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request("POST", "/query", body=f"query={query}".encode(), headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json", **headers})
            answer = connection.getresponse()
            return answer.status, answer.read()
        finally:
            connection.close()


@pytest.fixture
def served(sample_store: Path, request: pytest.FixtureRequest) -> Iterator[Served]:
    """`maillage serve` as a child process (with the test's `serve_args` marker args and a
    password in its environment), its first line read; stopped by PID (SIGTERM, which stops
    its child too) if still up."""
    port = free_port()
    marker = request.node.get_closest_marker("serve_args")
    process = subprocess.Popen([MAILLAGE, "serve", "--store", str(sample_store), "--port",
                                str(port), *(marker.args if marker else ())],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "MAILLAGE_PASSWORD": PASSWORD})
    try:
        assert process.stdout and process.stdout.readline().startswith("SPARQL endpoint: ")
        yield Served(process, port)
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=60)


def test_serve_refuses_service_and_foreign_hosts_and_origins(
        served: Served, elsewhere: Recorder) -> None:
    service = f"SELECT * WHERE {{ SERVICE <{elsewhere.url}/> {{ ?s ?p ?o }} }}"
    assert served.post("ASK{}")[0] == 200
    assert served.post(service) == (403, b"SERVICE (a request to another server) is refused by "
                                         b"this endpoint: start it with --allow-service to "
                                         b"allow it\n")
    assert served.post("ASK{}", Host=f"rebound.example:{served.port}") == (
        403, f"unexpected Host header: use http://127.0.0.1:{served.port}/\n".encode())
    assert served.post("ASK{}", Origin="http://evil.example") == (
        403, b"cross-origin request refused\n")
    assert served.post("ASK{}", **{"Sec-Fetch-Site": "same-site"}) == (
        403, b"cross-origin request refused\n")
    assert served.post("ASK{}", **{"Sec-Fetch-Site": "same-origin"})[0] == 200
    assert elsewhere.requests == []


def test_serve_reads_the_body_as_oxigraph_will(served: Served, elsewhere: Recorder) -> None:
    """Two Content-Type headers: the gateway checks the body as the first says, so Oxigraph
    must be given that one only (else a percent-encoded SERVICE in a form would pass)."""
    hidden = "".join(f"%{byte:02X}" for byte in b"SERVICE")
    body = f"query=SELECT * WHERE {{ {hidden} <{elsewhere.url}/> {{ ?s ?p ?o }} }}".encode()
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=60)
    connection.putrequest("POST", "/query", skip_accept_encoding=True)
    connection.putheader("Content-Type", "application/sparql-query")
    connection.putheader("Content-Type", "application/x-www-form-urlencoded")
    connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    status = connection.getresponse().status
    connection.close()
    assert status == 400
    assert elsewhere.requests == []


@pytest.mark.serve_args("--allow-service")
def test_serve_with_allow_service_calls_the_server(served: Served, elsewhere: Recorder) -> None:
    status, _ = served.post(f"SELECT * WHERE {{ SERVICE <{elsewhere.url}/> {{ ?s ?p ?o }} }}")
    assert status == 200
    assert len(elsewhere.requests) == 1


def test_the_oxigraph_child_dies_with_a_killed_serve(served: Served) -> None:
    [child] = psutil.Process(served.process.pid).children()
    assert "MAILLAGE_PASSWORD" in psutil.Process(served.process.pid).environ()
    assert "MAILLAGE_PASSWORD" not in child.environ()
    [listening] = [c.laddr for c in child.net_connections("tcp") if c.status == "LISTEN"]
    if sys.platform == "linux":  # a random loopback address, not the one pages know
        assert listening.ip.startswith("127.") and listening.ip != "127.0.0.1"
    served.process.send_signal(signal.SIGKILL)
    served.process.wait()
    gone, _ = psutil.wait_procs([child], timeout=60)
    assert gone == [child]


# 4. Half-written and stale files.

@pytest.mark.parametrize(("out", "message"), [
    ("g.xyz", "--out {out}: cannot tell an RDF format from its extension: use .nt, .ttl, "
              ".jsonld, .rdf or .n3"),
    ("missing/g.nt", "--out {out}: no folder {parent}"),
])
def test_build_checks_out_before_touching_the_store(
        store: Path, tmp_path: Path, out: str, message: str) -> None:
    before = tree_state(store)
    target = tmp_path / out
    code, _, err = invoke("build", "-q", "--store", str(store), "--out", str(target))
    assert code == 2
    assert err == f"maillage: error: {message.format(out=target, parent=target.parent)}\n"
    assert tree_state(store) == before
    assert leftovers(store) == []


@pytest.mark.parametrize(("suffix", "fmt"), [(".nt", "nt"), (".jsonld", "jsonld"),
                                             (".ttl", "turtle")])
def test_export_takes_its_format_from_the_extension(
        sample_store: Path, tmp_path: Path, suffix: str, fmt: str) -> None:
    out = tmp_path / f"g{suffix}"
    assert invoke("export", "--store", str(sample_store), "--out", str(out))[0] == 0
    code, expected, _ = invoke("export", "--store", str(sample_store), "--format", fmt)
    assert code == 0
    assert out.read_text() == expected


def test_export_replaces_a_symlink_and_never_writes_through_it(
        sample_store: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    link = tmp_path / "g.nt"
    link.symlink_to(victim)
    assert invoke("export", "--store", str(sample_store), "--out", str(link))[0] == 0
    assert victim.read_text() == "precious\n"
    assert not link.is_symlink()
    assert link.read_bytes() == export_nt(sample_store)


def in_full_tmpfs(script: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run the shell `script` with "$1" a 64 KB tmpfs mounted on `folder` in a private mount
    namespace (gone with the process); skip when the machine does not allow it."""
    probe = subprocess.run(["unshare", "--mount", "--map-root-user", "sh", "-c",
                            'mount -t tmpfs -o size=64k tmpfs "$1"', "sh", str(folder)],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"no private tmpfs here (unshare: {probe.stderr.strip()})")
    return subprocess.run(["unshare", "--mount", "--map-root-user", "sh", "-c",
                           f'mount -t tmpfs -o size=64k tmpfs "$1" && {script}', "sh",
                           str(folder)], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("command", ["export --out", "network partners -q --out"])
def test_a_full_disk_leaves_the_previous_file_and_no_partial_one(
        sample_store: Path, tmp_path: Path, command: str) -> None:
    folder = tmp_path / "full"
    folder.mkdir()
    target = folder / ("g.nt" if command.startswith("export") else "p.html")
    ran = in_full_tmpfs(
        f'printf previous > "{target}"; {MAILLAGE} {command} "{target}" --store '
        f'{sample_store} 2>&1; echo "rc=$?"; ls -A "$1"; cat "{target}"', folder)
    assert ran.stdout == (f"maillage: error: No space left on device: {target}\n"
                          f"rc=1\n{target.name}\nprevious")


def test_a_symlinked_store_stays_a_link_to_the_new_store(tmp_path: Path) -> None:
    real, link = tmp_path / "real", tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    for _ in range(2):
        assert invoke("build", "-q", "--store", str(link)) == (0, "", "")
        assert link.is_symlink() and (real / "CURRENT").exists()
        assert leftovers(real) == []
    assert invoke("query", "keywords", "--store", str(link))[0] == 0


def as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
    """`maillage ARGS` as an unprivileged user (root writes anywhere, whatever the mode)."""
    prefix = (["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
              if os.geteuid() == 0 else [])
    return subprocess.run([*prefix, MAILLAGE, *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "HOME": "/nonexistent"})


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder every user can write (pytest's are private to root); skips when the
    unprivileged user cannot run the project where it is checked out (a private folder)."""
    ran = as_nobody("--help")
    if ran.returncode != 0:
        pytest.skip(f"the unprivileged user cannot run {MAILLAGE}: {ran.stderr.strip()}")
    folder = Path(tempfile.mkdtemp(prefix="maillage-faults-"))
    folder.chmod(0o777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o777)
    shutil.rmtree(folder)


def test_a_read_only_store_is_refused_before_any_work_and_left_whole(shared_folder: Path
                                                                     ) -> None:
    store = shared_folder / "store"
    assert as_nobody("build", "-q", "--store", str(store)).returncode == 0
    store.chmod(0o555)
    before = tree_state(store)
    refused = as_nobody("build", "-q", "--store", str(store))
    assert (refused.returncode, refused.stderr) == (
        1, f"maillage: error: cannot replace the store {store}: {store} is read-only\n")
    assert tree_state(store) == before
    assert leftovers(store) == []
    store.chmod(0o755)
    assert as_nobody("build", "-q", "--store", str(store)).returncode == 0
    assert leftovers(store) == []


def start_build(source: Path, store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([MAILLAGE, "build", "-q", "--workers", "1", str(source),
                             "--store", str(store)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def staging_bytes(store: Path) -> int:
    """The bytes in the directories a build of `store` keeps beside it."""
    return sum(path.stat().st_size for staging in store.parent.glob(f".{store.name}.*")
               for path in staging.rglob("*") if path.is_file())


def lock_holder(store: Path) -> str:
    lock = store.with_name(f".{store.name}.lock")
    return lock.read_text() if lock.exists() else ""


KILL_POINTS = {
    "lock taken": lambda store: lock_holder(store) != "",
    "staging started": lambda store: staging_bytes(store) > 0,
    "bulk load under way": lambda store: staging_bytes(store) > 1_000_000,
}


def wait_for(process: subprocess.Popen[str], reached: Callable[[], bool]) -> None:
    """Poll until `reached()` while `process` runs (bounded: 60,000 polls)."""
    for _ in range(60_000):
        if reached():
            return
        if process.poll() is not None:
            pytest.fail(f"the build ended (status {process.returncode}) before the point")
        time.sleep(0.005)
    pytest.fail("the point was not reached")


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_build_killed_keeps_the_old_store_and_the_next_build_cleans_up(
        store: Path, big_input: Path, point: str) -> None:
    before = export_nt(store)
    build = start_build(big_input, store)
    wait_for(build, lambda: KILL_POINTS[point](store))
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert export_nt(store) == before
    assert invoke("build", "-q", "--store", str(store)) == (0, "", "")
    assert export_nt(store) == before  # the sample again
    assert leftovers(store) == []


def test_a_store_set_aside_by_a_killed_swap_is_put_back(store: Path, tmp_path: Path) -> None:
    before = export_nt(store)
    store.rename(store.with_name(f".{store.name}.old"))  # killed between the two renames
    (tmp_path / "empty.txt").write_text("")
    code, _, _ = invoke("build", str(tmp_path / "empty.txt"), "--store", str(store))
    assert code == 2
    assert export_nt(store) == before
    assert leftovers(store) == []


def test_a_second_build_of_the_same_store_exits_1_naming_the_first(
        store: Path, big_input: Path) -> None:
    first = start_build(big_input, store)
    wait_for(first, lambda: lock_holder(store) != "")
    code, _, err = invoke("build", "-q", "--store", str(store))
    assert code == 1
    assert err == (f"maillage: error: another build (PID {first.pid}) is writing {store}: "
                   "try again when it has finished\n")
    assert first.wait(timeout=600) == 0
    assert leftovers(store) == []


# 6. Messages and exit codes.

@pytest.mark.parametrize(("args", "message"), [
    (["export", "-q"], "No such option '-q'. (see 'maillage export --help')"),
    (["--bogus"], "No such option '--bogus'. (see 'maillage --help')"),
    (["export", "--format", "x"], "Invalid value for '--format': 'x' is not one of 'turtle', "
                                  "'nt', 'jsonld', 'rdfxml', 'n3'. (see 'maillage export --help')"),
    (["no-such-command"], "No such command 'no-such-command'. (see 'maillage --help')"),
])
def test_a_misused_option_is_one_line(args: list[str], message: str) -> None:
    assert invoke(*args) == (2, "", f"maillage: error: {message}\n")


def test_a_directory_as_input_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("build", str(tmp_path), "--store", str(tmp_path / "s"))
    assert code == 2
    assert err == f"maillage: error: {tmp_path}: is a directory, not a SENACS export\n"
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("command", [["query", "actions"], ["build", str(SAMPLE)],
                                     ["export"], ["validate"]])
def test_a_file_as_store_is_a_usage_error_and_left_alone(tmp_path: Path,
                                                         command: list[str]) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine\n")
    code, _, err = invoke(*command, "--store", str(file))
    assert code == 2
    assert err == f"maillage: error: --store {file}: not a directory\n"
    assert file.read_text() == "mine\n"


@pytest.mark.parametrize("command", [["query", "actions"], ["push"]])
def test_a_graph_that_is_not_an_iri_is_a_usage_error(elsewhere: Recorder, sample_store: Path,
                                                     command: list[str]) -> None:
    code, _, err = invoke(*command, "--store", str(sample_store), "--endpoint",
                          f"{elsewhere.url}/query", "--graph", "no-scheme")
    assert code == 2
    assert err == ("maillage: error: --graph 'no-scheme': not an IRI "
                   "(No scheme found in an absolute IRI)\n")
    assert elsewhere.requests == []


def test_a_served_page_loads_nothing_from_elsewhere(served: Served) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=60)
    connection.request("GET", "/")
    policy = connection.getresponse().getheader("Content-Security-Policy") or ""
    connection.close()
    assert policy.startswith("default-src 'self'; script-src 'self' 'sha256-")
    assert "connect-src 'self'" in policy and "frame-ancestors 'none'" in policy


def test_every_json_answer_of_serve_is_relayed_whole(served: Served) -> None:
    status, body = served.post("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 1000
