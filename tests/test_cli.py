"""The `maillage` command line: build, query, export, validate, and how it fails."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from maillage.cli import cli
from maillage.output import render
from queries.backends import Result

CLI_DATA = Path(__file__).resolve().parent / "data" / "cli"


def _tree_state(path: Path) -> dict[str, tuple[int, int]]:
    """Every file under `path` with its size and modification time."""
    return {str(p.relative_to(path)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(path.rglob("*")) if p.is_file()}


def _csv(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def test_build_of_the_sample_summarises_actions_structures_and_places(
        runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output + result.stderr
    head = result.stdout.splitlines()[0]
    assert head.startswith("25 actions, 20 structures, 14 départements, 6 régions, ")
    assert "  Occitanie: 15 actions" in result.stdout
    assert "La Réunion (1)" in result.stdout


def test_query_actions_as_csv_gives_every_fiche_with_exact_labels(
        runner: CliRunner, sample_store: Path) -> None:
    result = runner.invoke(cli, ["query", "actions", "--format", "csv",
                                 "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    rows = _csv(result.stdout)
    assert len(rows) == 25
    assert list(rows[0]) == ["actionTitle", "structureLabel", "departement", "region", "status",
                             "dimension"]
    by_title = {row["actionTitle"]: row for row in rows}
    assert by_title["PAROLES CHOCOLATEES"] == {
        "actionTitle": "PAROLES CHOCOLATEES", "structureLabel": "CENTRE SOCIAL VIC-ACCUEIL",
        "departement": "Gers", "region": "Occitanie", "status": "En cours",
        "dimension": "Accompagnement de projets"}
    reunion = [row for row in rows if row["departement"] == "La Réunion"]
    assert [row["structureLabel"] for row in reunion] == [
        "JULIETTE AU PAYS DES MARMAILLES - BENGALIS"]
    assert by_title["Art-thérapie Adulte"]["structureLabel"] == \
        "FAMILLES RURALES association de Bargemon"


def test_query_json_and_table_formats_show_the_same_rows(
        runner: CliRunner, sample_store: Path) -> None:
    as_json = runner.invoke(cli, ["query", "departements", "--format", "json",
                                  "--store", str(sample_store)])
    as_table = runner.invoke(cli, ["query", "departements", "--store", str(sample_store)])
    assert as_json.exit_code == 0 and as_table.exit_code == 0, as_json.output + as_table.output
    rows = json.loads(as_json.stdout)
    gers = next(row for row in rows if row["code"] == "32")
    assert gers == {"departement": "Gers", "code": "32", "region": "Occitanie",
                    "structures": "3", "actions": "4"}
    assert as_table.stdout.splitlines()[0].split() == [
        "departement", "code", "region", "structures", "actions"]
    assert as_table.stdout.rstrip().endswith(f"({len(rows)} rows)")


@pytest.mark.parametrize("columns, rows", [
    (["a", "é \"b\""], [("x", None), ('quote " back\\ slash', "line\nbreak\ttab \x01 é ✓ \u2028")]),
    (["a"], []),
    ([], [()]),
])
def test_json_output_is_the_text_of_json_dumps_with_indent_2(
        columns: list[str], rows: list[tuple[str | None, ...]]) -> None:
    expected = json.dumps([dict(zip(columns, row, strict=True)) for row in rows],
                          ensure_ascii=False, indent=2) + "\n"
    assert render(Result(columns, rows), "json") == expected


def test_query_binds_a_parameter_as_a_literal_never_as_sparql(
        runner: CliRunner, sample_store: Path) -> None:
    found = runner.invoke(cli, ["query", "actions-by-keyword", "--param", "keyword=santé",
                                "--format", "csv", "--store", str(sample_store)])
    assert found.exit_code == 0, found.output
    rows = _csv(found.stdout)
    assert len(rows) == 7
    assert {row["keywordLabel"] for row in rows} == {"Santé"}
    hostile = runner.invoke(cli, ["query", "actions-by-keyword", "--format", "csv",
                                  "--param", 'keyword=x" } } SELECT * WHERE { ?s ?p ?o } #',
                                  "--store", str(sample_store)])
    assert hostile.exit_code == 2
    assert hostile.output == ("maillage: error: unknown mot clé 'x\" } } SELECT * WHERE "
                              "{ ?s ?p ?o } #' (closest: Isolement, Précarité, Laïcité)\n")


def test_query_without_a_name_lists_the_named_queries(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query"])
    assert result.exit_code == 0, result.output
    assert "actions: Actions" in result.stdout
    assert "actions-by-keyword: Actions by keyword" in result.stdout
    assert "parameters: keyword" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["query", "no-such-query"], "maillage: error: no query 'no-such-query'"),
    (["query", "actions", "--param", "oops"], "maillage: error: --param 'oops': expected"),
    (["query", "actions", "--param", "keyword=x"], "maillage: error: unknown parameter 'keyword'"),
])
def test_query_misuse_is_one_line_and_exit_code_2(
        runner: CliRunner, sample_store: Path, args: list[str], message: str) -> None:
    result = runner.invoke(cli, [*args, "--store", str(sample_store)])
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1


def test_query_without_a_store_says_how_to_build_one(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["query", "actions", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "run 'maillage build' first" in result.stderr


def test_two_builds_give_byte_identical_ntriples(runner: CliRunner, tmp_path: Path) -> None:
    exports = []
    for name in ("one", "two"):
        store = tmp_path / name
        assert runner.invoke(cli, ["build", "-q", "--ner", "--store", str(store)]).exit_code == 0
        out = tmp_path / f"{name}.nt"
        result = runner.invoke(cli, ["export", "--format", "nt", "--out", str(out),
                                     "--store", str(store)])
        assert result.exit_code == 0, result.output
        exports.append(out.read_bytes())
    assert exports[0] == exports[1]
    assert exports[0].count(b"\n") > 1000


def test_rebuilding_the_same_store_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    store, outputs = tmp_path / "store", []
    for _ in range(2):
        assert runner.invoke(cli, ["build", "-q", "--store", str(store)]
                             ).exit_code == 0
        outputs.append(runner.invoke(cli, ["export", "--format", "nt", "--store", str(store)]
                                     ).stdout_bytes)
    assert outputs[0] == outputs[1]


def test_export_writes_turtle_that_rdflib_reads(runner: CliRunner, sample_store: Path) -> None:
    import rdflib

    result = runner.invoke(cli, ["export", "--format", "turtle", "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    titles = set(graph.objects(None, rdflib.RDFS.label))
    assert rdflib.Literal("PAROLES CHOCOLATEES", lang="fr") in titles


def test_validate_reports_that_the_sample_conforms(runner: CliRunner, sample_store: Path) -> None:
    result = runner.invoke(cli, ["validate", "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("conforms: ")


@pytest.mark.parametrize(("fixture", "message"), [
    ("empty.txt", "empty.txt:0: empty file"),
    ("binary.bin", "binary.bin:3: binary file, not a SENACS export"),
    ("no-fiche.txt", "no-fiche.txt:1: no fiche action found"),
])
def test_unusable_input_fails_with_one_line_and_leaves_the_store_untouched(
        runner: CliRunner, tmp_path: Path, fixture: str, message: str) -> None:
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", "-q", "--store", str(store)]).exit_code == 0
    before = _tree_state(store)
    result = runner.invoke(cli, ["build", str(CLI_DATA / fixture), "--store", str(store)])
    assert result.exit_code == 2
    assert result.stderr.startswith("maillage: error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert _tree_state(store) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".store")]


def test_a_missing_input_file_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(tmp_path / "nope.txt"),
                                 "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert result.stderr == f"maillage: error: {tmp_path / 'nope.txt'}: no such file\n"
    assert not (tmp_path / "s").exists()


def test_the_same_fiche_twice_is_one_action_and_a_warning(
        runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(CLI_DATA / "duplicate.txt"),
                                 "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 actions, 2 structures")
    assert "duplicate.txt:124: duplicate of the fiche at duplicate.txt:1: kept once" \
        in result.stderr


def test_an_unknown_departement_is_a_warning_and_the_rest_loads(
        runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(CLI_DATA / "unknown-departement.txt"),
                                 "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "unknown-departement.txt:4: unknown département 'Atlantide'" in result.stderr
    rows = _csv(runner.invoke(cli, ["query", "actions", "--format", "csv",
                                    "--store", str(store)]).stdout)
    assert [(row["structureLabel"], row["departement"]) for row in rows] == [
        ("CENTRE SOCIAL DE NULLE PART", "")]
