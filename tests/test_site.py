"""`maillage site`: what the explorer's pages and search index hold, checked against the named
queries; escaping of hostile labels; the folder replaced only once complete."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from explorer import build as site_build
from explorer.model import load_site
from explorer.pages import action_page, funder_page
from explorer.search import FACETS, search_data
from explorer.tables import Link
from maillage.cli import cli
from queries.backends import EmbeddedBackend
from queries.runner import run_query


@pytest.fixture(scope="module")
def sample_site(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    result = CliRunner().invoke(cli, ["site", "--out", str(out), "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{out}: 117 pages en ")
    return out


def _cell_text(value: object) -> str:
    if isinstance(value, Link):
        return value.text
    return "" if value is None else str(value)


def test_the_site_has_a_page_per_funder_structure_territory_theme_and_action(
        sample_site: Path) -> None:
    counts = {folder: len(list((sample_site / folder).glob("*.html")))
              for folder in ("action", "structure", "financeur", "departement", "region",
                             "theme", "reseau")}
    assert counts == {"action": 25, "structure": 20, "financeur": 9, "departement": 14,
                      "region": 6, "theme": 17, "reseau": 20}
    assert sorted(p.name for p in sample_site.glob("*.html")) == [
        "financeurs.html", "index.html", "requetes.html", "structures.html", "territoires.html",
        "themes.html"]
    assert sorted(p.name for p in (sample_site / "assets").iterdir()) == [
        "grid.js", "queries.js", "search.js", "site.css", "site.js"]
    assert (sample_site / "departement" / "32.html").read_text(encoding="utf-8").count(
        'src="../reseau/departement-32.html"') == 1


def test_every_funder_page_has_exactly_the_rows_of_who_funds_what(sample_store: Path) -> None:
    backend = EmbeddedBackend(sample_store)
    site = load_site(backend)
    for funder in site.funders:
        table = funder_page(funder, site)["fundings"]
        shown = Counter(tuple(_cell_text(v) for v in row[1:6]) for row in table.rows)
        key = funder.iri.rsplit("/", 1)[1]
        expected = run_query(backend, "who-funds-what", {"funder": key})
        assert shown == Counter(
            (r[1], r[2], r[3], r[4] or "", r[5] or "") for r in expected.rows), funder.label


def test_facet_counts_of_the_index_are_those_of_the_named_queries(sample_store: Path) -> None:
    backend = EmbeddedBackend(sample_store)
    data = search_data(load_site(backend))
    position = {key: index for index, (key, _) in enumerate(FACETS)}

    def counts(key: str) -> dict[str, int]:
        values = data["facets"][position[key]]["values"]
        return dict(Counter(values[v] for action in data["actions"]
                            for v in action[5][position[key]]))

    assert counts("departement") == {
        r[0]: int(r[4]) for r in run_query(backend, "departements").rows}
    assert counts("funder") == {r[0]: int(r[2]) for r in run_query(backend, "funders").rows}
    assert counts("theme") == {r[0]: int(r[1]) for r in run_query(backend, "keywords").rows}
    assert counts("status") == dict(Counter(r[4] for r in run_query(backend, "actions").rows))
    assert len(data["actions"]) == 25


def test_the_home_page_counts_what_the_graph_holds(sample_site: Path) -> None:
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    counts = re.findall(r"<li><strong>([\d\u202f]+)</strong> ([^<]+)</li>", html)
    assert counts == [("25", "actions"), ("20", "structures"), ("9", "financeurs"),
                      ("59", "partenaires"), ("14", "départements"), ("7", "montants connus")]


def test_every_action_page_shows_its_evidence(sample_store: Path, sample_site: Path) -> None:
    backend = EmbeddedBackend(sample_store)
    for action in load_site(backend).actions:
        html = (sample_site / action.href).read_text(encoding="utf-8")
        evidence = run_query(backend, "evidence", {"action": action.title}).rows
        for fact, _, _, quote, field, line, method in evidence:
            if fact == "budget":
                continue
            escaped = quote.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            assert escaped.replace('"', "&#34;").replace("'", "&#39;") in html, quote
            assert f"<td>{line}</td>" in html and f"<td>{method}</td>" in html
            assert f"<td>{field}</td>" in html


def test_hostile_labels_stay_text_in_pages_and_in_the_index(
        hostile_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    site_build.build_site(EmbeddedBackend(hostile_store), out)
    for page in out.rglob("*.html"):
        if page.parent.name == "reseau":
            continue  # networks' own pages, tested with the networks
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img" not in html and "<b>" not in html, page
        assert "<i>" not in html, page
    home = (out / "index.html").read_text(encoding="utf-8")
    assert home.count("<script") == 3
    data = re.search(r'<script type="application/json" id="search-data">(.*?)</script>', home,
                     re.DOTALL).group(1)
    titles = [action[1] for action in json.loads(data)["actions"]]
    assert "Atelier \"cuisine\" d'été </script><img src=x onerror=alert(3)>" in titles


def test_a_failed_build_leaves_the_earlier_site(
        sample_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    site_build.build_site(EmbeddedBackend(sample_store), out)
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))

    def broken(site, graph, root: Path, say, workers: int) -> int:
        (root / "index.html").write_text("à moitié", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(site_build, "_write", broken)
    with pytest.raises(OSError):
        site_build.build_site(EmbeddedBackend(sample_store), out)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    assert "à moitié" not in (out / "index.html").read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "{file}"], "exists and is not a folder"),
    (["--out", "{dir}/site", "--store", "{dir}/missing"], "no store at"),
])
def test_bad_output_or_store_is_one_line_and_exit_code(
        runner: CliRunner, sample_store: Path, tmp_path: Path, args: list[str],
        message: str) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    argv = [arg.format(file=tmp_path / "a-file", dir=tmp_path) for arg in args]
    if "--store" not in argv:
        argv += ["--store", str(sample_store)]
    result = runner.invoke(cli, ["site", *argv])
    assert result.exit_code in (1, 2)
    assert len(result.stderr.splitlines()) == 1
    assert message in result.stderr and "Traceback" not in result.output


@pytest.mark.server
def test_a_site_from_a_sparql_server_is_the_same_as_from_the_store(
        sample_store: Path, sample_site: Path, tmp_path: Path) -> None:
    from servers import OxigraphServer

    from loader.push import push
    from storage.embedded import open_store
    from storage.endpoints import Remote

    server = OxigraphServer(tmp_path / "oxigraph")
    server.start()
    try:
        push(open_store(sample_store), Remote.at(server.query_url))
        out = tmp_path / "site"
        result = CliRunner().invoke(cli, ["site", "--out", str(out), "--endpoint",
                                          server.query_url])
        assert result.exit_code == 0, result.output
    finally:
        server.stop()
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(sample_site) for p in sample_site.rglob("*")
                           if p.is_file())
    assert all((out / f).read_bytes() == (sample_site / f).read_bytes() for f in files)


MLG = "https://w3id.org/maillage/ontology#"
ID = "https://w3id.org/maillage/id/"


@pytest.fixture(scope="module")
def requested_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample where the MSA's funding of PAROLES CHOCOLATEES is a refused grant request
    and the CAF's fundings are obtained, written as the extraction writes grant statuses
    (mlg:grantRequest, mlg:grantStatus, concepts labelled in French and English)."""
    import pyoxigraph as ox

    from loader.pipeline import SAMPLE, build

    store_dir = tmp_path_factory.mktemp("requested") / "store"
    build([SAMPLE], store_dir, report=lambda problem: None)
    store = ox.Store(str(store_dir))
    action = ox.NamedNode(f"{ID}action/32/centre-social-vic-accueil/paroles-chocolatees")
    funding = ox.NamedNode(f"{ID}funding/32/centre-social-vic-accueil/paroles-chocolatees/msa")
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    status = ox.NamedNode(f"{MLG}grantStatus")
    for key, fr, en in [("refuse", "Refusé", "Refused"), ("obtenu", "Obtenu", "Obtained")]:
        concept = ox.NamedNode(f"{ID}grant-status/{key}")
        store.add(ox.Quad(concept, label, ox.Literal(fr, language="fr")))
        store.add(ox.Quad(concept, label, ox.Literal(en, language="en")))
    store.remove(ox.Quad(action, ox.NamedNode(f"{MLG}funding"), funding))
    store.remove(ox.Quad(action, ox.NamedNode(f"{MLG}fundedBy"), ox.NamedNode(f"{ID}org/msa")))
    store.add(ox.Quad(action, ox.NamedNode(f"{MLG}grantRequest"), funding))
    store.remove(ox.Quad(funding, status, ox.NamedNode(f"{ID}grant-status/obtenu")))
    store.add(ox.Quad(funding, status, ox.NamedNode(f"{ID}grant-status/refuse")))
    for quad in list(store.quads_for_pattern(None, ox.NamedNode("https://schema.org/funder"),
                                             ox.NamedNode(f"{ID}org/caf"))):
        store.add(ox.Quad(quad.subject, status, ox.NamedNode(f"{ID}grant-status/obtenu")))
    store.flush()
    del store
    return store_dir


