"""Parameters resolved to IRIs before the query runs: by name, code or key, several values
meaning "any of", unknown values refused with the closest known ones; paging; grant status."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from loader.pipeline import build
from maillage.cli import cli
from queries.backends import EmbeddedBackend, QueryError
from queries.params import resolve
from queries.runner import load_query, prepare, run_query

ID = "https://w3id.org/maillage/id/"

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def backend(sample_store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(sample_store)


@pytest.mark.parametrize(("kind", "values", "iris"), [
    ("departement", ["Gers", "32", "gers"], ["departement/32"]),
    ("departement", ["La Réunion", "2a"], ["departement/2A", "departement/974"]),
    ("region", ["occitanie", "76"], ["region/76"]),
    ("status", ["obtenue", "Refused"], ["grant-status/obtenu", "grant-status/refuse"]),
    ("funder", ["CAF", "conseil-departemental"], ["org/caf", "org/conseil-departemental"]),
    ("partner", ["MSA de l'Ariège"], ["body/msa-09"]),
    ("structure", ["centre social vic-accueil"], ["structure/32/centre-social-vic-accueil"]),
    ("keyword", ["parentalite"], ["keyword/parentalite"]),
    ("action", ["paroles chocolatées", "32/centre-social-vic-accueil/paroles-chocolatees"],
     ["action/32/centre-social-vic-accueil/paroles-chocolatees"]),
    ("structure", ["32/centre-social-vic-accueil"], ["structure/32/centre-social-vic-accueil"]),
])
def test_values_resolve_to_iris(backend, kind: str, values: list[str], iris: list[str]) -> None:
    assert [node.value for node in resolve(backend, kind, values)] == [ID + iri for iri in iris]


@pytest.mark.parametrize(("kind", "value", "message"), [
    ("departement", "Gerss", "unknown département 'Gerss' (closest: Gers, Vosges, Deux-Sèvres)"),
    ("funder", "cafe", "unknown financeur 'cafe' (closest: CAF, Conseil départemental, "
                       "Commune)"),
    ("status", "pending", "unknown statut de subvention 'pending' (closest: demande, "
                          "obtenu, refuse)"),
])
def test_unknown_values_are_refused_with_the_closest_known_ones(
        backend, kind: str, value: str, message: str) -> None:
    with pytest.raises(QueryError) as raised:
        resolve(backend, kind, [value])
    assert str(raised.value) == message


def test_several_values_mean_any_of(backend) -> None:
    both = run_query(backend, "who-funds-what", {"departement": ["32", "Ariège"]})
    each = [run_query(backend, "who-funds-what", {"departement": name}).rows
            for name in ("Ariège", "Gers")]

    assert both.rows == each[0] + each[1]
    assert len(both.rows) == 6


def test_lines_of_parameters_not_given_are_left_out(backend) -> None:
    query = load_query("who-funds-what")
    unbound = prepare(backend, query, {})
    bound = prepare(backend, query, {"departement": "Gers"})

    assert "# if ?departement" not in unbound and "# if ?funder" not in unbound
    assert ("{ VALUES ?departement { <https://w3id.org/maillage/id/departement/32> } }\n"
            "      ?structure mlg:departement ?departement .  # if ?departement") in bound


@pytest.fixture(scope="module")
def grants_backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    store = tmp_path_factory.mktemp("grants") / "store"
    build([DATA / "fiches-grants.txt"], store, report=lambda problem: None)
    return EmbeddedBackend(store)


def test_who_funds_what_shows_obtained_grants_unless_asked_for_others(grants_backend) -> None:
    def funders(params: dict[str, str | list[str]]) -> list[tuple[str | None, ...]]:
        rows = run_query(grants_backend, "who-funds-what", params).rows
        return [(row[0], row[4], row[5]) for row in rows]

    obtained = [("CAF", "1500", "CAF du Gers"), ("Fondation Nature et Quartiers", "2000", None)]
    assert funders({}) == obtained
    assert funders({"status": "obtenu"}) == funders({"status": "obtained"}) == obtained
    assert funders({"status": "demandé"}) == [("Région", None, "Région Occitanie")]
    assert funders({"status": ["refusé", "requested"]}) == [
        ("Agence de l'eau Adour-Garonne", None, None), ("Région", None, "Région Occitanie")]


def test_pages_are_slices_of_the_ordered_rows(backend) -> None:
    everything = run_query(backend, "actions").rows

    assert run_query(backend, "actions", limit=5, offset=10).rows == everything[10:15]
    unordered = run_query(backend, "actions", limit=5, ordered=False).rows
    assert len(unordered) == 5 and set(unordered) <= set(everything)


def test_query_command_refuses_an_unknown_value_in_one_line(
        runner: CliRunner, sample_store: Path) -> None:
    result = runner.invoke(cli, ["query", "partners", "--store", str(sample_store),
                                 "-p", "structure=centre social vic acueil"])

    assert result.exit_code == 2
    assert result.output == ("maillage: error: unknown structure 'centre social vic acueil' "
                             "(closest: CENTRE SOCIAL VIC-ACCUEIL, ASSOCIATION CENTRE "
                             "TECHNICO SOCIAL CADURCIEN, CENTRE SOCIAL \"La Ruche\" DE "
                             "VILLEFRANCHE DE RGUE)\n")


def test_query_command_pages_with_limit_and_offset(runner: CliRunner, sample_store: Path
                                                   ) -> None:
    result = runner.invoke(cli, ["query", "who-funds-what", "--store", str(sample_store),
                                 "-p", "departement=32", "-p", "departement=09",
                                 "--format", "csv", "--limit", "2", "--offset", "1"])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "Conseil départemental,Ateliers de mobilisation cuisine-insertion,"
        "CENTRE SOCIAL ESPACE INTERGENERATION,Ariège,,Conseil départemental de l'Ariège",
        "Conseil départemental,Bien-être et territoire,"
        "CENTRE SOCIAL ESPACE RESSOURCES VAL DE GERS,Gers,1050,Conseil départemental du Gers"]


def test_a_required_parameter_left_out_is_refused(backend) -> None:
    with pytest.raises(QueryError) as raised:
        run_query(backend, "evidence")
    assert str(raised.value) == ('evidence needs --param action=VALUE (the action\'s title (any '
                                 'case) or IRI path, e.g. "PAROLES CHOCOLATEES" (required))')
