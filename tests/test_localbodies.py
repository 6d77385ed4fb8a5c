"""Communes and intercommunalités named in fiches, resolved to official bodies and emitted."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from loader import localbodies
from loader.emit import departement_key, emit
from loader.localbodies import LocalBody, body_org, find_local_bodies, local_body, resolve
from loader.parse import parse_export
from loader.records import Evidence, Funding, Org, Partnership, Record
from loader.validate import validate
from ontology.reference import TERRITORIES_TTL, VOCABULARIES_TTL

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "senacs-actions-sample.txt"
ID = "https://w3id.org/maillage/id/"
MLG = "https://w3id.org/maillage/ontology#"

TOULOUSE_METROPOLE = LocalBody("243100518", "Toulouse Métropole", "metropole", ("31",))
ARMAGNAC_ADOUR = LocalBody("200035632", "CC Armagnac Adour", "cc", ("32",))


def test_the_sample_names_toulouse_metropole_and_armagnac_adour() -> None:
    found = []
    for record in parse_export(SAMPLE):
        for key, field in record.fields.items():
            found += [(record.line_start, key, mention.start, mention.end, mention.text,
                       mention.body)
                      for mention in find_local_bodies(field.text,
                                                       departement_key(record.departement))]
    assert found == [
        (1179, "financial_resources", 211, 229, "Toulouse Métropole", TOULOUSE_METROPOLE),
        (1254, "description", 167, 204, "Communauté de communes Armagnac Adour",
         ARMAGNAC_ADOUR),
        (1309, "general_description", 451, 488, "Communauté de Communes Armagnac Adour",
         ARMAGNAC_ADOUR),
    ]


@pytest.mark.parametrize(("name", "code", "kind"), [
    ("Commune de Saint-Affrique", "12208", "commune"),
    ("Ville de Millau", "12145", "commune"),
    ("la mairie de Rodez", "12202", "commune"),
    ("Mairie de St Affrique", "12208", "commune"),
    ("MAIRIE DE SAINT AFFRIQUE", "12208", "commune"),
    ("Communauté de communes de Millau Grands Causses", "241200567", "cc"),
    ("Rodez Agglomération", "241200187", "ca"),
    ("Rodez agglo", "241200187", "ca"),
    ("CA Rodez Agglomération", "241200187", "ca"),
])
def test_aveyron_bodies(name: str, code: str, kind: str) -> None:
    body = resolve(name, "12")
    assert (body.code, body.kind) == (code, kind)


@pytest.mark.parametrize(("name", "departement", "code"), [
    ("Toulouse Métropole", "31", "243100518"),
    ("Métropole de Toulouse", "31", "243100518"),
    ("Communauté de communes Armagnac Adour", "32", "200035632"),
    ("CC Armagnac-Adour", "32", "200035632"),
    ("Grand Reims", "51", "200067213"),
    ("le Grand Narbonne", "11", "241100593"),
    ("Métropole de Lyon", "69", "200046977"),
    ("Ville de Paris", "75", "75056"),
    ("Métropole du Grand Paris", "94", "200054781"),
    ("Plaine Commune", "93", "200057867"),
    ("CCEL", "69", "246900575"),
    ("Commune du Havre", "76", "76351"),
    ("Commune de La Courneuve", "93", "93027"),
    ("Communauté de communes Cœur de Lozère", "48", "244800405"),
])
def test_names_as_written_resolve_in_their_departement(name: str, departement: str,
                                                       code: str) -> None:
    assert resolve(name, departement).code == code


def test_a_name_shared_by_two_communes_resolves_by_departement() -> None:
    assert [resolve("Commune de Valence", code) for code in ("26", "82")] == [
        LocalBody("26362", "Valence", "commune", ("26",)),
        LocalBody("82186", "Valence", "commune", ("82",)),
    ]


@pytest.mark.parametrize(("name", "departement"), [
    ("Ville de Millau", "32"),  # Millau is in Aveyron
    ("Toulouse Métropole", "12"),
    ("CCAS de Millau", "12"),  # a CCAS is no commune
    ("Millau Grands", "12"),  # part of a name
    ("ça Armagnac Adour", "32"),  # "CA" only in capitals
    ("Commune de Millau", "99"),  # no such département
    ("Commune", "12"),
    ("la", "12"),
    ("", "12"),
])
def test_names_not_in_the_departement_resolve_to_none(name: str, departement: str) -> None:
    assert resolve(name, departement) is None


def test_bare_place_names_and_lowercase_phrases_are_not_bodies() -> None:
    text = ("Les habitants de Millau, un grand lieu de vie ; la commune de résidence, "
            "au centre-ville de Rodez.")
    assert find_local_bodies(text, "12") == find_local_bodies(text.replace("Millau", "x"), "44")
    assert find_local_bodies(text, "12") == []


def test_body_org_labels_and_keys() -> None:
    assert [body_org(resolve(name, code)) for name, code in [
        ("Ville de Millau", "12"), ("Commune d'Auch", "32"), ("Mairie des Abymes", "971"),
        ("CC Armagnac Adour", "32"), ("Toulouse Métropole", "31"),
    ]] == [
        Org("commune-12145", "Commune de Millau", "collectivite"),
        Org("commune-32013", "Commune d'Auch", "collectivite"),
        Org("commune-97101", "Commune des Abymes", "collectivite"),
        Org("epci-200035632", "Communauté de communes Armagnac Adour", "collectivite"),
        Org("epci-243100518", "Toulouse Métropole", "collectivite"),
    ]


def test_local_body_reads_a_key_back() -> None:
    assert [local_body(key) for key in ("epci-243100518", "commune-12145", "commune-243100518",
                                        "epci-12145", "caf-31", "commune")] == [
        TOULOUSE_METROPOLE, LocalBody("12145", "Millau", "commune", ("12",)),
        None, None, None, None]


def test_the_data_file_is_small_sorted_and_complete() -> None:
    lines = gzip.decompress(localbodies.DATA.read_bytes()).decode("utf-8").splitlines()
    kinds = [line.split("\t")[0] for line in lines[1:]]
    assert localbodies.DATA.stat().st_size < 2_000_000
    assert lines[1:] == sorted(lines[1:])
    assert {kind: kinds.count(kind) for kind in localbodies.KINDS} == {
        "commune": 34875, "cc": 989, "ca": 230, "cu": 14, "metropole": 22, "ept": 11}


def _record(departement: str, fundings: tuple = (), partnerships: tuple = ()) -> Record:
    return Record("t.txt", 1, 9, "Atelier", "Centre social", departement,
                  fundings=fundings, partnerships=partnerships)


EVIDENCE = Evidence("financial_resources", 5, "subvention Toulouse Métropole", "text")


def _about(quads: list[ox.Quad], subject: str) -> list[str]:
    return sorted(str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads
                  if q.subject.value == subject)


def test_an_intercommunalite_body_is_emitted_with_its_siren_class_and_departement() -> None:
    funder = Org("intercommunalite", "Intercommunalité", "collectivite")
    record = _record("Haute-Garonne", fundings=(
        Funding(funder, EVIDENCE, body_org(TOULOUSE_METROPOLE)),))
    quads = list(emit([record]))
    node = f"{ID}epci/243100518"
    funding = f"{ID}funding/31/centre-social/atelier/intercommunalite"
    assert f"<{funding}> <{MLG}body> <{node}>" in [str(q.triple) for q in quads]
    assert _about(quads, node) == sorted([
        f'<{node}> <http://www.w3.org/2000/01/rdf-schema#label> "Toulouse Métropole"',
        f'<{node}> <{MLG}key> "toulouse-metropole"',  # the label's lookup key
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}LocalBody>",
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}Intercommunality>",
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}Metropole>",
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}Funder>",
        f'<{node}> <{MLG}siren> "243100518"',
        f"<{node}> <{MLG}departement> <{ID}departement/31>",
        f"<{node}> <{MLG}orgKind> <{ID}org-kind/collectivite>",
    ])


def test_a_commune_body_is_emitted_once_with_its_insee_code() -> None:
    commune = Org("commune", "Commune", "collectivite")
    body = body_org(resolve("Ville de Millau", "12"))
    records = [_record("Aveyron", partnerships=(Partnership(commune, EVIDENCE, body),)),
               _record("Aveyron", fundings=(Funding(commune, EVIDENCE, body),))]
    node = f"{ID}commune/12145"
    assert _about(list(emit(records)), node) == sorted([
        f'<{node}> <http://www.w3.org/2000/01/rdf-schema#label> "Commune de Millau"',
        f'<{node}> <{MLG}key> "commune-de-millau"',
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}LocalBody>",
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}Commune>",
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}Partner>",
        f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{MLG}Funder>",
        f'<{node}> <{MLG}inseeCode> "12145"',
        f"<{node}> <{MLG}departement> <{ID}departement/12>",
        f"<{node}> <{MLG}orgKind> <{ID}org-kind/collectivite>",
    ])


def test_emitted_local_bodies_conform_to_the_shapes() -> None:
    records = [
        _record("Aveyron", fundings=(Funding(Org("commune", "Commune", "collectivite"),
                                             EVIDENCE, body_org(resolve("Millau", "12"))),)),
        _record("Lozère", fundings=(Funding(
            Org("intercommunalite", "Intercommunalité", "collectivite"), EVIDENCE,
            body_org(resolve("Millau Grands Causses", "48"))),)),  # in Aveyron and Lozère
    ]
    store = ox.Store()
    store.extend(emit(records))
    for path in (TERRITORIES_TTL, VOCABULARIES_TTL):
        store.load(path=path, format=ox.RdfFormat.TURTLE)
    report = validate(store)
    assert (report.conforms, report.violations) == (True, 0), report.text


def test_the_vendor_script_keeps_current_communes_and_intercommunalites_of_known_members(
        tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "vendor_local_bodies", SAMPLE.parent.parent / "scripts" / "vendor_local_bodies.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    data = tmp_path / "package" / "data"
    data.mkdir(parents=True)
    communes = [
        {"code": "12145", "nom": "Millau", "type": "commune-actuelle", "departement": "12"},
        {"code": "48001", "nom": "Albaret", "type": "commune-actuelle", "departement": "48"},
        {"code": "12999", "nom": "Ancienne", "type": "commune-deleguee", "departement": "12"},
        {"code": "69381", "nom": "Lyon 1er", "type": "arrondissement-municipal"},
        {"code": "97501", "nom": "Miquelon-Langlade", "type": "commune-actuelle",
         "departement": "975"},
    ]
    members = [{"code": "12145"}, {"code": "48001"}]
    (data / "communes.json").write_text(json.dumps(communes), encoding="utf-8")
    (data / "epci.json").write_text(json.dumps([
        {"code": "241200567", "nom": "CC de Millau Grands Causses", "type": "CC",
         "membres": members},
        {"code": "200046977", "nom": "Métropole de Lyon", "type": "MET69",
         "membres": [{"code": "69381"}]},
    ]), encoding="utf-8")
    (data / "ept.json").write_text(json.dumps([
        {"code": "200057867", "nom": "Plaine Commune", "type": "EPT", "membres": members}]),
        encoding="utf-8")
    found = script.rows(tmp_path / "package")
    assert found == [
        ("commune", "12145", "Millau", "12"),
        ("commune", "48001", "Albaret", "48"),
        ("cc", "241200567", "CC de Millau Grands Causses", "12|48"),
        ("ept", "200057867", "Plaine Commune", "12|48"),
    ]
    script.write(found, tmp_path / "out.tsv.gz")
    assert gzip.decompress((tmp_path / "out.tsv.gz").read_bytes()).decode("utf-8") == (
        "kind\tcode\tname\tdepartements\n"
        "cc\t241200567\tCC de Millau Grands Causses\t12|48\n"
        "commune\t12145\tMillau\t12\n"
        "commune\t48001\tAlbaret\t48\n"
        "ept\t200057867\tPlaine Commune\t12|48\n")
