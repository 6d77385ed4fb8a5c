"""Network pages in headless Chromium: drawn whole, searchable, offline, escaped.

Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import ARTIFACTS, CHROMIUM, MISSING, open_page
from click.testing import CliRunner

from maillage.cli import cli
from networks import KINDS
from networks.project import project
from networks.render import render
from queries.backends import EmbeddedBackend

pytestmark = pytest.mark.browser

SCRIPT_TITLE = "<script>alert(1)</script>"
BOLD_STRUCTURE = "CENTRE SOCIAL <b>X</b>"

if not CHROMIUM.exists():
    pytest.skip(MISSING, allow_module_level=True)


def drawn_nodes(page) -> int:
    return page.evaluate("Object.keys(window.maillage.network.getPositions()).length")


def find(page, name: str) -> list[str]:
    page.fill("#search", name)
    page.press("#search", "Enter")
    return page.evaluate(
        "window.maillage.network.getSelectedNodes().map(id => window.maillage.nodes.get(id).label)")


@pytest.mark.parametrize("kind", KINDS)
def test_sample_page_from_the_cli_draws_every_node_offline_and_finds_one_by_name(
        kind: str, browser, sample_store: Path, tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / f"{kind}.html"
    result = runner.invoke(cli, ["network", kind, "--out", str(out), "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    graph = project(kind, EmbeddedBackend(sample_store))
    opened = open_page(browser, out.as_uri(), "body[data-state=still]", width=1400,
                       timeout=60_000)
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=ARTIFACTS / f"sample-{kind}.png")
    heaviest = max(graph, key=lambda node: (graph.degree(node, weight="weight"), node))
    label = graph.nodes[heaviest]["label"]

    assert graph.number_of_nodes() > 0
    assert drawn_nodes(opened.page) == graph.number_of_nodes()
    assert find(opened.page, label) == [label]
    assert opened.page.text_content("#facts").startswith(label)
    assert opened.requests == [out.as_uri()]
    assert opened.errors == []
    opened.page.close()


@pytest.mark.parametrize("kind", KINDS)
def test_script_title_and_bold_structure_show_as_text(
        kind: str, browser, escape_store: Path, tmp_path: Path) -> None:
    graph = project(kind, EmbeddedBackend(escape_store))
    out = render(graph, tmp_path / f"{kind}.html")
    opened = open_page(browser, out.as_uri(), "body[data-state=still]", width=1400,
                       timeout=60_000)
    page = opened.page
    edge = page.evaluate(
        f"window.maillage.edges.get().find(e => e.title.includes({SCRIPT_TITLE!r})).id")
    x, y = page.evaluate(
        """id => { const net = window.maillage.network;
                   const [a, b] = net.getConnectedNodes(id).map(n => net.getPosition(n));
                   const p = net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
                   const box = document.getElementById("network").getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }""", edge)
    page.mouse.click(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible")

    assert SCRIPT_TITLE in page.inner_text("#facts")
    assert SCRIPT_TITLE in page.inner_text("div.vis-tooltip")
    assert page.locator("#facts script, div.vis-tooltip script").count() == 0
    if kind != "keywords":
        assert find(page, BOLD_STRUCTURE) == [BOLD_STRUCTURE]
        assert page.inner_text("#facts").startswith(BOLD_STRUCTURE)
        assert page.locator("#facts b").count() == 0
    assert page.locator("script").count() == 3  # the data, vis-network, the page's own code
    assert opened.dialogs == []
    assert opened.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"escape-{kind}.png")
    page.close()
