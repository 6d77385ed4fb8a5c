"""`maillage site`: write the static site of a graph into a folder, all at once.

The site is written into a new folder beside `out`, then swapped in: a build that fails
leaves the previous site as it was. Pages are rendered by Jinja2 with autoescaping; data
embedded in pages goes through `tojson`, which escapes `<`, `>`, `&` and `'`.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import jinja2
import networkx as nx

from explorer.graphs import network_name, partner_network, structure_ego, territory_network
from explorer.model import Site, Structure, load_site
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
from explorer.tables import cells, euros, number
from queries.backends import Backend
from queries.runner import catalogue

__all__ = ["SiteError", "SiteSummary", "build_site"]

_HERE = Path(__file__).resolve().parent
ASSETS = ("site.css", "site.js", "search.js", "queries.js", "grid.js")
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


def build_site(backend: Backend, out: Path, *, progress: Callable[[str], None] | None = None,
               workers: int | None = None) -> SiteSummary:
    """Write the site of the graph behind `backend` into the folder `out` (replaced whole),
    rendering the pages in `workers` processes (default: one per core)."""
    start = time.perf_counter()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SiteError(f"{out} exists and is not a folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda message: None)
    say("lecture du graphe et du réseau des partenaires")
    with ThreadPoolExecutor(1) as pool:  # the store answers outside Python's lock
        network = pool.submit(partner_network, backend)
        site = load_site(backend)
        graph = network.result()
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        pages = _write(site, graph, staging, say, workers or os.cpu_count() or 1)
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SiteSummary(out, pages, time.perf_counter() - start)


Task = Callable[[], None]
_TASKS: list[Task] = []  # the pages to write, inherited by the forked workers


def _write(site: Site, graph: nx.Graph, root: Path, say: Callable[[str], None],
           workers: int) -> int:
    say("pages")
    env = _environment()

    def page(name: str, template: str, context: Callable[[], dict]) -> Task:
        return partial(_render, env, root, name, template, context)

    tasks: list[Task] = [partial(territory_network, graph, territory, root)
             for territory in [*site.departements, *site.regions]]
    tasks.append(page("index.html", "home.html.j2",
                      lambda: {"search": search_data(site), **home_page(site)}))
    tasks += [page(f"{name}.html", "list.html.j2", context.copy)
              for name, context in lists_pages(site).items()]
    tasks.append(page("requetes.html", "queries.html.j2",
                      lambda: {"title": "Requêtes", "queries": catalogue()}))
    tasks += [page(f.href, "funder.html.j2", partial(funder_page, f, site))
              for f in site.funders]
    tasks += [page(s.href, "structure.html.j2", partial(_structure_context, graph, s))
              for s in site.structures]
    tasks += [page(t.href, "territory.html.j2", partial(territory_page, t, site, network_name(t)))
              for t in [*site.departements, *site.regions]]
    tasks += [page(site.theme_href(theme), "theme.html.j2",
                   partial(theme_page, theme, actions, site))
              for theme, actions in site.themes.items()]
    tasks += [page(a.href, "action.html.j2", partial(action_page, a, site))
              for a in site.actions]
    _run(tasks, workers)
    assets = root / "assets"
    assets.mkdir()
    for asset in ASSETS:
        shutil.copyfile(_HERE / "assets" / asset, assets / asset)
    return len(tasks)


def _structure_context(graph: nx.Graph, structure: Structure) -> dict:
    """The page of `structure` with its partner network drawn from `graph`."""
    return structure_page(structure, structure_ego(graph, structure.iri))


def _render(env: jinja2.Environment, root: Path, name: str, template: str,
            context: Callable[[], dict]) -> None:
    html = env.get_template(template).render(root="../" * name.count("/"), page=name,
                                             **context())
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def _run(tasks: list[Task], workers: int) -> None:
    """Run the tasks, in `workers` forked processes that inherit them when more than one."""
    if workers <= 1 or len(tasks) < 2 * workers:
        for task in tasks:
            task()
        return
    _TASKS[:] = tasks
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as pool:
            # interleaved slices: the heavy pages (networks, regions) come first
            pool.map(_run_slice, [(first, workers) for first in range(workers)])
    finally:
        _TASKS.clear()


def _run_slice(slice_: tuple[int, int]) -> None:
    first, step = slice_
    for task in _TASKS[first::step]:
        task()


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.policies["json.dumps_kwargs"] = _JSON
    env.filters.update(number=number, euros=euros, cells=cells)
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
