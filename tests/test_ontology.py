"""The ontology, its generated namespace, the vocabularies, the territories and the shapes."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from loader.parse import parse_export
from ontology.keys import fold, slug
from ontology.namespace import ID, MLG
from ontology.reference import (
    ONTOLOGY_TTL,
    SHAPES_TTL,
    TERRITORIES_TTL,
    VOCABULARIES_TTL,
    Departement,
    concept_iri,
    departements,
    find_departement,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "ontology"
SAMPLE = ROOT / "data" / "senacs-actions-sample.txt"
MLG_IRI = "https://w3id.org/maillage/ontology#"
SH = Namespace("http://www.w3.org/ns/shacl#")
TERM_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)

# List fields of a fiche and the concept scheme of their values (docs/model.md).
SCHEME_OF_FIELD = {
    "status": "status",
    "dimension": "dimension",
    "keywords": "keyword",
    "public": "public",
    "initiative": "initiative",
    "territory": "territory-scope",
    "partner_types": "partner-type",
}


def _graph(*paths: Path) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _graph(ONTOLOGY_TTL)


@pytest.fixture(scope="module")
def vocabularies() -> Graph:
    return _graph(VOCABULARIES_TTL)


def _documented_terms() -> set[str]:
    """The mlg: terms named in the "Terms" section of docs/model.md."""
    model = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    terms = model.split("## Terms", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"mlg:([A-Za-z]+)", terms))


def test_the_ontology_declares_exactly_the_terms_of_the_model(ontology: Graph) -> None:
    declared = {
        str(term).removeprefix(MLG_IRI)
        for kind in TERM_KINDS
        for term in ontology.subjects(RDF.type, kind)
        if str(term).startswith(MLG_IRI)
    }
    assert declared == _documented_terms()


@pytest.mark.parametrize("term", sorted(_documented_terms()))
def test_every_term_has_a_label_and_a_comment_in_french_and_english(
    ontology: Graph, term: str
) -> None:
    iri = URIRef(MLG_IRI + term)
    for prop in (RDFS.label, RDFS.comment):
        languages = sorted(value.language for value in ontology.objects(iri, prop))
        assert languages == ["en", "fr"], (term, prop)


def test_classes_are_aligned_with_standard_vocabularies(ontology: Graph) -> None:
    parents = {str(p) for p in ontology.objects(MLG.Structure, RDFS.subClassOf)}
    assert parents == {"http://www.w3.org/ns/org#Organization", "https://schema.org/Organization"}
    assert (MLG.Keyword, RDFS.subClassOf, SKOS.Concept) in ontology
    assert (MLG.Departement, RDFS.subClassOf, MLG.Territory) in ontology


def test_generated_files_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ontology.generate", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_namespace_gives_terms_and_rejects_misspelt_ones() -> None:
    assert MLG.organiser == URIRef(MLG_IRI + "organiser")
    assert ID == "https://w3id.org/maillage/id/"
    with pytest.raises(AttributeError):
        _ = MLG.organizer


def test_departements_cover_france_overseas_included() -> None:
    codes = [d.code for d in departements()]
    assert len(codes) == len(set(codes)) == 101
    assert {"2A", "2B", "971", "972", "973", "974", "976"} <= set(codes)
    assert "20" not in codes
    regions = {(d.region_code, d.region_name) for d in departements()}
    assert len(regions) == 18
    assert ("04", "La Réunion") in regions
    assert ("76", "Occitanie") in regions


def test_territories_ttl_links_each_departement_to_its_region() -> None:
    graph = _graph(TERRITORIES_TTL)
    assert len(set(graph.subjects(RDF.type, MLG.Departement))) == 101
    assert len(set(graph.subjects(RDF.type, MLG.Region))) == 18
    gers = URIRef(f"{ID}departement/32")
    region = graph.value(gers, URIRef("https://schema.org/containedInPlace"))
    assert region == URIRef(f"{ID}region/76")
    assert graph.value(region, RDFS.label) == Literal("Occitanie")
    assert graph.value(gers, MLG.inseeCode) == Literal("32")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Bouches-du-Rhône", "13"),
        ("bouches du rhone", "13"),
        ("BOUCHES-DU-RHÔNE", "13"),
        ("Réunion", "974"),
        ("La Réunion", "974"),
        ("Guadeloupe", "971"),
        ("Corse-du-Sud", "2A"),
        ("2b", "2B"),
        ("Territoire de Belfort", "90"),
        ("Côtes d\u2019Armor", "22"),
        ("32", "32"),
        ("9", "09"),
        (" Hautes-Pyrénées ", "65"),
    ],
)
def test_find_departement_ignores_accents_case_hyphens_and_articles(name: str, code: str) -> None:
    found = find_departement(name)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize("name", ["Atlantide", "", "20", "Corse", "975"])
def test_find_departement_returns_none_for_unknown_names(name: str) -> None:
    assert find_departement(name) is None


def test_find_departement_gives_the_region_and_the_iris() -> None:
    gers = find_departement("Gers")
    assert gers == Departement("32", "Gers", "76", "Occitanie")
    assert (gers.iri, gers.region_iri) == (f"{ID}departement/32", f"{ID}region/76")


@pytest.mark.parametrize(
    ("scheme", "label", "iri"),
    [
        ("keyword", "Viellissement", "keyword/vieillissement"),
        ("keyword", "éducation / scolarité", "keyword/education-scolarite"),
        ("keyword", "Démocratie  &  citoyenneté", "keyword/democratie-citoyennete"),
        ("public", "familles", "public/familles"),
        ("territory-scope", "Une commune", "territory-scope/une-commune"),
        ("initiative", "Un ou plusieurs partenaire(s)", "initiative/un-ou-plusieurs-partenaire-s"),
        ("org-kind", "Dispositif", "org-kind/fonds-dispositif"),
    ],
)
def test_concept_iri_maps_labels_and_variants_to_their_concept(
    scheme: str, label: str, iri: str
) -> None:
    assert concept_iri(scheme, label) == (f"{ID}{iri}", True)


def test_concept_iri_gives_the_would_be_iri_of_an_unknown_label() -> None:
    assert concept_iri("keyword", "Économie sociale") == (f"{ID}keyword/economie-sociale", False)


def test_concept_iri_rejects_an_unknown_scheme() -> None:
    with pytest.raises(ValueError, match="unknown concept scheme 'keywords'"):
        concept_iri("keywords", "Santé")


def test_concept_iris_are_the_slugs_of_their_french_preflabels(vocabularies: Graph) -> None:
    for concept in vocabularies.subjects(RDF.type, SKOS.Concept):
        scheme = str(vocabularies.value(concept, SKOS.inScheme)).removeprefix(ID)
        label = vocabularies.value(concept, SKOS.prefLabel)
        assert label.language == "fr"
        assert str(concept) == f"{ID}{scheme}/{slug(label)}"


def test_no_two_concepts_of_a_scheme_share_a_folded_label(vocabularies: Graph) -> None:
    seen: dict[tuple[str, str], URIRef] = {}
    for concept in vocabularies.subjects(RDF.type, SKOS.Concept):
        scheme = str(vocabularies.value(concept, SKOS.inScheme))
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in vocabularies.objects(concept, prop):
                key = (scheme, " ".join(fold(label).split()))
                assert seen.setdefault(key, concept) == concept, key


def test_vocabularies_hold_the_field_schemes_org_kinds_and_grant_statuses(
        vocabularies: Graph) -> None:
    schemes = {str(s).removeprefix(ID) for s in vocabularies.subjects(RDF.type, SKOS.ConceptScheme)}
    assert schemes == {*SCHEME_OF_FIELD.values(), "org-kind", "grant-status"}
    statuses = {str(c).removeprefix(f"{ID}grant-status/")
                for c in vocabularies.subjects(SKOS.inScheme, URIRef(f"{ID}grant-status"))}
    assert statuses == {"obtenu", "demande", "refuse"}
    kinds = {
        str(c).removeprefix(f"{ID}org-kind/")
        for c in vocabularies.subjects(SKOS.inScheme, URIRef(f"{ID}org-kind"))
    }
    assert kinds == {
        "etat",
        "collectivite",
        "securite-sociale",
        "fonds-dispositif",
        "etablissement-scolaire",
        "fondation",
        "entreprise",
        "association",
        "mutuelle",
        "bailleur-social",
        "service-public",
        "autre",
    }
    keywords = set(vocabularies.subjects(SKOS.inScheme, URIRef(f"{ID}keyword")))
    assert keywords == set(vocabularies.subjects(RDF.type, MLG.Keyword))


@pytest.mark.parametrize("table", ["funders.csv", "org_types.csv"])
def test_every_org_kind_of_the_extractor_tables_is_a_concept(
    vocabularies: Graph, table: str
) -> None:
    with (ROOT / "loader" / "data" / table).open(encoding="utf-8", newline="") as file:
        kinds = {URIRef(f"{ID}org-kind/{row['kind']}") for row in csv.DictReader(file)}
    assert kinds - set(vocabularies.subjects(SKOS.inScheme, URIRef(f"{ID}org-kind"))) == set()


def test_every_list_value_of_the_sample_is_a_known_concept() -> None:
    unknown = [
        (record.line_start, key, item)
        for record in parse_export(SAMPLE)
        for key, scheme in SCHEME_OF_FIELD.items()
        for item in record.items(key)
        if not concept_iri(scheme, item)[1]
    ]
    assert unknown == []


def _results(data: Path) -> tuple[bool, set[tuple[str, str | None, str]]]:
    """Whether `data` (with the reference data) conforms, and its top-level SHACL results."""
    graph = _graph(data, ONTOLOGY_TTL, VOCABULARIES_TTL, TERRITORIES_TTL)
    conforms, report, _ = validate(
        graph, shacl_graph=_graph(SHAPES_TTL), inference="none", advanced=True
    )
    top = report.value(predicate=RDF.type, object=SH.ValidationReport, any=False)
    results = {
        (
            str(report.value(result, SH.focusNode)).removeprefix(ID),
            report.value(result, SH.resultPath),
            str(report.value(result, SH.resultSeverity)).removeprefix(str(SH)),
        )
        for result in report.objects(top, SH.result)
    }
    return conforms, {(f, str(p) if p else None, s) for f, p, s in results}


def test_shapes_accept_the_data_the_model_describes() -> None:
    assert _results(DATA / "valid.ttl") == (True, set())


def test_shapes_report_each_broken_rule_at_its_node() -> None:
    funding = "funding/atlantide/centre-social/sans-organisateur/caf"
    action = "action/atlantide/centre-social/sans-organisateur"
    assert _results(DATA / "invalid.ttl") == (
        False,
        {
            ("structure/atlantide/centre-social", MLG_IRI + "departement", "Warning"),
            (action, MLG_IRI + "organiser", "Violation"),
            (action, "http://purl.org/dc/terms/subject", "Violation"),
            (funding, "https://schema.org/amount", "Violation"),
            (funding, None, "Violation"),
            ("departement/20", MLG_IRI + "inseeCode", "Violation"),
        },
    )
