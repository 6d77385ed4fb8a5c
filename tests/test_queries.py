"""Every named query: a documented header, parameters that exist, rows on the sample."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from queries.backends import EmbeddedBackend, QueryError
from queries.runner import NamedQuery, bind, catalogue, run_query, stream_query

QUERIES = catalogue()


def example_params(query: NamedQuery, *, optional: bool = False) -> dict[str, str]:
    """The example value of each required (or each optional) parameter."""
    return {name: value for name, value in query.examples.items()
            if query.required(name) != optional}


# The grant status's example is its default, "obtained": tests/test_params.py checks it.
OPTIONAL = [(query, name, value) for query in QUERIES
            for name, value in example_params(query, optional=True).items() if name != "status"]


@pytest.fixture(scope="module")
def backend(sample_store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(sample_store)


@pytest.mark.parametrize("query", QUERIES, ids=[query.name for query in QUERIES])
def test_query_header_documents_title_description_and_columns(query: NamedQuery) -> None:
    assert query.title and query.title != query.name
    assert query.description
    assert query.columns, f"{query.name}: no '# columns:' line"
    for name in query.params:
        assert re.search(rf"\?{name}\b", query.text.split("\nSELECT", 1)[-1]), \
            f"{query.name}: parameter ?{name} is not used by the query"
        assert name in query.examples, f"{query.name}: parameter {name} has no e.g. \"…\""


@pytest.mark.parametrize("query", QUERIES, ids=[query.name for query in QUERIES])
def test_query_parses_and_returns_its_declared_columns_with_rows(
        query: NamedQuery, backend: EmbeddedBackend) -> None:
    ox.Store().query(bind(query, example_params(query)))  # parses, even on an empty store
    result = run_query(backend, query.name, example_params(query))
    assert result.columns == query.columns
    assert result.rows, f"{query.name} returned no row on the sample"


@pytest.mark.parametrize(("query", "name", "value"), OPTIONAL,
                         ids=[f"{query.name}-{name}" for query, name, _ in OPTIONAL])
def test_each_optional_parameter_filters_to_some_rows(
        query: NamedQuery, name: str, value: str, backend: EmbeddedBackend) -> None:
    everything = run_query(backend, query.name, example_params(query))
    filtered = run_query(backend, query.name, {**example_params(query), name: value})
    assert 0 < len(filtered.rows) < len(everything.rows)


def test_bind_refuses_an_undeclared_parameter() -> None:
    query = next(query for query in QUERIES if query.name == "actions")
    with pytest.raises(QueryError, match="unknown parameter 'x' for actions"):
        bind(query, {"x": "1"})


def test_bind_serialises_values_as_escaped_literals() -> None:
    query = next(query for query in QUERIES if query.name == "actions-by-keyword")
    bound = bind(query, {"keyword": 'Santé" } ; DROP ALL ; #\n'})
    assert ('{ VALUES ?keyword { "Santé\\" } ; DROP ALL ; #\\n"'
            '^^<http://www.w3.org/2001/XMLSchema#string> } }') in bound
    ox.Store().query(bound)


def test_line_conditions_keep_a_line_when_all_of_them_hold() -> None:
    text = ("SELECT * WHERE {\n"
            "  ?s ?p ?o .  # if ?a\n"
            "  ?s <whole> ?o .  # unless ?b if ordered\n"
            "  ?s <page> ?o .  # unless ?b unless ordered\n"
            "}")
    query = NamedQuery("q", Path("q.rq"), "", "", {"a": "", "b": ""}, [], text)
    assert bind(query, {}) == "SELECT * WHERE {\n  ?s <whole> ?o .  # unless ?b if ordered\n}"
    assert bind(query, {}, ordered=False) == (
        "SELECT * WHERE {\n  ?s <page> ?o .  # unless ?b unless ordered\n}")
    assert bind(query, {"a": ["x"]}) == (
        'SELECT * WHERE {\n{ VALUES ?a { "x"^^<http://www.w3.org/2001/XMLSchema#string> } }\n'
        "  ?s ?p ?o .  # if ?a\n  ?s <whole> ?o .  # unless ?b if ordered\n}")


def test_who_funds_what_gives_the_same_rows_read_whole_or_page_by_page(
        backend: EmbeddedBackend) -> None:
    whole = run_query(backend, "who-funds-what", {"funder": "caf"})
    pages = [row for offset in range(0, len(whole.rows), 2)
             for row in run_query(backend, "who-funds-what", {"funder": "caf"}, limit=2,
                                  offset=offset, ordered=False).rows]
    assert sorted(pages, key=repr) == sorted(whole.rows, key=repr)


def test_rows_stream_from_the_store_as_they_are_read(backend: EmbeddedBackend) -> None:
    stream = stream_query(backend, "actions", {"departement": "64"})

    assert stream.columns == run_query(backend, "actions").columns
    assert next(stream.rows) == (
        "Accueil, écoute, orientation pour tous", "EVS L'EPICERIE SANS FIN",
        "Pyrénées-Atlantiques", "Nouvelle-Aquitaine", "En cours", "Services")
    assert len(list(stream.rows)) == 3
