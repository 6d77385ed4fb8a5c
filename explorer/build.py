"""`maillage site`: write the static site of a graph into a folder, all at once.

The site is written into a new folder beside `out`, then swapped in: a build that fails
leaves the previous site as it was. Pages are rendered by Jinja2 with autoescaping; data
embedded in pages goes through `tojson`, which escapes `<`, `>`, `&` and `'`.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from explorer.graphs import partner_network, structure_ego, territory_pages
from explorer.model import Site, load_site
from explorer.pages import (
    action_page,
    funder_page,
    home_page,
    lists_pages,
    structure_page,
    territory_page,
    theme_page,
)
from explorer.search import search_data
from explorer.tables import Link, euros, number
from queries.runner import Backend, catalogue

__all__ = ["SiteError", "SiteSummary", "build_site"]

_HERE = Path(__file__).resolve().parent
ASSETS = ("site.css", "site.js", "search.js", "queries.js")
_JSON = {"sort_keys": False, "ensure_ascii": False, "separators": (",", ":")}


class SiteError(Exception):
    """The site cannot be written where asked; the message is one line."""


@dataclass(frozen=True)
class SiteSummary:
    """What was written."""

    out: Path
    pages: int
    seconds: float

    def line(self) -> str:
        """One French line for the terminal."""
        return (f"{self.out}: {self.pages} pages en {self.seconds:.1f} s "
                f"(ouvrir {self.out / 'index.html'})")


def build_site(backend: Backend, out: Path, *, progress: Callable[[str], None] | None = None
               ) -> SiteSummary:
    """Write the site of the graph behind `backend` into the folder `out` (replaced whole)."""
    start = time.perf_counter()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SiteError(f"{out} exists and is not a folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda message: None)
    say("lecture du graphe")
    site = load_site(backend)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        pages = _write(site, backend, staging, say)
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SiteSummary(out, pages, time.perf_counter() - start)


def _write(site: Site, backend: Backend, root: Path, say: Callable[[str], None]) -> int:
    env = _environment()
    written = 0

    def write(name: str, template: str, **context: object) -> None:
        nonlocal written
        depth = name.count("/")
        html = env.get_template(template).render(root="../" * depth, page=name, **context)
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        written += 1

    say("réseaux des partenaires")
    graph = partner_network(backend)
    networks = territory_pages(graph, site, root)
    say("pages")
    write("index.html", "home.html.j2", search=search_data(site), **home_page(site))
    for name, context in lists_pages(site).items():
        write(f"{name}.html", "list.html.j2", **context)
    write("requetes.html", "queries.html.j2", title="Requêtes", queries=catalogue())
    for funder in site.funders:
        write(funder.href, "funder.html.j2", **funder_page(funder, site))
    for structure in site.structures:
        write(structure.href, "structure.html.j2",
              **structure_page(structure, structure_ego(graph, structure.iri)))
    for territory in [*site.departements, *site.regions]:
        write(territory.href, "territory.html.j2",
              **territory_page(territory, site, networks.get(territory.href)))
    for theme, actions in site.themes.items():
        write(site.theme_href(theme), "theme.html.j2", **theme_page(theme, actions, site))
    for action in site.actions:
        write(action.href, "action.html.j2", **action_page(action, site))
    assets = root / "assets"
    assets.mkdir()
    for asset in ASSETS:
        shutil.copyfile(_HERE / "assets" / asset, assets / asset)
    return written + len(networks)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.policies["json.dumps_kwargs"] = _JSON
    env.filters.update(number=number, euros=euros)
    env.tests["link"] = lambda value: isinstance(value, Link)
    return env


def _swap(staging: Path, out: Path) -> None:
    """Put `staging` in the place of `out`, keeping the old site until the new one is there."""
    staging.chmod(0o755)
    if not out.exists():
        staging.rename(out)
        return
    old = out.with_name(f".{out.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
