"""Endpoints without a server: URLs derived per server kind, numbers in canonical form, and
the one-line failures when nothing (or nothing useful) answers."""

from __future__ import annotations

import socket

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from servers import free_port

from maillage.cli import cli
from queries.backends import XSD, RemoteBackend, Result, canonical
from storage.endpoints import Auth, EndpointError, Endpoints, Remote, resolve
from storage.settings import GRAPH, TIMEOUT


@pytest.mark.parametrize(("query", "expected"), [
    ("http://127.0.0.1:7878/query",
     Endpoints("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
               "http://127.0.0.1:7878/store", "oxigraph")),
    ("http://h:8890/sparql",
     Endpoints("http://h:8890/sparql", "http://h:8890/sparql-auth",
               "http://h:8890/sparql-graph-crud-auth", "virtuoso", "digest")),
    ("https://h/fuseki/ds/sparql",
     Endpoints("https://h/fuseki/ds/sparql", "https://h/fuseki/ds/update",
               "https://h/fuseki/ds/data", "fuseki")),
    ("http://h:3030/ds/query",
     Endpoints("http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data",
               "fuseki")),
    ("http://h:7200/repositories/maillage",
     Endpoints("http://h:7200/repositories/maillage",
               "http://h:7200/repositories/maillage/statements",
               "http://h:7200/repositories/maillage/rdf-graphs/service", "graphdb")),
    ("http://h/api/sparql-endpoint", Endpoints("http://h/api/sparql-endpoint")),
])
def test_update_and_graph_store_urls_are_derived_for_known_servers(query: str,
                                                                   expected: Endpoints) -> None:
    assert resolve(query) == expected


@pytest.mark.parametrize("url", ["localhost:7878/query", "http://127.0.0.1:99999/query",
                                 "http://[::1/query", "http://exa mple.org/query", "ftp://h/q"])
def test_what_is_not_an_http_url_is_refused(url: str) -> None:
    for given in ({"query": url}, {"query": "http://h/query", "update": url}):
        with pytest.raises(EndpointError) as failure:
            resolve(**given)
        assert str(failure.value) == f"not an http(s) URL: {url}"


def test_explicit_update_and_graph_store_urls_win() -> None:
    assert resolve("http://h/query", update="http://h/u", graph_store="http://h/g") == Endpoints(
        "http://h/query", "http://h/u", "http://h/g", "oxigraph")


def test_credentials_never_show_their_password() -> None:
    assert "s3cret" not in repr(Auth("dba", "s3cret", "digest"))
    assert "s3cret" not in str(Auth("dba", "s3cret", "digest"))


def test_a_server_that_is_down_is_one_line(runner: CliRunner) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = runner.invoke(cli, ["query", "actions", "--endpoint", url])
    assert result.exit_code == 1
    assert result.stderr == f"maillage: error: {url}: connection refused (is the server running?)\n"


def test_a_server_that_does_not_answer_times_out_in_one_line(runner: CliRunner) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        result = runner.invoke(cli, ["query", "actions", "--endpoint", url, "--timeout", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"maillage: error: {url}: no answer within 1 s\n"


def test_an_endpoint_that_is_not_a_url_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "actions", "--endpoint", "localhost:7878"])
    assert result.exit_code == 2
    assert result.stderr == "maillage: error: --endpoint: not an http(s) URL: localhost:7878\n"


@pytest.mark.parametrize(("args", "message"), [
    (["--update-endpoint", "ftp://h/u"], "--update-endpoint: not an http(s) URL: ftp://h/u"),
    (["--graph-store-endpoint", "http://u:p@h/g"],
     "--graph-store-endpoint: credentials in a URL are refused (http://h/g): give --user NAME "
     "and the password in $MAILLAGE_PASSWORD"),
])
def test_a_push_url_that_is_not_usable_is_a_usage_error_naming_its_option(
        runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, ["push", "--endpoint", "http://h/query", *args])
    assert result.exit_code == 2
    assert result.stderr == f"maillage: error: {message}\n"


@pytest.mark.parametrize(("args", "expected"), [
    (["--endpoint", "http://h:7878/query"],
     Remote(Endpoints("http://h:7878/query", "http://h:7878/update", "http://h:7878/store",
                      "oxigraph"), GRAPH.default, None, TIMEOUT.default)),
    (["--endpoint", "http://h:8890/sparql", "--user", "dba", "--graph", "", "--timeout", "5"],
     Remote(resolve("http://h:8890/sparql"), None, Auth("dba", "pw", "digest"), 5)),
    (["--endpoint", "http://h:8890/sparql", "--user", "dba", "--auth-scheme", "basic"],
     Remote(resolve("http://h:8890/sparql"), GRAPH.default, Auth("dba", "pw", "basic"),
            TIMEOUT.default)),
])
def test_the_options_make_one_remote_that_the_backend_receives(
        runner: CliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str],
        expected: Remote) -> None:
    received: list[Remote] = []

    def select(backend: RemoteBackend, sparql: str) -> Result:
        received.append(backend.remote)
        return Result(["actionTitle"], [])

    monkeypatch.setattr(RemoteBackend, "select", select)
    result = runner.invoke(cli, ["query", "actions", *args], env={"MAILLAGE_PASSWORD": "pw"})
    assert result.exit_code == 0, result.output
    assert received == [expected]


@pytest.mark.parametrize(("value", "datatype"), [
    ("2700.0", "decimal"), ("1.50", "decimal"), ("-0.0", "decimal"), ("0001", "integer"),
    ("1.5E3", "double"), ("0.1", "double"), ("1", "boolean"), ("12", "int")])
def test_numbers_from_a_server_take_the_embedded_stores_lexical_form(value: str,
                                                                     datatype: str) -> None:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"),
                      ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))))
    stored = next(iter(store.query("SELECT ?o WHERE { ?s ?p ?o }")))["o"].value
    assert canonical(value, XSD + datatype) == stored
