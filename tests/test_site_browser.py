"""The explorer in headless Chromium: search, facets, funder and action pages, downloads,
network pages, hostile labels, and the query page served by `maillage serve --site`.

Every page must open from file:// with no console error and no request outside the site's
folder. Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from browser import ARTIFACTS, CHROMIUM, MISSING, Opened, open_page
from click.testing import CliRunner

from explorer.build import build_site
from explorer.model import load_site
from maillage.cli import cli
from networks.project import Filters, project
from queries.backends import EmbeddedBackend
from queries.runner import run_query

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    pytest.skip(MISSING, allow_module_level=True)

HOSTILE_TITLE = "Atelier \"cuisine\" d'été </script><img src=x onerror=alert(3)>"


@pytest.fixture(scope="module")
def site(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser-site") / "site"
    result = CliRunner().invoke(cli, ["site", "--out", str(out), "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    return out


def open_home(browser, site: Path) -> Opened:
    return open_page(browser, (site / "index.html").as_uri(), "body[data-state=ready]")


def stays_inside(opened: Opened, site: Path) -> bool:
    return all(url.startswith(site.as_uri() + "/") for url in opened.requests)


def shot(opened: Opened, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=ARTIFACTS / f"site-{name}.png", full_page=True)


def search(page, text: str) -> list[str]:
    page.fill("#q", text)
    return page.eval_on_selector_all("#results li a", "links => links.map(a => a.textContent)")


def facet_counts(page, facet: str) -> dict[str, int]:
    return page.evaluate(
        """facet => Object.fromEntries(Array.from(document.querySelectorAll(
             `fieldset[data-facet="${facet}"] label`)).map(l => [
               l.querySelector(".value").textContent,
               Number(l.querySelector(".n").textContent.replace(/\\s/g, ""))]))""", facet)


def choose(page, facet: str, value: str) -> None:
    page.locator(f'fieldset[data-facet="{facet}"] input[data-value="{value}"]').check()


def table_rows(page, section: str) -> list[tuple[str, ...]]:
    return [tuple(row) for row in page.evaluate(
        """name => Array.from(document.querySelectorAll(
             `section[data-name="${name}"] tbody tr`)).map(tr => Array.from(tr.cells).map(
               td => td.dataset.value !== undefined ? td.dataset.value : td.textContent.trim()))""",
        section)]


def download(page, button) -> str:
    with page.expect_download() as info:
        button.click()
    return Path(info.value.path()).read_text(encoding="utf-8")


def test_search_finds_an_action_by_a_word_of_its_resume(browser, site: Path) -> None:
    opened = open_home(browser, site)
    page = opened.page
    assert page.text_content("#result-count") == "25 actions sur 25"
    assert search(page, "triporteur") == ["De la plume au clavier"]
    assert search(page, "BEARNAISE") == ["La Batalèra"]  # accents and case ignored
    assert search(page, "paniers solidaires") == ["DISPOSITIF PANIERS SOLIDAIRES",
                                                  "PANIERS SOLIDAIRES"]
    assert page.text_content("#result-count") == "2 actions sur 25"
    shot(opened, "search")
    assert opened.errors == [] and stays_inside(opened, site)
    opened.page.close()


def test_choosing_a_facet_gives_the_counts_of_the_named_queries(
        browser, site: Path, sample_store: Path) -> None:
    backend = EmbeddedBackend(sample_store)
    opened = open_home(browser, site)
    page = opened.page
    assert facet_counts(page, "funder") == {
        row[0]: int(row[2]) for row in run_query(backend, "funders").rows}
    choose(page, "departement", "Gers")
    gers = run_query(backend, "who-funds-what", {"departement": "Gers"}).rows
    departements = {row[0]: int(row[4]) for row in run_query(backend, "departements").rows}
    assert page.text_content("#result-count") == f"{departements['Gers']} actions sur 25"
    assert facet_counts(page, "funder") == dict(Counter(row[0] for row in gers))
    page.locator('fieldset[data-facet="departement"] button').click()  # all 14, not 12
    assert facet_counts(page, "departement") == departements  # its own choice aside
    choose(page, "funder", "MSA")
    assert page.eval_on_selector_all("#results li a", "a => a.map(x => x.textContent)") == [
        row[1] for row in gers if row[0] == "MSA"]
    csv = download(page, page.locator("#download-csv"))
    assert csv.splitlines()[0].startswith("titre,structure,département,région,financeur,")
    assert [line.split(",")[0] for line in csv.splitlines()[1:]] == ["PAROLES CHOCOLATEES"]
    shot(opened, "facets")
    assert opened.errors == [] and stays_inside(opened, site)
    page.close()


@pytest.mark.parametrize("funder", ["caf", "conseil-departemental", "reaap"])
def test_a_funder_page_lists_exactly_the_rows_of_who_funds_what(
        browser, site: Path, sample_store: Path, funder: str) -> None:
    opened = open_page(browser, (site / "financeur" / f"{funder}.html").as_uri())
    expected = run_query(EmbeddedBackend(sample_store), "who-funds-what", {"funder": funder})
    shown = table_rows(opened.page, "financements")
    assert Counter(shown) == Counter(tuple(value or "" for value in row)
                                     for row in expected.rows)
    if funder == "caf":
        shot(opened, "funder")
    assert opened.errors == [] and stays_inside(opened, site)
    opened.page.close()


def test_every_action_page_shows_its_evidence(browser, site: Path, sample_store: Path) -> None:
    backend = EmbeddedBackend(sample_store)
    for action in load_site(backend).actions:
        opened = open_page(browser, (site / action.href).as_uri())
        page = opened.page
        assert page.text_content("h1") == action.title
        shown = table_rows(page, "financements") + table_rows(page, "partenariats")
        quotes = {(row[-4], row[-3], row[-2], row[-1]) for row in shown}
        for fact, _, _, quote, field, line, method in run_query(
                backend, "evidence", {"action": action.title}).rows:
            assert fact == "budget" or (quote, field, line, method) in quotes, quote
        if action.title == "Journée Citoyenne et Républicaine de mobilisation contre " \
                           "l'endoctrinement et la radicalisation édition 2023.":
            shot(opened, "action")
        assert opened.errors == [] and stays_inside(opened, site), action.href
        page.close()


def test_tables_sort_on_a_click_and_download_as_csv_and_json(browser, site: Path) -> None:
    opened = open_page(browser, (site / "structures.html").as_uri())
    page = opened.page
    header = page.locator('section[data-name="structures"] th', has_text="Actions")
    header.click()
    header.click()
    counts = [int(row[2]) for row in table_rows(page, "structures")]
    assert counts == sorted(counts, reverse=True) and counts[0] == 4
    buttons = page.locator('section[data-name="structures"] .downloads button')
    csv = download(page, buttons.nth(0))
    assert csv.splitlines()[:2] == ["Structure,Département,Actions",
                                    "EVS L'EPICERIE SANS FIN,Pyrénées-Atlantiques,4"]
    json_text = download(page, buttons.nth(1))
    assert '"Structure": "EVS L\'EPICERIE SANS FIN"' in json_text and '"Actions": 4' in json_text
    assert opened.errors == [] and stays_inside(opened, site)
    page.close()


def test_the_tiles_of_the_departements_show_the_chosen_figure(
        browser, site: Path, sample_store: Path) -> None:
    opened = open_page(browser, (site / "territoires.html").as_uri(), ".tile .v")
    page = opened.page

    def tiles() -> dict[str, str]:
        return dict(page.eval_on_selector_all(
            ".tile", "ts => ts.map(t => [t.dataset.code, t.querySelector('.v').textContent])"))

    expected = {row[1]: row[4] for row in
                run_query(EmbeddedBackend(sample_store), "departements").rows}
    shown = tiles()
    assert len(shown) == 101
    assert {code: n for code, n in shown.items() if n != "0"} == expected
    page.select_option("#figure", "amount")
    assert tiles()["90"] == "20\u202f620" and tiles()["32"] == "1\u202f050"
    shot(opened, "territoires")
    assert opened.errors == [] and stays_inside(opened, site)
    page.close()


def test_a_departement_page_embeds_the_partner_network_of_maillage_network(
        browser, site: Path, sample_store: Path) -> None:
    graph = project("partners", EmbeddedBackend(sample_store), Filters(departement="Gers"))
    opened = open_page(browser, (site / "departement" / "32.html").as_uri())
    page = opened.page
    page.locator("#reseau iframe").scroll_into_view_if_needed()
    frame = page.frame_locator("#reseau iframe")
    frame.locator("body[data-state=still]").wait_for(state="attached", timeout=60_000)
    summary = frame.locator("#summary").text_content()
    assert summary == graph.graph["summary"]
    assert summary.startswith("8 nœuds (5 partenaires, 3 structures), 7 liens. ")
    shot(opened, "departement")
    assert opened.errors == [] and stays_inside(opened, site)
    page.close()


def test_hostile_titles_stay_text(browser, hostile_store: Path, tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    build_site(EmbeddedBackend(hostile_store), site_dir)
    opened = open_home(browser, site_dir)
    page = opened.page
    assert search(page, "goûter") == [HOSTILE_TITLE]
    assert search(page, "</script>") == ["<script>alert(1)</script>", HOSTILE_TITLE]
    assert page.locator("script").count() == 3
    assert page.locator("#results img, #facets b, #facets i").count() == 0
    assert "MAISON <i>\"L'ÉCHO\"</i>" in page.inner_text("#results")
    search(page, "goûter")
    page.click("#results li a")
    page.wait_for_selector("h1")
    assert page.text_content("h1") == HOSTILE_TITLE
    assert page.locator("main img, main script, main b, main i").count() == 0
    assert "Subvention Caf <img src=x onerror=alert(4)> : 1 500 €." in page.inner_text("main")
    shot(opened, "hostile")
    assert opened.dialogs == [] and opened.errors == []
    page.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.server
def test_served_site_runs_the_named_queries_from_its_query_page(
        browser, site: Path, sample_store: Path) -> None:
    port, site_port = _free_port(), _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "maillage"), "serve", "--store", str(sample_store),
         "--port", str(port), "--site", str(site), "--site-port", str(site_port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{site_port}/"
    try:
        _wait_for(url + "run/keywords")
        opened = open_page(browser, url + "requetes.html")
        page = opened.page
        form = page.locator('section[data-query="who-funds-what"] form')
        form.locator('input[name="funder"]').fill("caf")
        form.locator("button").click()
        output = page.locator('section[data-query="who-funds-what"] .output')
        output.locator("table").wait_for()
        assert output.locator("p").text_content() == "3 ligne(s)"
        bad = page.locator('section[data-query="evidence"]')
        bad.locator("button").click()
        bad.locator(".output p").wait_for()
        assert bad.locator(".output p").text_content() == (
            "Erreur : paramètre requis : action (the action's title (any case) or IRI path, "
            'e.g. "PAROLES CHOCOLATEES" (required))')
        shot(opened, "queries")
        assert opened.errors == [] or all("400" in error for error in opened.errors)
        assert all(request.startswith(url) for request in opened.requests)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(url, headers={"Host": "evil.test"}))
        assert refused.value.code == 421
        page.close()
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")
