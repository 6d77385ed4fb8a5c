"""Load-to-still time of network pages in headless Chromium at 500, 2,000 and 5,000 nodes.

Builds a seeded synthetic structure-partner graph of each size (hubs and a long tail, like
the real ones), renders it with every node drawn, opens it and reads the time from
navigation start to the moment physics has stabilised and stopped. Prints a table.

    .venv/bin/python bench/pages.py [SIZE ...]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from networks.metrics import add_metrics
from networks.render import render

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SIZES = (500, 2_000, 5_000)


def synthetic(n: int, seed: int = 42) -> nx.Graph:
    """A bipartite graph of `n` nodes: 60 % structures, each with 1-4 partners, hubs favoured."""
    rng = random.Random(seed)
    structures = [f"s{i}" for i in range(int(n * 0.6))]
    partners = [f"p{i}" for i in range(n - len(structures))]
    graph = nx.Graph(kind="partners", title=f"Banc d'essai : {n} nœuds")
    graph.add_nodes_from(structures, kind="structure", label="", actions=1)
    graph.add_nodes_from(partners, kind="partner", label="", actions=1)
    for node in graph:
        graph.nodes[node]["label"] = f"Nœud {node}"
    weights = [1 / (rank + 1) for rank in range(len(partners))]
    for structure in structures:
        for partner in set(rng.choices(partners, weights, k=rng.randint(1, 4))):
            graph.add_edge(structure, partner, weight=rng.randint(1, 3), actions=[], evidence=[])
    for partner in partners:
        if graph.degree(partner) == 0:
            graph.add_edge(partner, rng.choice(structures), weight=1, actions=[], evidence=[])
    return graph


def measure(n: int, workdir: Path) -> tuple[int, int, float, float, float]:
    """(nodes, edges, seconds to build and render, ms to still in the page, MB of HTML)."""
    start = time.perf_counter()
    graph = synthetic(n)
    add_metrics(graph)
    out = render(graph, workdir / f"bench-{n}.html", max_nodes=n)
    built = time.perf_counter() - start
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(out.as_uri())
        page.wait_for_selector("body[data-state=still]", state="attached", timeout=600_000)
        still = page.evaluate("window.maillage.stillAt")
        drawn = page.evaluate("Object.keys(window.maillage.network.getPositions()).length")
        browser.close()
    assert drawn == graph.number_of_nodes(), (drawn, graph.number_of_nodes())
    return n, graph.number_of_edges(), built, still, out.stat().st_size / 1e6


def main(sizes: tuple[int, ...]) -> None:
    print(f"{'nodes':>6} {'edges':>6} {'build+render s':>15} {'load-to-still ms':>17}"
          f" {'HTML MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            nodes, edges, built, still, size = measure(n, Path(tmp))
            print(f"{nodes:>6} {edges:>6} {built:>15.2f} {still:>17.0f} {size:>8.2f}", flush=True)


if __name__ == "__main__":
    main(tuple(int(arg) for arg in sys.argv[1:]) or SIZES)
