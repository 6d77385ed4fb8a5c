"""The explorer at scale: site build time, search keystroke latency and a département's network
page load-to-still in headless Chromium. Prints a table.

Generates N synthetic fiches (`maillage synth`, seed 0), builds them (or reads `--store DIR`),
writes the site, then in Chromium types a word into the search box one letter at a time and
times each keystroke from the input event to the results and facets laid out (median and
worst), and opens the partner network page of the département with the most structures.

    .venv/bin/python bench/site.py [--fiches N] [--store DIR]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from explorer.build import build_site
from explorer.model import load_site
from queries.backends import EmbeddedBackend

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WORD = "parentalité"
_KEYSTROKE = """prefix => {
  const input = document.getElementById("q");
  const start = performance.now();
  input.value = prefix;
  input.dispatchEvent(new Event("input"));
  document.body.offsetHeight;  // lay out the new results and facets
  return performance.now() - start;
}"""


def _store(fiches: int, workdir: Path) -> Path:
    export, store = workdir / "synth.txt", workdir / "store"
    maillage = str(Path(sys.executable).parent / "maillage")
    subprocess.run([maillage, "synth", str(fiches), "--out", str(export)], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([maillage, "build", str(export), "--store", str(store), "-q"], check=True)
    return store


def measure(store: Path, workdir: Path) -> dict[str, str]:
    """The figures of one site."""
    out = workdir / "site"
    summary = build_site(EmbeddedBackend(store), out)
    site = load_site(EmbeddedBackend(store))
    biggest = max(site.departements, key=lambda d: (len(d.structures), d.code))
    index_mb = (out / "index.html").stat().st_size / 1e6
    site_mb = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e6
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        start = time.perf_counter()
        page.goto((out / "index.html").as_uri())
        page.wait_for_selector("body[data-state=ready]", state="attached")
        ready = time.perf_counter() - start
        keystrokes = [page.evaluate(_KEYSTROKE, WORD[: n + 1]) for n in range(len(WORD))]
        found = page.text_content("#result-count")
        page.goto((out / f"reseau/departement-{biggest.code}.html").as_uri())
        page.wait_for_selector("body[data-state=still]", state="attached", timeout=600_000)
        still = page.evaluate("window.maillage.stillAt")
        nodes = page.evaluate("Object.keys(window.maillage.network.getPositions()).length")
        browser.close()
    return {
        "actions": f"{len(site.actions):,}",
        "pages": f"{summary.pages:,}",
        "site build s": f"{summary.seconds:.1f}",
        "site MB": f"{site_mb:.0f}",
        "index.html MB": f"{index_mb:.1f}",
        "home ready s": f"{ready:.2f}",
        f"keystroke ms ({WORD!r}) median / worst":
            f"{statistics.median(keystrokes):.1f} / {max(keystrokes):.1f}",
        "results for the word": found,
        f"network {biggest.label} ({nodes} nodes) load-to-still ms": f"{still:.0f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fiches", type=int, default=10_000)
    parser.add_argument("--store", type=Path, help="An existing store instead of a new build.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        store = args.store or _store(args.fiches, workdir)
        for name, value in measure(store, workdir).items():
            print(f"{name:>55}  {value}", flush=True)


if __name__ == "__main__":
    main()
