"""The SENACS export parser, on the bundled sample and on small hand-made exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.parse import ParseError, parse_export
from loader.records import FIELDS, Field, Line, Problem, Record

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "data" / "senacs-actions-sample.txt"
DATA = Path(__file__).parent / "data" / "parse"


def parse(path: Path) -> tuple[list[Record], list[Problem]]:
    problems: list[Problem] = []
    return list(parse_export(path, report=problems.append)), problems


def test_sample_has_25_fiches_and_no_warning():
    records, problems = parse(SAMPLE)
    assert len(records) == 25
    assert problems == []
    assert [r.line_start for r in records[:3]] == [2, 57, 125]
    assert records[-1].line_end == 1662
    assert not any(r.truncated for r in records)
    assert all(r.source == "senacs-actions-sample.txt" for r in records)


def test_sample_first_fiche_fields():
    first = next(parse_export(SAMPLE))
    assert (first.title, first.structure_name, first.departement) == (
        "PAROLES CHOCOLATEES",
        "CENTRE SOCIAL VIC-ACCUEIL",
        "Gers",
    )
    assert (first.line_start, first.line_end) == (2, 56)
    assert first.items("keywords") == ["Solidarité", "Démocratie & citoyenneté", "Santé"]
    assert first.items("partner_types") == ["Conseil départemental"]
    assert first.items("territory") == ["Plusieurs communes"]
    funding = "L'action Paroles chocolatées est financée dans le cadre d'un conventionnement Msa."
    assert first.fields["financial_resources"] == Field(42, (Line(43, funding),))
    assert first.fields["limits"] == Field(54, ())
    assert "initiative_detail" not in first.fields


def test_sample_structure_name_with_dash_splits_on_last_dash():
    records, _ = parse(SAMPLE)
    reunion = records[9]
    assert reunion.line_start == 677
    assert reunion.title == "atelier chanson lontan"
    assert reunion.structure_name == "JULIETTE AU PAYS DES MARMAILLES - BENGALIS"
    assert reunion.departement == "La Réunion"
    assert (records[4].structure_name, records[4].departement) == (
        "ASSOCIATION CULTURE LOISIRS EDUCATION (CLE)",
        "Territoire de Belfort",
    )
    assert records[4].title.startswith("Journée Citoyenne")


def test_page_headers_form_feeds_dash_lines_and_bare_dashes():
    records, problems = parse(DATA / "two_fiches.txt")
    assert problems == [
        Problem(
            str(DATA / "two_fiches.txt"),
            1,
            "text before the first fiche, ignored: 'Export SENACS du 12/03/2024'",
        )
    ]
    first, second = records
    assert (first.line_start, first.line_end) == (3, 49)
    assert first.fields["description"] == Field(
        24,
        (
            Line(25, "Les objectifs :"),
            Line(26, "- créer du lien entre voisins"),
            Line(28, "- apprendre à cultiver"),
        ),
    )
    assert first.fields["status"] == Field(8, (Line(10, "En cours"),))
    assert first.items("keywords") == ["Environnement", "Solidarité"]
    assert first.fields["public"] == Field(29, (Line(31, "Familles"), Line(32, "Adultes")))
    assert first.items("partner_types") == ["Commune", "Caf"]
    assert first.fields["partners_intro"] == Field(33, (Line(34, "-"),))
    assert first.text("financial_resources") == "Subvention de la commune : 1 500 €"
    assert first.fields["perspectives"] == Field(48, (Line(49, "Agrandir le jardin."),))
    assert (second.line_start, second.line_end) == (52, 58)
    assert second.title == "Café des parents - saison 2"
    assert (second.structure_name, second.departement) == (
        "MAISON POUR TOUS - LA SOURCE",
        "Territoire de Belfort",
    )


def test_every_field_empty():
    records, problems = parse(DATA / "empty_fields.txt")
    assert problems == []
    (record,) = records
    assert record.title == "Fiche vide"
    assert (record.structure_name, record.departement) == ("CENTRE SOCIAL DU PORT", "Finistère")
    assert record.fields["structure"] == Field(3, (Line(4, "- CENTRE SOCIAL DU PORT - Finistère"),))
    empty = {key: field for key, field in record.fields.items() if key != "structure"}
    assert list(empty) == [key for key in FIELDS if key != "structure"]
    assert all(field.lines == () for field in empty.values())
    assert record.fields["territory"].header_line == 13
    assert (record.line_end, record.truncated) == (26, False)


def test_truncated_last_fiche_is_kept_and_flagged():
    records, problems = parse(DATA / "truncated.txt")
    assert [(r.title, r.truncated, r.line_start, r.line_end) for r in records] == [
        ("Atelier couture", False, 1, 8),
        ("Atelier cuisine", True, 9, 16),
    ]
    assert records[1].items("public") == ["Adultes"]
    assert problems == [
        Problem(
            str(DATA / "truncated.txt"),
            16,
            'fiche of line 9 cut short: the file ends before "- Suite de l\'action : Perspectives"',
        )
    ]


def expected_small(record: Record) -> None:
    assert (record.title, record.structure_name, record.departement) == (
        "Fête de l'été",
        "CENTRE SOCIAL L'ÉCLUSE",
        "Ardèche",
    )
    assert record.fields["summary"] == Field(
        10, (Line(11, "Une fête préparée avec les habitants, budget 300 €."),)
    )
    assert record.items("status") == ["Terminée"]
    assert record.items("keywords") == ["Culture"]
    assert (record.line_start, record.line_end, record.truncated) == (1, 13, False)


@pytest.mark.parametrize(
    ("name", "marker"),
    [("utf8.txt", b"\xc3\xaa"), ("crlf.txt", b"\r\n"), ("bom.txt", b"\xef\xbb\xbfActions\n")],
)
def test_utf8_with_crlf_or_bom_parses_alike(name, marker):
    assert marker in (DATA / name).read_bytes()  # the fixture kept its exact bytes
    records, problems = parse(DATA / name)
    assert problems == []
    (record,) = records
    expected_small(record)
    assert record.source == name


def test_cp1252_is_decoded_with_one_warning_at_first_bad_line():
    path = DATA / "cp1252.txt"
    assert b"F\xeate" in path.read_bytes() and b"300 \x80" in path.read_bytes()
    records, problems = parse(path)
    (record,) = records
    expected_small(record)
    assert problems == [Problem(str(path), 2, "not UTF-8, decoded as cp1252")]


def test_utf8_file_with_one_cp1252_line_keeps_its_other_lines():
    path = DATA / "one_cp1252_line.txt"
    assert b"pr\xe9par\xe9e" in path.read_bytes() and b"F\xc3\xaate" in path.read_bytes()
    records, problems = parse(path)
    (record,) = records
    expected_small(record)
    assert problems == [Problem(str(path), 11, "not UTF-8, decoded as cp1252")]


def test_warnings_in_line_order_for_odd_lines():
    path = DATA / "odd_lines.txt"
    records, problems = parse(path)
    assert [str(p) for p in problems] == [
        f"{path}:4: structure line without ' - DÉPARTEMENT': 'CENTRE SOCIAL SANS DÉPARTEMENT'",
        f"{path}:6: list item without '- ': 'En cours'",
        f"{path}:11: repeated header '- Résumé' (first at line 9)",
        f"{path}:13: second '- Territoire concerné' ['Plusieurs communes'] differs from the "
        "first (line 7) ['Une commune']: the first is kept",
        f"{path}:16: line 'Actions' not followed by a structure header: read as text of the "
        "fiche",
        f"{path}:19: repeated header \"- Statut de l'action\" (first at line 5)",
        f"{path}:21: repeated header \"- Suite de l'action : Perspectives\" (first at line 15)",
    ]
    (record,) = records  # "Actions" at line 16 has no structure header: it opens no fiche
    assert (record.structure_name, record.departement) == ("CENTRE SOCIAL SANS DÉPARTEMENT", "")
    assert record.items("status") == ["En cours", "En cours"]
    assert record.items("territory") == ["Une commune"]
    assert record.text("summary") == "Une sortie à la mer.\nUn second résumé."
    assert record.text("perspectives") == "Actions\nRepair café\nTous les samedis"
    assert (record.line_start, record.line_end, record.truncated) == (1, 21, False)


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("empty.txt", 0, "empty file"),
        ("binary.bin", 3, "binary file, not a SENACS export"),
    ],
)
def test_unusable_file_raises_before_reading_fiches(name, line, message):
    with pytest.raises(ParseError) as caught:
        parse_export(DATA / name)
    error = caught.value
    assert (error.path, error.line, error.message) == (str(DATA / name), line, message)
    assert str(error) == f"{DATA / name}:{line}: {message}"


def test_text_without_fiche_raises_one_error_and_no_warning():
    path = DATA / "no_fiche.txt"
    problems: list[Problem] = []
    with pytest.raises(ParseError) as caught:
        list(parse_export(path, report=problems.append))
    assert str(caught.value) == f"{path}:1: no fiche action found (no line 'Actions')"
    assert problems == []


def test_source_is_file_name_and_problem_path_as_given(monkeypatch):
    monkeypatch.chdir(DATA)
    problems: list[Problem] = []
    records = list(parse_export("truncated.txt", report=problems.append))
    assert {r.source for r in records} == {"truncated.txt"}
    assert [p.path for p in problems] == ["truncated.txt"]
