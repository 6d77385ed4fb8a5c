"""The sample on real SPARQL servers on 127.0.0.1: Oxigraph (PyPI) and Virtuoso open source.

For each server: push the sample, run every named query remotely and compare with the
embedded store, push again (no duplicates), cut a push half-way by stopping the server (the
earlier graph stays), and the one-line failures of the command line.
"""

from __future__ import annotations

import math
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from servers import OxigraphServer, VirtuosoServer, free_port, virtuoso_unavailable

from loader.push import PushSummary, push, staging_graph
from maillage.cli import cli
from queries.backends import EmbeddedBackend, RemoteBackend, Result, canonical
from queries.runner import catalogue, load_query, prepare, run_query
from storage.embedded import open_store
from storage.endpoints import EndpointError, Remote
from storage.settings import CHUNK_SIZE, GRAPH

pytestmark = pytest.mark.server

GROUP_CONCAT = re.compile(r'GROUP_CONCAT\((?:[^()]|\([^()]*\))*?separator\s*=\s*"([^"]*)"\s*\)'
                          r"\s+AS\s+\?(\w+)", re.IGNORECASE | re.DOTALL)
WRONG_PASSWORD = "not-the-password-7f3a"


def query_cases() -> list[pytest.ParameterSet]:
    """Every named query without parameters (unless one is required), then with each one,
    bound to the example value its header gives."""
    cases = []
    for query in catalogue():
        required = {name: query.examples[name] for name in query.params if query.required(name)}
        if not required:
            cases.append(pytest.param(query.name, {}, id=query.name))
        cases += [pytest.param(query.name, {**required, name: query.examples[name]},
                               id=f"{query.name}-{name}") for name in query.params]
    return cases


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[OxigraphServer | VirtuosoServer]:
    """A running server with its data in a temporary directory, stopped by PID at the end."""
    if request.param == "virtuoso":
        reason = virtuoso_unavailable()
        if reason:
            pytest.skip(reason)
        running: OxigraphServer | VirtuosoServer = VirtuosoServer(
            tmp_path_factory.mktemp("virtuoso"))
    else:
        running = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data")
    try:
        running.start()
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def pushed(server: OxigraphServer | VirtuosoServer, sample_store: Path) -> PushSummary:
    return push(open_store(sample_store), Remote.at(server.query_url, auth=server.auth))


