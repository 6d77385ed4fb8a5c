"""The SENACS export parser, on the bundled sample and on small hand-made exports."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat
from rdflib import RDFS, Graph

from loader.emit import emit
from loader.parse import ParseError, parse_export
from loader.pipeline import build
from loader.records import FIELDS, Field, Line, Problem, Record
from loader.store import export
from maillage.cli import cli
from storage.embedded import open_store

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


def test_bare_actions_line_inside_a_field_stays_text_and_the_funding_stays_with_its_fiche():
    path = DATA / "bare_actions.txt"
    records, problems = parse(path)
    (record,) = records
    assert record.fields["description"] == Field(7, (
        Line(8, "Trois temps dans l'année."),
        Line(9, "Actions"),
        Line(10, "- semis au printemps avec l'école"),
        Line(11, "- récolte partagée en été"),
    ))
    assert record.fields["financial_resources"] == Field(
        12, (Line(13, "Convention avec la MSA Midi-Pyrénées Sud : 1 200 €."),))
    assert (record.line_end, record.truncated) == (15, False)
    assert problems == [Problem(str(path), 9, "line 'Actions' not followed by a structure "
                                "header: read as text of the fiche")]


def test_dev_set_structured_fields_round_trip_for_all_40_fiches():
    records, problems = parse(DATA / "dev-fiches.txt")
    gold = json.loads((DATA / "dev-structure.json").read_text(encoding="utf-8"))

    def first(record: Record, key: str) -> str | None:
        return next(iter(record.items(key)), None)

    parsed = [{
        "title": r.title, "structure": r.structure_name or None,
        "departement": r.departement or None, "status": first(r, "status"),
        "dimension": first(r, "dimension"), "keywords": r.items("keywords"),
        "public": r.items("public"), "initiative": r.items("initiative"),
        "territory_scope": first(r, "territory"), "declared_partners": r.items("partner_types"),
        "people_mobilised": r.text("people") or None, "source_line": r.line_start,
    } for r in records]
    assert parsed == gold
    assert not any(r.truncated for r in records)
    # D11's Description holds a bare "Actions" line: text, warned, not a 41st fiche.
    assert [str(p) for p in problems] == [
        f"{DATA / 'dev-fiches.txt'}:637: line 'Actions' not followed by a structure header: "
        "read as text of the fiche"]


def test_older_layout_maps_its_headers_bullets_and_attachments_onto_fields():
    records, problems = parse(DATA / "legacy.txt")
    assert problems == []
    first, second = records
    assert (first.title, first.structure_name, first.departement) == (
        "Troc de graines au marché", "CENTRE SOCIAL LA TRAME", "Côtes-d'Armor")
    assert first.fields["themes"] == Field(4, (Line(5, "Environnement"), Line(6, "Solidarité")))
    assert first.items("keywords") == ["Jardinage", "Développement durable"]
    assert first.fields["diagnostic"] == Field(
        9, (Line(10, "Des jardiniers du quartier jetaient leurs graines en trop."),))
    assert first.text("description") == (
        "Un stand une fois par mois sur le marché du samedi.\n"
        "Le foyer de jeunes travailleurs tient le stand avec nous.")
    assert first.fields["impacts"] == Field(14, (Line(15, "Quarante familles échangent des "
                                                      "graines."),))
    assert first.text("success_factors") == (
        "Une subvention de la commune de 300 € pour les sachets.")
    assert first.text("limits") == "Peu de graines en hiver."
    assert first.fields["publisher"] == Field(
        20, (Line(21, "Fédération des centres sociaux des Côtes-d'Armor"),))
    assert first.fields["files"] == Field(25, (Line(26, "affiche_troc.pdf"),))
    assert (first.line_start, first.line_end, first.truncated) == (2, 26, False)
    assert (second.title, second.structure_name, second.departement) == (
        "Repas partagés du jeudi", "ESPACE DE VIE SOCIALE LE FOUR", "Lozère")
    assert second.fields["publisher"] == Field(34, (Line(34, "EVS Le Four"),))
    assert second.items("keywords") == ["Lien social"]
    assert (second.line_start, second.line_end, second.truncated) == (27, 36, False)


def test_older_layout_fields_are_emitted_with_their_terms():
    first = next(parse_export(DATA / "legacy.txt"))
    quads = {(q.predicate.value.rsplit("#", 1)[-1], str(q.object)) for q in emit([first])}
    assert {
        ("diagnostic", '"Des jardiniers du quartier jetaient leurs graines en trop."@fr'),
        ("impacts", '"Quarante familles échangent des graines."@fr'),
        ("successFactors", '"Une subvention de la commune de 300 € pour les sachets."@fr'),
        ("publisher", "\"Fédération des centres sociaux des Côtes-d'Armor\""),
        ("http://purl.org/dc/terms/subject", "<https://w3id.org/maillage/id/keyword/jardinage>"),
    } <= quads


def test_listing_tables_give_years_and_never_join_a_field():
    path = DATA / "listing.txt"
    records, problems = parse(path)
    bike, books = records
    assert bike.text("summary") == "Réparer son vélo avec un bénévole."
    assert bike.text("perspectives") == "Un second atelier."
    assert bike.fields["year"] == Field(8, (Line(8, "2013"),))
    assert books.text("perspectives") == "Chaque automne."
    assert books.fields["year"] == Field(9, (Line(9, "2014"),))
    assert [str(p) for p in problems] == [
        f"{path}:23: listing row gives 'Atelier vélo' the year '2015', line 8 '2013': the "
        "first is kept",
        f"{path}:10: listing row names no fiche of the file: 'Café des aidants' (Finistère, "
        "2012)",
    ]
    years = [str(q.object) for q in emit(records) if q.predicate.value.endswith("#year")]
    assert years == ['"2013"^^<http://www.w3.org/2001/XMLSchema#gYear>',
                     '"2014"^^<http://www.w3.org/2001/XMLSchema#gYear>']


def test_cut_header_lines_are_left_out_and_fiches_cut_mid_file_are_flagged():
    path = DATA / "cut_headers.txt"
    records, problems = parse(path)
    garden, party = records
    assert garden.fields["public"] == Field(5, (Line(6, "Familles"),))
    assert (garden.line_end, garden.truncated) == (6, True)
    assert party.fields["summary"] == Field(12, (Line(13, "Un repas dans la cour."),))
    assert (party.line_end, party.truncated) == (13, True)
    perspectives = "\"- Suite de l'action : Perspectives\""
    assert [str(p) for p in problems] == [
        f"{path}:6: fiche of line 1 cut short: the next fiche starts before {perspectives}",
        f"{path}:7: cut header line, left out: '- Territoire con'",
        f"{path}:13: fiche of line 8 cut short: the file ends before {perspectives}",
        f"{path}:14: cut header line, left out: '- Ressources financières mobilis'",
    ]


def test_near_miss_headers_match_and_a_header_lookalike_is_warned_and_kept():
    path = DATA / "near_miss.txt"
    records, problems = parse(path)
    (record,) = records
    assert (record.title, record.structure_name, record.departement) == (
        "Soirée jeux", "LUDOTHÈQUE DU CENTRE SOCIAL", "Cantal")
    assert [record.items(key) for key in ("status", "dimension", "public", "partner_types")] == [
        ["En cours"], ["Citoyenneté"], ["Familles"], ["Commune"]]
    assert record.text("summary") == "Une soirée par mois.\nPublic\nTous les âges."
    assert record.text("perspectives") == "Une soirée en été."
    assert problems == [Problem(str(path), 15, "line looks like the header '- Public' but is "
                                "not one in today's layout: read as text")]


@pytest.mark.parametrize(
    ("name", "marker"),
    [("utf16.txt", b"\xff\xfeA\x00"), ("utf16le_nobom.txt", b"A\x00c\x00"),
     ("cr.txt", b"Actions\rF")],
)
def test_utf16_and_lone_cr_parse_like_utf8(name, marker):
    assert (DATA / name).read_bytes().startswith(marker)
    records, problems = parse(DATA / name)
    assert problems == []
    (record,) = records
    expected_small(record)


def test_control_characters_become_replacement_characters_with_a_warning():
    path = DATA / "control.txt"
    assert path.read_bytes().index(b"\0") > 8192  # past the binary check of the head
    records, problems = parse(path)
    (record,) = records
    assert record.title == "Atelier \ufffd[31mrouge\ufffd[0m"
    assert record.fields["summary"].lines[-1] == Line(96, "Bilan\ufffd de la saison\ufffd avec "
                                                      "les familles.")
    assert [str(p) for p in problems] == [
        f"{path}:2: control character U+001B replaced by U+FFFD",
        f"{path}:96: control character U+0000 replaced by U+FFFD",
    ]


def test_a_store_with_control_characters_exports_as_rdf_xml(tmp_path):
    store = tmp_path / "store"
    build([DATA / "control.txt"], store, report=lambda problem: None)
    out = io.BytesIO()
    export(open_store(store), out, RdfFormat.RDF_XML)
    graph = Graph().parse(data=out.getvalue(), format="xml")
    titles = {str(o) for o in graph.objects(predicate=RDFS.label) if "Atelier" in str(o)}
    assert titles == {"Atelier \ufffd[31mrouge\ufffd[0m"}


@pytest.mark.parametrize(("name", "message"), [("missing.txt", "no such file"),
                                               (".", "is a directory, not a SENACS export")])
def test_missing_file_or_directory_is_unusable_input(name, message, runner, tmp_path):
    with pytest.raises(ParseError) as caught:
        parse_export(DATA / name)
    assert (caught.value.line, caught.value.message) == (0, message)
    result = runner.invoke(cli, ["build", str(DATA / name), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert result.stderr == f"maillage: error: {DATA / name}: {message}\n"  # checked first
    assert not (tmp_path / "s").exists()


def test_title_actions_joined_files_colon_headers_and_a_listing_cut_by_a_page_header():
    path = DATA / "hazards.txt"
    assert b"\n\xef\xbb\xbfActions\n" in path.read_bytes()  # a second file's BOM, mid-file
    records, problems = parse(path)
    assert problems == []
    named, games = records
    assert (named.title, named.line_start, named.line_end) == ("Actions", 6, 13)
    assert named.fields["summary"] == Field(10, (Line(11, "Un titre qui est un mot du "
                                                      "formulaire."),))
    assert named.text("perspectives") == "Une suite."
    assert named.fields["year"] == Field(3, (Line(3, "2014"),))
    assert (games.title, games.line_start, games.text("perspectives")) == (
        "Jeux en famille", 14, "Chaque mois.")
    assert games.fields["year"] == Field(5, (Line(5, "2013"),))
