"""Project SPARQL results into networkx graphs: partners, funders, structures, keywords.

Each kind runs `queries/network-{kind}.rq` (one row per action and linked thing) and counts
the shared actions with plain dicts, which stays fast at national scale where
`nx.bipartite` projections do not. Partners and funders are the concrete local bodies where
known ("CAF de l'Ariège", "Conseil départemental du Gers"), so a national network is many
local ones instead of one hub per kind of organisation. The graph carries what the pages
need: node facts (kind, label, département, région, counts), edge weights with the actions
and evidence behind them, metrics (see `networks.metrics`) and a French summary of what was
left out. `aggregate` folds a national network into one node per département or community.

Public API: `project(kind, backend, filters=None, **options) -> nx.Graph` (options are the
fields of `Filters`: departement, region, structure, keyword, funder, min_weight, top),
`aggregate(graph, by)`, `keep_top`, `keep_edges`, `summary`; `networks.render.render`.

The modules behind it: `counting` (rows → counts → graph), `national` (the national networks,
from the links counted at build time), `trim` (what a graph keeps, its summary line),
`aggregate`, `metrics`, `collector`.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import networkx as nx

from networks import KINDS
from networks.aggregate import aggregate
from networks.collector import collector_paused
from networks.counting import BUILDERS, HUB_LIMIT, ITEM_LIMIT, Accumulator, Row, to_graph
from networks.metrics import add_metrics
from networks.national import LINK_ROLES, from_links, read_links
from networks.trim import drop_light_edges, keep_edges, keep_top, kept, summary
from queries.backends import Backend, Result, bound
from queries.runner import run_query

__all__ = ["DETAIL_LIMIT", "HUB_LIMIT", "ITEM_LIMIT", "Filters",
           "aggregate", "keep_edges", "keep_top", "project", "summary"]

DETAIL_LIMIT = 5_000
"""A national partners, funders or structures network with more links (structure,
organisation) than this is read from the links counted at build time (`network-link-lists`):
its edges then carry counts, not the titles and quotes behind them."""

_TITLES = {
    "partners": "Réseau des partenaires",
    "funders": "Réseau des financeurs",
    "structures": "Réseau des structures",
    "keywords": "Réseau des mots clés",
}


@dataclass(frozen=True)
class Filters:
    """What to keep: the SPARQL filters, then a minimum edge weight and the top N nodes."""

    departement: str | None = None
    region: str | None = None
    structure: str | None = None
    keyword: str | None = None
    funder: str | None = None
    min_weight: int = 1
    top: int | None = None

    def params(self) -> dict[str, str]:
        """The query parameters for the filters that are set."""
        values = {"onlyDepartement": self.departement, "onlyRegion": self.region,
                  "onlyStructure": self.structure, "onlyKeyword": self.keyword,
                  "onlyFunder": self.funder}
        return {name: value for name, value in values.items() if value}

    def describe(self) -> list[str]:
        """The filters that are set, in French."""
        labels = {"département": self.departement, "région": self.region,
                  "structure": self.structure, "mot clé": self.keyword,
                  "financeur": self.funder}
        described = [f"{name} = {value}" for name, value in labels.items() if value]
        if self.min_weight > 1:
            described.append(f"poids ≥ {self.min_weight}")
        if self.top:
            described.append(f"{self.top} premiers nœuds")
        return described


def project(kind: str, backend: Backend, filters: Filters | None = None, **options: Any
            ) -> nx.Graph:
    """The `kind` network (one of `KINDS`) of the graph behind `backend`, filtered by
    `filters` or by `options` (the fields of `Filters`).

    Nodes are IRIs; edges carry `weight`, `actions` (titles) and `evidence` (quotes). The
    structures network of one structure is that structure and the structures of its
    département sharing an organisation with it.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown network {kind!r} (known: {', '.join(KINDS)})")
    with collector_paused():
        return _project(kind, backend, filters or Filters(**options))


def _project(kind: str, backend: Backend, filters: Filters) -> nx.Graph:
    links = read_links(kind, backend) if kind in LINK_ROLES and not filters.params() else []
    if len(links) > DETAIL_LIMIT:
        acc, focus = from_links(kind, backend, links), set[str]()
    else:
        rows, focus = _rows(kind, backend, filters)
        acc = Accumulator()
        BUILDERS[kind](acc, rows)
    graph = to_graph(acc)
    graph.graph.update(kind=kind, title=_TITLES[kind], filters=" ; ".join(filters.describe()),
                       omitted_nodes=0, omitted_edges=0, omitted_reasons="",
                       notes=" ".join(acc.notes))
    if kind == "structures" and filters.structure:
        graph = _around(graph, focus)
    drop_light_edges(graph, filters.min_weight)
    if filters.top:
        graph = keep_top(graph, filters.top, reason=f"hors des {filters.top} premiers")
    add_metrics(graph)
    graph.graph["summary"] = summary(graph)
    return graph


def _rows(kind: str, backend: Backend, filters: Filters) -> tuple[list[Row], set[str]]:
    """The query's rows as dicts, in a fixed order, and the structures in focus.

    For the structures network of a structure, the rows of its département(s), and that
    structure in focus; else no structure is.
    """
    params = filters.params()
    focus: set[str] = set()
    result = run_query(backend, f"network-{kind}", params)
    if kind == "structures" and filters.structure:
        own = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        focus = {bound(row["structure"]) for row in own}
        departements = sorted({departement for row in own if (departement := row["departement"])})
        if departements:
            around = {name: value for name, value in params.items() if name != "onlyStructure"}
            result = run_query(backend, "network-structures",
                               {**around, "onlyDepartement": departements})
    return [dict(zip(result.columns, row, strict=True)) for row in _sorted(kind, result)], focus


def _around(graph: nx.Graph, focus: set[str]) -> nx.Graph:
    """The `focus` structures and their neighbours, the rest counted as left out."""
    keep = focus | {neighbour for node in focus for neighbour in graph[node]}
    nodes = [node for node in graph if node in keep]
    edges = [(u, v) for u, v in graph.edges(nodes) if u in keep and v in keep]
    return kept(graph, nodes, edges, "sans lien avec la structure")


def _sorted(kind: str, result: Result) -> list[tuple[str | None, ...]]:
    """The rows in a fixed order, which the store's ORDER BY gave at twice the query time."""
    # The sort columns are required in the queries: never None.
    return sorted(result.rows, key=itemgetter(*map(result.columns.index, _ORDER[kind])))


_ORDER = {"partners": ("structure", "partner", "action"),
          "funders": ("structure", "funder", "action"),
          "structures": ("org", "structure", "action"),
          "keywords": ("action", "keyword")}