@pytest.fixture(scope="module")
def embedded(sample_store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(sample_store)


def comparable(result: Result, server: OxigraphServer | VirtuosoServer, name: str) -> Result:
    """The result as is from Oxigraph; from Virtuoso, rows sorted and the parts of each
    GROUP_CONCAT column sorted: two orders SPARQL leaves to the server, and Virtuoso sorts
    concatenated values and orders the rows of network-structures (ties of its ORDER BY)
    its own way."""
    if server.name != "virtuoso":
        return result
    separators = {column: separator
                  for separator, column in GROUP_CONCAT.findall(load_query(name).text)}

    def row(values: tuple[str | None, ...]) -> tuple[str | None, ...]:
        return tuple(_sorted_parts(value, separators.get(column))
                     for column, value in zip(result.columns, values, strict=True))

    return Result(result.columns, sorted(map(row, result.rows), key=repr))


def _sorted_parts(value: str | None, separator: str | None) -> str | None:
    if value is None or separator is None:
        return value
    return separator.join(sorted(value.split(separator)))


def triples(backend: RemoteBackend | EmbeddedBackend) -> list[tuple[str | None, ...]]:
    """Every triple without blank nodes (their labels differ between stores), sorted."""
    return sorted(backend.select(
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) }").rows, key=repr)


def graph_size(server: OxigraphServer | VirtuosoServer, graph: str) -> int:
    result = RemoteBackend(Remote.at(server.query_url, graph=None)).select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(result.rows[0][0] or 0)


def test_the_push_puts_every_triple_of_the_store_in_the_graph(
        server: OxigraphServer | VirtuosoServer, pushed: PushSummary, sample_store: Path) -> None:
    assert pushed.triples == len(open_store(sample_store))
    assert pushed.chunks == math.ceil(pushed.triples / CHUNK_SIZE.default)
    assert graph_size(server, GRAPH.default) == pushed.triples


@pytest.mark.parametrize(("name", "params"), query_cases())
def test_every_named_query_gives_the_embedded_rows_on_the_server(
        server: OxigraphServer | VirtuosoServer,
        pushed: PushSummary, embedded: EmbeddedBackend, name: str, params: dict[str, str]
        ) -> None:
    local = run_query(embedded, name, params)
    remote = run_query(RemoteBackend(Remote.at(server.query_url)), name, params)
    assert local.rows, f"{name} {params} returns nothing: the comparison would prove nothing"
    assert comparable(remote, server, name) == comparable(local, server, name)


def test_a_second_push_leaves_the_same_triples_and_no_staging_graph(
        server: OxigraphServer | VirtuosoServer, pushed: PushSummary, sample_store: Path) -> None:
    again = push(open_store(sample_store), Remote.at(server.query_url, auth=server.auth),
                 chunk_size=1_000)
    assert again.triples == pushed.triples
    assert graph_size(server, GRAPH.default) == pushed.triples
    assert graph_size(server, staging_graph(GRAPH.default)) == 0


def test_a_push_cut_by_the_server_stopping_leaves_the_earlier_graph(
        server: OxigraphServer | VirtuosoServer, pushed: PushSummary,
        embedded: EmbeddedBackend) -> None:
    other = ox.Store()
    other.extend(ox.Quad(ox.NamedNode(f"urn:maillage:test:{i}"), ox.NamedNode("urn:p"),
                         ox.Literal(str(i))) for i in range(30))
    remote = Remote.at(server.query_url, auth=server.auth)
    try:
        with pytest.raises(EndpointError) as failure:
            push(other, remote, chunk_size=10, progress=lambda sent: server.stop())
    finally:
        server.start()
    assert str(failure.value) == (
        f"push failed after 10 triples, {GRAPH.default} unchanged: "
        f"{remote.endpoints.graph_store}?graph=urn%3Amaillage%3Astaging%3Ahttps%3A%2F%2Fw3id.org"
        "%2Fmaillage%2Fgraph: connection refused (is the server running?)")
    assert graph_size(server, GRAPH.default) == pushed.triples
    assert triples(RemoteBackend(Remote.at(server.query_url))) == triples(embedded)


def test_the_cli_pushes_and_queries_with_the_password_from_the_environment(
        server: OxigraphServer | VirtuosoServer, pushed: PushSummary, sample_store: Path,
        runner: CliRunner) -> None:
    credentials = ["--user", server.auth.user] if server.auth else []
    env = {"MAILLAGE_PASSWORD": server.auth.password} if server.auth else {}
    pushing = runner.invoke(cli, ["push", "--store", str(sample_store), "--endpoint",
                                  server.query_url, "--quiet", *credentials], env=env)
    assert pushing.exit_code == 0, pushing.output
    assert pushing.output == ""
    remote = runner.invoke(cli, ["query", "actions", "--format", "csv",
                                 "--endpoint", server.query_url])
    local = runner.invoke(cli, ["query", "actions", "--format", "csv",
                                "--store", str(sample_store)])
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())


def test_a_refused_password_is_one_line_that_does_not_show_it(
        server: OxigraphServer | VirtuosoServer, sample_store: Path, runner: CliRunner) -> None:
    if server.auth is None:
        pytest.skip("this Oxigraph server takes writes without credentials")
    endpoints = Remote.at(server.query_url).endpoints
    for env in ({}, {"MAILLAGE_PASSWORD": WRONG_PASSWORD}):
        args = ["push", "--store", str(sample_store), "--endpoint", server.query_url, "-q"]
        result = runner.invoke(cli, args + (["--user", "dba"] if env else []), env=env)
        assert result.exit_code == 1
        assert result.stderr == (f"maillage: error: {endpoints.update}: authentication refused "
                                 "(HTTP 401); check --user and the password\n")
        assert WRONG_PASSWORD not in result.output


def test_a_wrong_url_is_one_line(server: OxigraphServer | VirtuosoServer,
                                 runner: CliRunner) -> None:
    url = server.query_url.rsplit("/", 1)[0] + "/no-such-endpoint"
    result = runner.invoke(cli, ["query", "actions", "--endpoint", url])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"maillage: error: {url}: HTTP 404")
    assert result.stderr.count("\n") == 1


