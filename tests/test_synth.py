"""`maillage.synth`: synthetic exports in the exact SENACS format, deterministic per seed."""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from loader.parse import parse_export
from loader.records import FIELDS, Problem, Record
from maillage.cli import cli
from maillage.synth import SynthSummary, fiches, synthesize
from ontology.reference import departements

HEADERS = frozenset(FIELDS.values())


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SynthSummary]:
    """1,000 fiches of seed 0, written once for the module."""
    path = tmp_path_factory.mktemp("synth") / "synth-1000.txt"
    return path, synthesize(1000, path, seed=0)


@pytest.fixture(scope="module")
def records(export: tuple[Path, SynthSummary]) -> list[Record]:
    problems: list[Problem] = []
    found = list(parse_export(export[0], report=problems.append))
    assert problems == []
    return found


def _text(n: int, seed: int) -> str:
    stream = io.StringIO()
    synthesize(n, stream, seed=seed)
    return stream.getvalue()


def test_same_seed_gives_byte_identical_output() -> None:
    assert _text(300, seed=7) == _text(300, seed=7)


def test_different_seeds_give_different_output() -> None:
    assert _text(50, seed=1) != _text(50, seed=2)


def test_summary_of_200_fiches_of_seed_0_is_exact() -> None:
    assert synthesize(200, io.StringIO(), seed=0) == SynthSummary(
        fiches=200, duplicates=2, structures=91, departements=52, bytes=907039
    )


def test_fiches_yields_one_chunk_per_fiche_and_the_first_opens_with_the_page_header() -> None:
    chunks = list(fiches(20, seed=0))
    assert len(chunks) == 20
    assert chunks[0].startswith("Les actions des centres sociaux\nActions\n")
    assert all(chunk.endswith("\n") for chunk in chunks)


def test_every_fiche_starts_with_actions_and_duplicates_repeat_the_previous_fiche(
    export: tuple[Path, SynthSummary],
) -> None:
    path, summary = export
    text = path.read_text(encoding="utf-8")
    assert text.count("\nActions\n") + text.startswith("Actions\n") == 1000
    chunks = list(fiches(1000, seed=0))
    repeats = sum(1 for a, b in itertools.pairwise(chunks) if a == b)
    assert summary.duplicates == repeats == 7
    assert summary.bytes == len(text.encode("utf-8"))


def test_every_fiche_has_each_header_once_and_the_territory_twice(
    export: tuple[Path, SynthSummary],
) -> None:
    lines = Counter(export[0].read_text(encoding="utf-8").splitlines())
    assert lines[FIELDS["territory"]] == 2000
    for key in ("structure", "status", "dimension", "keywords", "summary", "perspectives"):
        assert lines[FIELDS[key]] == 1000
    assert 0 < lines[FIELDS["end_reason"]] < 1000
    assert 0 < lines[FIELDS["initiative_detail"]] < 1000
    assert lines["Les actions des centres sociaux"] > 1


def test_fiches_parse_without_any_warning_and_keep_the_fields_order(
    records: list[Record],
) -> None:
    order = list(FIELDS)
    assert len(records) == 1000
    for record in records:
        keys = list(record.fields)
        assert keys == sorted(keys, key=order.index)
        assert record.title and not record.truncated


def test_structure_lines_split_into_a_name_and_a_real_departement(
    records: list[Record],
) -> None:
    names = {d.name for d in departements()}
    assert all(record.departement in names for record in records)
    assert all(record.structure_name for record in records)
    assert any(" - " in record.structure_name for record in records)


def test_mean_fiche_size_is_that_of_real_fiches(export: tuple[Path, SynthSummary]) -> None:
    assert 4000 <= export[1].bytes / 1000 <= 5000


def test_structures_are_distinct_and_long_tailed(
    export: tuple[Path, SynthSummary], records: list[Record]
) -> None:
    per_structure = Counter((r.structure_name, r.departement) for r in records)
    counts = sorted(per_structure.values(), reverse=True)
    assert len(counts) == export[1].structures == 436
    assert counts[0] >= 10 and counts[-1] == 1


def test_free_text_has_dash_lines_bare_dash_lists_and_curly_apostrophes(
    records: list[Record],
) -> None:
    texts = [record.text(key) for record in records for key in FIELDS]
    lines = [line for text in texts for line in text.splitlines()]
    assert any(line.startswith("- ") for line in lines)
    assert "-" in lines
    assert any("\u2019" in line for line in lines)
    assert not HEADERS.intersection(lines)


def test_amounts_and_funders_come_in_the_notations_a_parser_must_handle(
    export: tuple[Path, SynthSummary],
) -> None:
    text = export[0].read_text(encoding="utf-8")
    for pattern in (
        r"\b\d{1,3} \d{3} €",  # 28 500 €
        r"\b\d{1,3}\.\d{3}€",  # 12.500€
        r"\b\d{3,5}€",  # 3100€
        r"\b\d[\d ]* euros\b",  # 2 700 euros
        r"\b\d+k€",  # 3k€
        r"\+/- \d+€",  # +/- 600€
        r"Budget global de ",
        r"\nCHARGES\nMONTANTS\nPRODUITS\nMONTANTS\n",
    ):
        assert re.search(pattern, text), pattern
    for funder in (
        "CAF",
        "Caf",
        "Caisse d'Allocations Familiales",
        "Msa",
        "REAAP",
        "PDI",
        "FIPDR",
        "DDETS",
        "Mairie de ",
        "Fondation de France",
        "France Travail",
        "Communauté de communes",
        "FSE",
        "CPAM",
        "CARSAT",
        "FDVA",
        "Politique de la",
    ):
        assert funder in text, funder


def test_keywords_include_the_senacs_list_and_its_typo(records: list[Record]) -> None:
    keywords = Counter(item for record in records for item in record.items("keywords"))
    assert {"Parentalité", "Viellissement", "Vieillissement", "Numérique"} <= set(keywords)
    assert keywords.most_common(1)[0][0] == "Parentalité"


def test_cli_synth_writes_the_file_and_prints_its_summary(tmp_path: Path) -> None:
    out = tmp_path / "export.txt"
    result = CliRunner().invoke(cli, ["synth", "50", "--out", str(out), "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"50 fiches (1 exact duplicates), 24 structures, 21 départements, 214688 bytes in {out}\n"
    )
    assert out.read_text(encoding="utf-8") == "".join(fiches(50, seed=3))
