"""Projections of the graph into networks, their metrics, and the files they are written to."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from maillage.cli import cli
from networks import FORMATS, KINDS, counting, national
from networks import page as pages
from networks import project as projection
from networks.project import Filters, keep_edges, keep_top, project
from networks.render import render
from queries.backends import EmbeddedBackend, Result

ID = "https://w3id.org/maillage/id/"
X = f"{ID}structure/32/centre-social-b-x-b"
VIC = f"{ID}structure/32/centre-social-vic-accueil"
CD = f"{ID}body/conseil-departemental-32"


@pytest.fixture(scope="module")
def backend(escape_store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(escape_store)


class Rows:
    """A backend answering every query with the same rows, but for no link counted at build
    time (so that national networks are projected from the rows)."""

    def __init__(self, columns: list[str], rows: list[tuple[str, ...]]) -> None:
        self.result = Result(columns, rows)

    def select(self, sparql: str) -> Result:
        if "mlg:partnerLinks" in sparql:  # network-link-lists
            return Result(["structure", "role", "links"], [])
        return self.result


def without_library(page: str) -> str:
    """The page without the inlined vis-network code (the first bare `<script>`)."""
    head, _, rest = page.partition("<script>")
    return head + rest.partition("</script>")[2]


def graph_data(page: str) -> dict:
    """The JSON the page hands to vis-network: nodes, edges and options."""
    start = page.index('id="graph-data">') + len('id="graph-data">')
    return json.loads(page[start:page.index("</script>", start)])


def edges(graph: nx.Graph) -> dict[tuple[str, str], int]:
    return {(graph.nodes[u]["label"], graph.nodes[v]["label"]): weight
            for u, v, weight in graph.edges(data="weight")}


def test_partners_link_structures_to_local_bodies_weighted_by_shared_actions(backend) -> None:
    graph = project("partners", backend)

    assert edges(graph) == {("Commune", "CENTRE SOCIAL <b>X</b>"): 1,
                            ("Conseil départemental du Gers", "CENTRE SOCIAL <b>X</b>"): 2,
                            ("Conseil départemental du Gers", "CENTRE SOCIAL VIC-ACCUEIL"): 1}
    assert graph.edges[CD, X]["actions"] == ["Jardin partagé", "<script>alert(1)</script>"]
    assert graph.edges[CD, X]["evidence"] == [
        "« Conseil départemental » — <script>alert(1)</script> (ligne 29)",
        "« Conseil départemental » — Jardin partagé (ligne 70)"]
    assert graph.nodes[X] == {
        "kind": "structure", "label": "CENTRE SOCIAL <b>X</b>", "departement": "Gers",
        "region": "Occitanie", "actions": 2, "degree": 2, "centrality": 0.6667,
        "betweenness": 0.6667, "community": 0, "component": 0}
    assert graph.graph["summary"] == "4 nœuds (2 partenaires, 2 structures), 3 liens."


def test_funders_link_structures_to_local_funders_with_the_quoted_sentences(backend) -> None:
    graph = project("funders", backend)

    assert edges(graph) == {("CAF du Gers", "CENTRE SOCIAL <b>X</b>"): 2,
                            ("MSA du Gers", "CENTRE SOCIAL VIC-ACCUEIL"): 1}
    assert graph.edges[f"{ID}body/msa-32", VIC]["evidence"] == [
        "« L'action est financée dans le cadre d'un conventionnement Msa. » "
        "— Paniers solidaires (ligne 115)"]
    assert graph.graph["components"] == 2


def test_structures_are_linked_by_the_local_bodies_they_share(backend) -> None:
    graph = project("structures", backend)

    assert edges(graph) == {("CENTRE SOCIAL <b>X</b>", "CENTRE SOCIAL VIC-ACCUEIL"): 1}
    assert graph.edges[X, VIC]["shared"] == ["Conseil départemental du Gers"]
    assert graph.edges[X, VIC]["actions"] == [
        "Jardin partagé", "<script>alert(1)</script>", "Paniers solidaires"]


def test_keywords_are_linked_by_the_actions_that_carry_both(backend) -> None:
    graph = project("keywords", backend)

    assert edges(graph) == {("Environnement", "Solidarité"): 1, ("Santé", "Solidarité"): 2}
    assert [graph.nodes[node]["actions"] for node in graph] == [1, 2, 3]


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(departement="32"), 3),
    (Filters(departement="gers"), 3),
    (Filters(departement="Ariège"), 0),
    (Filters(region="Occitanie"), 3),
    (Filters(keyword="Environnement"), 1),
    (Filters(funder="caf"), 2),
    (Filters(funder="MSA"), 1),
])
def test_sparql_filters_keep_the_matching_actions(backend, filters: Filters, expected: int) -> None:
    graph = project("partners", backend, filters)
    actions = {title for _, _, titles in graph.edges(data="actions") for title in titles}

    assert len(actions) == expected


def test_min_weight_drops_light_links_and_says_so(backend) -> None:
    graph = project("partners", backend, Filters(min_weight=2))

    assert edges(graph) == {("Conseil départemental du Gers", "CENTRE SOCIAL <b>X</b>"): 2}
    assert graph.graph["summary"] == (
        "2 nœuds (1 partenaire, 1 structure), 1 lien. Filtres : poids ≥ 2. "
        "Laissés de côté : 2 nœuds, 2 liens (poids < 2).")


def test_top_keeps_the_most_linked_nodes_and_says_so(backend) -> None:
    graph = project("partners", backend, Filters(top=2))

    assert sorted(graph.nodes[node]["label"] for node in graph) == [
        "CENTRE SOCIAL <b>X</b>", "Conseil départemental du Gers"]
    assert graph.graph["summary"].endswith(
        "Laissés de côté : 2 nœuds, 2 liens (hors des 2 premiers).")


def test_keep_top_adds_to_what_was_already_left_out(backend) -> None:
    graph = keep_top(project("partners", backend, Filters(min_weight=2)), 1, reason="page")

    assert (graph.graph["omitted_nodes"], graph.graph["omitted_edges"]) == (3, 3)
    assert graph.graph["omitted_reasons"] == "poids < 2 ; page"


def test_organisations_shared_by_too_many_structures_link_none(monkeypatch) -> None:
    monkeypatch.setattr(counting, "HUB_LIMIT", 2)
    columns = ["action", "actionTitle", "structure", "structureLabel", "departement", "region",
               "org", "orgLabel", "role"]
    rows = [(f"a{i}", f"Action {i}", f"s{i}", f"S{i}", "Gers", "Occitanie", "caf", "CAF", "funder")
            for i in range(3)] + [("a0", "Action 0", "s0", "S0", "Gers", "Occitanie", "m", "Mairie",
                                   "partner"),
                                  ("a1", "Action 1", "s1", "S1", "Gers", "Occitanie", "m", "Mairie",
                                   "partner")]
    graph = project("structures", Rows(columns, rows))

    assert edges(graph) == {("S0", "S1"): 1}
    assert graph.edges["s0", "s1"]["shared"] == ["Mairie"]
    assert graph.graph["summary"].endswith(
        "Organisations trop communes pour relier deux structures (plus de 2) : "
        "CAF (3 structures).")


STRUCTURE_COLUMNS = ["action", "actionTitle", "structure", "structureLabel", "departement",
                     "region", "org", "orgLabel", "role"]


def test_edges_keep_the_first_titles_and_count_them_all(monkeypatch) -> None:
    monkeypatch.setattr(counting, "ITEM_LIMIT", 2)
    rows = [(f"a{i}", f"Action {i}", f"s{i % 2}", f"S{i % 2}", "Gers", "Occitanie", org,
             org.upper(), "partner") for i in range(6) for org in ("m", "n", "o")]
    graph = project("structures", Rows(STRUCTURE_COLUMNS, rows))
    edge = graph.edges["s0", "s1"]
    title = pages._edge(graph, "s0", "s1")["title"]

    assert (edge["weight"], edge["shared"]) == (3, ["M", "N"])
    assert (edge["action_count"], edge["actions"]) == (6, ["Action 0", "Action 2"])
    assert "• Action 2\n… et 4 autres" in title and "• N\n… et 1 autres" in title


def test_rows_in_any_order_give_the_same_network() -> None:
    rows = [(f"a{i}", f"Action {i}", f"s{i % 3}", f"S{i % 3}", "Gers", "Occitanie", f"o{i % 2}",
             f"O{i % 2}", "funder") for i in range(8)]
    first, second = (project("structures", Rows(STRUCTURE_COLUMNS, order))
                     for order in (rows, rows[::-1]))

    assert list(first.edges(data=True)) == list(second.edges(data=True))


def test_keep_edges_keeps_each_nodes_strongest_edge_then_the_strongest() -> None:
    graph = nx.Graph(omitted_nodes=0, omitted_edges=0)
    graph.add_weighted_edges_from([("a", "b", 5), ("a", "c", 4), ("b", "c", 3), ("c", "d", 1)])
    kept = keep_edges(graph, 3, reason="budget")

    assert sorted(kept.edges) == [("a", "b"), ("a", "c"), ("c", "d")]
    assert (kept.graph["omitted_edges"], kept.graph["omitted_reasons"]) == (1, "budget")
    assert kept.number_of_nodes() == 4


def test_page_draws_the_strongest_edges_and_says_how_many_were_left_out(
        backend) -> None:
    text = pages.page(project("partners", backend), max_edges=2)

    assert len(graph_data(text)["edges"]) == 2
    assert "Laissés de côté : 0 nœud, 1 lien (page limitée aux 2 liens les plus forts)." in text


def test_communities_are_the_same_on_every_run(sample_store: Path) -> None:
    runs = [project("partners", EmbeddedBackend(sample_store)) for _ in range(2)]
    communities = [dict(graph.nodes(data="community")) for graph in runs]

    assert communities[0] == communities[1]
    assert runs[0].graph["betweenness"] == "intermédiarité exacte"


def test_unknown_kind_is_refused(backend) -> None:
    with pytest.raises(ValueError, match="unknown network 'friends'"):
        project("friends", backend)


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
@pytest.mark.parametrize("kind", KINDS)
def test_gephi_files_read_back_with_the_same_nodes_and_edges(
        backend, tmp_path: Path, kind: str, fmt: str, read) -> None:
    graph = project(kind, backend)
    back = read(render(graph, tmp_path / f"{kind}.{fmt}"))

    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(), graph.number_of_edges())
    assert {back.nodes[node]["label"] for node in back} == {
        graph.nodes[node]["label"] for node in graph}


def test_graphml_joins_lists_into_text(backend, tmp_path: Path) -> None:
    back = nx.read_graphml(render(project("keywords", backend), tmp_path / "k.graphml"))

    assert back.edges[f"{ID}keyword/sante", f"{ID}keyword/solidarite"]["actions"] == (
        "<script>alert(1)</script> | Paniers solidaires")


def test_json_is_node_link_with_lists_kept(backend, tmp_path: Path) -> None:
    data = json.loads(render(project("keywords", backend), tmp_path / "k.json").read_text())

    assert [node["label"] for node in data["nodes"]] == ["Environnement", "Santé", "Solidarité"]
    assert data["edges"][1]["actions"] == ["<script>alert(1)</script>", "Paniers solidaires"]


@pytest.mark.parametrize("kind", KINDS)
def test_html_page_holds_no_raw_markup_from_the_data(backend, tmp_path: Path, kind: str) -> None:
    graph = project(kind, backend, Filters(structure="Centre social <b>X</b>"))
    graph_all = project(kind, backend)
    pages = [render(g, tmp_path / f"{kind}-{i}.html").read_text()
             for i, g in enumerate((graph, graph_all))]

    assert "Filtres : structure = Centre social &lt;b&gt;X&lt;/b&gt;." in pages[0]
    for page in pages:
        assert "sourceMappingURL" not in page
        text = without_library(page)
        assert "<script>alert" not in text
        assert "<b>X" not in text and "<i>" not in text


def test_html_page_hands_the_graph_over_with_its_markup_kept_as_text(
        backend, tmp_path: Path) -> None:
    graph = project("partners", backend)
    data = graph_data(render(graph, tmp_path / "p.html").read_text())

    assert sorted(node["label"] for node in data["nodes"]) == sorted(
        graph.nodes[node]["label"] for node in graph)
    assert len(data["edges"]) == graph.number_of_edges()
    assert any("• <script>alert(1)</script>" in edge["title"].splitlines()
               for edge in data["edges"])
    assert data["options"]["layout"]["randomSeed"] == 42


def test_html_page_is_the_same_on_every_run(backend, tmp_path: Path) -> None:
    graph = project("structures", backend)
    pages = [render(graph, tmp_path / f"s{i}.html").read_text() for i in range(2)]

    assert pages[0] == pages[1]


def test_page_limit_draws_the_heaviest_nodes_and_says_what_was_left_out(
        backend, tmp_path: Path) -> None:
    text = render(project("partners", backend), tmp_path / "p.html", max_nodes=2).read_text()

    assert ("Laissés de côté : 2 nœuds, 2 liens (page limitée aux 2 nœuds les plus liés).") in text


def test_unknown_format_is_refused(backend, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format 'png'"):
        render(project("partners", backend), tmp_path / "p.png")


def test_cli_writes_the_network_and_prints_its_summary(
        runner: CliRunner, escape_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "funders.gexf"
    result = runner.invoke(cli, ["network", "funders", "--out", str(out), "--store",
                                 str(escape_store), "--funder", "caf"])

    assert result.exit_code == 0, result.output
    assert result.output == f"{out}: 2 nœuds (1 financeur, 1 structure), 1 lien. " \
                            "Filtres : financeur = caf.\n"
    assert nx.read_gexf(out).number_of_edges() == 1


def test_cli_refuses_an_output_without_a_known_format(
        runner: CliRunner, escape_store: Path, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["network", "keywords", "--out", str(tmp_path / "k.txt"),
                                 "--store", str(escape_store)])

    assert result.exit_code == 2
    assert "cannot tell the format, give --format (html, graphml, gexf, json)" in result.output


def test_cli_choices_are_the_library_kinds_and_formats() -> None:
    params = {param.name: param for param in cli.commands["network"].params}

    assert tuple(params["kind"].type.choices) == KINDS
    assert tuple(params["fmt"].type.choices) == FORMATS


def test_one_structure_network_keeps_its_own_local_bodies(backend) -> None:
    graph = project("partners", backend, structure="centre social vic-accueil")

    assert edges(graph) == {("Conseil départemental du Gers", "CENTRE SOCIAL VIC-ACCUEIL"): 1}


def test_one_structure_structures_network_is_it_and_those_sharing_a_body(backend) -> None:
    graph = project("structures", backend, Filters(structure="Centre social Vic-Accueil"))

    assert edges(graph) == {("CENTRE SOCIAL <b>X</b>", "CENTRE SOCIAL VIC-ACCUEIL"): 1}
    assert graph.graph["summary"] == (
        "2 nœuds (2 structures), 1 lien. Filtres : structure = Centre social Vic-Accueil.")


def test_national_network_folds_into_one_node_per_departement(sample_store: Path) -> None:
    graph = projection.aggregate(project("partners", EmbeddedBackend(sample_store)),
                                 "departement")
    gers = graph.nodes["departement:Gers"]

    # Départements meet only through the generic nodes no concrete body replaced: the CCAS
    # (Ariège, Guadeloupe) and a Commune the text does not name (Aveyron and two others).
    assert graph.graph["summary"] == "14 nœuds (14 départements), 3 liens."
    assert edges(graph) == {("Ariège", "Guadeloupe"): 1, ("Aveyron", "Bouches-du-Rhône"): 1,
                            ("Aveyron", "Haute-Garonne"): 1}
    assert (gers["members"], gers["internal_weight"], gers["actions"]) == (
        "5 partenaires, 3 structures", 8, 4)


def test_network_folds_into_its_communities(backend) -> None:
    graph = projection.aggregate(project("partners", backend), "community")

    assert [(graph.nodes[node]["label"], graph.nodes[node]["members"],
             graph.nodes[node]["internal_weight"]) for node in graph] == [
        ("Communauté 0", "2 partenaires, 2 structures", 4)]


def test_page_colours_by_community_when_asked(backend) -> None:
    text = pages.page(project("partners", backend), colour_by="community")

    assert "couleur par communauté" in text
    assert "couleur par type" in pages.page(project("partners", backend))


def test_network_command_groups_by_departement(runner: CliRunner, sample_store: Path,
                                               tmp_path: Path) -> None:
    result = runner.invoke(cli, ["network", "partners", "--store", str(sample_store),
                                 "--group-by", "departement", "--out", str(tmp_path / "p.json")])

    assert result.exit_code == 0, result.output
    assert result.output == f"{tmp_path / 'p.json'}: 14 nœuds (14 départements), 3 liens.\n"


@pytest.mark.parametrize("kind", ["partners", "funders", "structures"])
def test_national_networks_from_build_time_links_have_the_same_nodes_and_weights(
        sample_store: Path, monkeypatch, kind: str) -> None:
    backend = EmbeddedBackend(sample_store)
    detailed = project(kind, backend)
    monkeypatch.setattr(projection, "DETAIL_LIMIT", 0)
    counted = project(kind, backend)

    assert list(counted.nodes(data="label")) == list(detailed.nodes(data="label"))
    # an organisation counts the actions naming it; a structure, all its actions
    for node, facts in counted.nodes(data=True):
        shown = detailed.nodes[node]["actions"]
        assert facts["actions"] == shown if facts["kind"] != "structure" else (
            facts["actions"] >= shown)
    assert list(counted.edges(data="weight")) == list(detailed.edges(data="weight"))
    assert counted.edges(data="actions") and all(
        titles == [] for _, _, titles in counted.edges(data="actions"))
    assert counted.graph["summary"].endswith(
        "Réseau national lu dans les décomptes de la construction : "
        "les liens n'ont ni titres ni citations.")


def test_national_pairing_by_sparse_products_equals_the_pairing_loop(monkeypatch) -> None:
    monkeypatch.setattr(counting, "HUB_LIMIT", 3)
    monkeypatch.setattr(national, "ITEM_LIMIT", 2)
    by_org = {"o1": {"s1": 2, "s2": 1, "s3": 4}, "o2": {"s1": 1, "s2": 3},
              "o3": {"s2": 1, "s3": 1}, "o4": {"s1": 1, "s2": 1, "s3": 1, "s4": 1},
              "o5": {"s1": 5, "s2": 2}, "o6": {"s4": 2}}
    labels = {"o1": "Mairie", "o2": "CAF", "o3": "Mairie", "o4": "Hub", "o5": "Agence",
              "o6": "Seule"}
    looped, sparse = counting.Accumulator(), counting.Accumulator()
    counting.link_sharing(looped, by_org, labels, lambda pair, orgs: national._counted_edge(
        len(orgs), sum(by_org[org][s] for org in orgs for s in pair),
        shared=sorted({labels[org] for org in orgs})[:2]))
    national._counted_sharing(sparse, by_org, labels)

    assert sparse.edges == looped.edges
    assert sparse.edges["s1", "s2"] == {"weight": 3, "actions": [], "action_count": 14,
                                         "evidence": [], "evidence_count": 0,
                                         "shared": ["Agence", "CAF"]}
    assert sparse.notes == looped.notes