def test_a_query_the_server_rejects_is_one_line(server: OxigraphServer | VirtuosoServer) -> None:
    with pytest.raises(EndpointError, match=r"^\S+: HTTP 400 .+") as failure:
        RemoteBackend(Remote.at(server.query_url)).select("SELECT ?x WHERE { ?x }")
    assert "\n" not in str(failure.value)


def test_a_result_too_large_is_refused(server: OxigraphServer | VirtuosoServer,
                                       pushed: PushSummary) -> None:
    backend = RemoteBackend(Remote.at(server.query_url), max_bytes=1_000)
    with pytest.raises(EndpointError) as failure:
        run_query(backend, "actions")
    assert str(failure.value) == (f"{server.query_url}: answer larger than 1000 bytes; "
                                  "narrow the query")


def test_a_result_cut_by_virtuoso_is_refused(sample_store: Path, tmp_path: Path) -> None:
    reason = virtuoso_unavailable()
    if reason:
        pytest.skip(reason)
    small = VirtuosoServer(tmp_path, max_rows=5)
    try:
        small.start()
        push(open_store(sample_store), Remote.at(small.query_url, auth=small.auth))
        with pytest.raises(EndpointError) as failure:
            run_query(RemoteBackend(Remote.at(small.query_url)), "actions")
    finally:
        small.stop()
    assert str(failure.value) == (f"{small.query_url}: result cut by the server at 5 rows "
                                  "(Virtuoso ResultSetMaxRows); narrow the query")


@pytest.fixture
def served(sample_store: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`maillage serve` as a child process, its first line read; killed by PID if still up."""
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "maillage"), "serve", "--store", str(sample_store),
         "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        yield process, process.stdout.readline() if process.stdout else ""
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_serve_answers_queries_while_the_store_is_read_and_stops_on_ctrl_c(
        served: tuple[subprocess.Popen[str], str], embedded: EmbeddedBackend,
        sample_store: Path) -> None:
    process, first_line = served
    url = first_line.split()[2]
    assert first_line == f"SPARQL endpoint: {url} (query page: {url[:-len('query')]})\n"
    with urllib.request.urlopen(url[: -len("query")]) as page:
        assert page.headers.get_content_type() == "text/html"
    for query in catalogue():
        required = {name: query.examples[name] for name in query.params if query.required(name)}
        assert (run_query(RemoteBackend(Remote.at(url, graph=None)), query.name, required)
                == run_query(embedded, query.name, required))
    assert process.stdout and process.stdout.readline() == (
        f"Ctrl-C stops the server. From another shell: maillage query NAME --endpoint {url} "
        "--graph ''\n")
    remote = CliRunner().invoke(cli, ["query", "who-funds-what", "--endpoint", url, "--graph", ""])
    local = CliRunner().invoke(cli, ["query", "who-funds-what", "--store", str(sample_store)])
    assert (remote.exit_code, remote.output) == (0, local.output)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=15) == 0


def test_an_analysts_sparqlwrapper_gets_the_rows_of_maillage_query_from_serve(
        served: tuple[subprocess.Popen[str], str], embedded: EmbeddedBackend) -> None:
    """SPARQLWrapper, the client analysts use from Python, through the gateway of `serve`
    (Host, Origin and SERVICE checks): the same rows as the embedded store's."""
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    url = served[1].split()[2]
    client = SPARQLWrapper(url)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setQuery(prepare(embedded, load_query("who-funds-what"), {"departement": "Gers"}))
    answer = client.queryAndConvert()
    columns = answer["head"]["vars"]
    rows = [tuple(canonical(row[c]["value"], row[c].get("datatype")) if c in row else None
                  for c in columns) for row in answer["results"]["bindings"]]
    expected = run_query(embedded, "who-funds-what", {"departement": "Gers"})
    assert (columns, rows) == (expected.columns, expected.rows) and len(rows) == 4


def test_serve_on_a_busy_port_is_one_line(sample_store: Path, runner: CliRunner) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--store", str(sample_store), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr == (f"maillage: error: port {port} is in use on 127.0.0.1: "
                             "choose another with --port\n")