def test_grant_requests_and_statuses_show_on_action_and_funder_pages(
        requested_store: Path, tmp_path: Path) -> None:
    backend = EmbeddedBackend(requested_store)
    site = load_site(backend)
    action = next(a for a in site.actions if a.title == "PAROLES CHOCOLATEES")
    page = action_page(action, site)["fundings"]
    assert [row[0].text for row in page.rows] == ["MSA"]
    assert page.rows[0][3] == "Refusé"
    msa = next(f for f in site.funders if f.label == "MSA")
    context = funder_page(msa, site)
    assert context["fundings"].rows == []
    assert [row[1].text for row in context["requests"].rows] == ["PAROLES CHOCOLATEES"]
    assert context["requests"].rows[0][-1] == "Refusé"
    caf = next(f for f in site.funders if f.label == "CAF")
    assert {f.status for f in caf.fundings} == {"Obtenu"}
    assert len(caf.fundings) == len(run_query(backend, "who-funds-what", {"funder": "caf"}).rows)
    out = tmp_path / "site"
    site_build.build_site(backend, out)
    html = (out / action.href).read_text(encoding="utf-8")
    assert "<td>Refusé</td>" in html and "Refused" not in html
    assert "Demandes en attente ou refusées" in (out / msa.href).read_text(encoding="utf-8")
