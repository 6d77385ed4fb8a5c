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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

import networkx as nx

from networks import AGGREGATES, KINDS
from networks.collector import collector_paused
from networks.metrics import add_metrics
from queries.backends import Backend, Result, bound
from queries.runner import run_query

__all__ = ["DETAIL_LIMIT", "HUB_LIMIT", "ITEM_LIMIT", "Filters",
           "aggregate", "keep_edges", "keep_top", "project", "summary"]

HUB_LIMIT = 50
"""In the structures network, an organisation named by more structures links them all
to each other and says nothing about any pair: it is left out and named in the summary."""
DETAIL_LIMIT = 5_000
"""A national partners, funders or structures network with more links (structure,
organisation) than this is read from the links counted at build time (`network-link-lists`):
its edges then carry counts, not the titles and quotes behind them."""
ITEM_LIMIT = 20
"""An edge keeps at most this many action titles, quotes and shared organisations; its
`action_count`, `evidence_count` and `weight` keep the totals. Hub organisations otherwise
copy every action into hundreds of edges."""

_TITLES = {
    "partners": "Réseau des partenaires",
    "funders": "Réseau des financeurs",
    "structures": "Réseau des structures",
    "keywords": "Réseau des mots clés",
}
_KIND_LABELS = {
    "departement": ("département", "départements"),
    "community": ("communauté", "communautés"),
    "structure": ("structure", "structures"),
    "partner": ("partenaire", "partenaires"),
    "funder": ("financeur", "financeurs"),
    "keyword": ("mot clé", "mots clés"),
}
Row = dict[str, str | None]


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


@dataclass
class _Accumulator:
    nodes: dict[str, dict] = field(default_factory=dict)
    node_actions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    edge_actions: dict[tuple[str, str], dict[str, str]] = field(
        default_factory=lambda: defaultdict(dict))
    evidence: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    amounts: dict[tuple[str, str], dict[str, float]] = field(
        default_factory=lambda: defaultdict(dict))
    edges: dict[tuple[str, str], dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    node_counts: dict[str, int] = field(default_factory=dict)
    """Actions per node when they are counted, not listed (national networks)."""


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
    links = _links(kind, backend) if kind in _LINK_ROLES and not filters.params() else []
    if len(links) > DETAIL_LIMIT:
        acc, focus = _from_links(kind, backend, links), set[str]()
    else:
        rows, focus = _rows(kind, backend, filters)
        acc = _Accumulator()
        _BUILDERS[kind](acc, rows)
    graph = _to_graph(acc)
    graph.graph.update(kind=kind, title=_TITLES[kind], filters=" ; ".join(filters.describe()),
                       omitted_nodes=0, omitted_edges=0, omitted_reasons="",
                       notes=" ".join(acc.notes))
    if kind == "structures" and filters.structure:
        graph = _around(graph, focus)
    _drop_light_edges(graph, filters.min_weight)
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
    return _kept(graph, nodes, edges, "sans lien avec la structure")




def aggregate(graph: nx.Graph, by: str) -> nx.Graph:
    """`graph` folded into one node per département (`by="departement"`) or per Louvain
    community (`by="community"`, from `add_metrics`): what a national page can draw.

    A structure goes to its département; another node to the département most of its links
    lead to (by weight, then by name). A group node counts its members per kind and the
    weight of the links inside it; an edge adds up the weights of the links between two
    groups.
    """
    if by not in AGGREGATES:
        raise ValueError(f"unknown grouping {by!r} (known: {', '.join(AGGREGATES)})")
    group = _groups(graph, by)
    folded = nx.Graph(**{**graph.graph, "title": f"{graph.graph.get('title', 'Réseau')} "
                         f"par {'département' if by == 'departement' else 'communauté'}",
                         "omitted_nodes": 0, "omitted_edges": 0, "omitted_reasons": ""})
    members: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for node, kind in graph.nodes(data="kind"):
        members[group[node]][kind] += 1
    for name in sorted(members):
        counts = ", ".join(_count(n, *_KIND_LABELS[k]) for k, n in sorted(members[name].items()))
        folded.add_node(f"{by}:{name}", kind=by, label=name, members=counts,
                        actions=sum(graph.nodes[n]["actions"] for n in graph
                                    if group[n] == name and graph.nodes[n]["kind"] == "structure"),
                        internal_weight=0)
    for u, v, weight in graph.edges(data="weight"):
        first, second = sorted((f"{by}:{group[u]}", f"{by}:{group[v]}"))
        if first == second:
            folded.nodes[first]["internal_weight"] += weight
        elif folded.has_edge(first, second):
            folded.edges[first, second]["weight"] += weight
        else:
            folded.add_edge(first, second, weight=weight, actions=[], action_count=0,
                            evidence=[], evidence_count=0)
    add_metrics(folded)
    folded.graph["summary"] = summary(folded)
    return folded


def _groups(graph: nx.Graph, by: str) -> dict[str, str]:
    """The group name of every node of `graph`."""
    if by == "community":
        return {node: f"Communauté {community}" for node, community in
                graph.nodes(data="community")}
    group = {node: attrs["departement"] for node, attrs in graph.nodes(data=True)
             if attrs.get("departement")}
    for node in graph:
        if node not in group:
            weights: dict[str, int] = defaultdict(int)
            for neighbour, attrs in graph[node].items():
                if neighbour in group:
                    weights[group[neighbour]] += attrs["weight"]
            group[node] = min(weights, key=lambda name: (-weights[name], name),
                              default="Sans département")
    return group


def keep_top(graph: nx.Graph, n: int, *, reason: str) -> nx.Graph:
    """The subgraph of the `n` nodes with the highest weighted degree, the rest counted as left out.

    Ties go to the label, so the same graph gives the same nodes.
    """
    if graph.number_of_nodes() <= n:
        return graph
    strength = dict(graph.degree(weight="weight"))
    ranked = sorted(graph, key=lambda node: (-strength[node], graph.nodes[node]["label"], node))
    chosen = set(ranked[:n])
    edges = [(u, v) for u, v in graph.edges(chosen) if u in chosen and v in chosen]
    return _kept(graph, [node for node in graph if node in chosen], edges, reason)


def keep_edges(graph: nx.Graph, n: int, *, reason: str) -> nx.Graph:
    """The graph with its `n` strongest edges, the rest counted as left out.

    Each node first keeps its strongest edge, so that no linked node ends up alone while
    `n` allows; then the strongest of the others fill the budget. Ties go to the nodes' IRIs.
    """
    if graph.number_of_edges() <= n:
        return graph
    ranked = sorted((-weight, *sorted((u, v))) for u, v, weight in graph.edges(data="weight"))
    linked: set[str] = set()
    chosen: set[tuple[str, str]] = set()
    for _, u, v in ranked:  # strongest first: the first edge met of a node is its strongest
        if len(chosen) >= n:
            break
        if u not in linked or v not in linked:
            chosen.add((u, v))
            linked.update((u, v))
    spare = n - len(chosen)
    for _, u, v in ranked:
        if spare <= 0:
            break
        if (u, v) not in chosen:
            chosen.add((u, v))
            spare -= 1
    edges = [(u, v) for _, u, v in ranked if (u, v) in chosen]
    return _kept(graph, list(graph), edges, reason)


def _kept(graph: nx.Graph, nodes: list[str], edges: list[tuple[str, str]], reason: str
          ) -> nx.Graph:
    """A graph of `graph`'s `nodes` and `edges` and their attributes, counting what it left out.

    Built edge by edge: a subgraph view's `copy()` filters every edge of `graph` through
    the view, seconds at national scale."""
    kept = nx.Graph(**graph.graph)
    kept.add_nodes_from((node, graph.nodes[node]) for node in nodes)
    kept.add_edges_from((u, v, graph.edges[u, v]) for u, v in edges)
    kept.graph["omitted_nodes"] = (graph.graph.get("omitted_nodes", 0)
                                   + graph.number_of_nodes() - len(nodes))
    kept.graph["omitted_edges"] = (graph.graph.get("omitted_edges", 0)
                                   + graph.number_of_edges() - len(edges))
    kept.graph["omitted_reasons"] = _join(graph.graph.get("omitted_reasons", ""), reason)
    return kept


def summary(graph: nx.Graph) -> str:
    """One French line: what is shown, filtered by what, and what was left out."""
    counts: dict[str, int] = defaultdict(int)
    for _, kind in graph.nodes(data="kind"):
        counts[kind] += 1
    parts = ", ".join(_count(count, *_KIND_LABELS[kind]) for kind, count in sorted(counts.items()))
    line = (f"{_count(graph.number_of_nodes(), 'nœud', 'nœuds')} ({parts or 'aucun'}), "
            f"{_count(graph.number_of_edges(), 'lien', 'liens')}.")
    if graph.graph.get("filters"):
        line += f" Filtres : {graph.graph['filters']}."
    if graph.graph.get("omitted_nodes") or graph.graph.get("omitted_edges"):
        line += (f" Laissés de côté : {_count(graph.graph['omitted_nodes'], 'nœud', 'nœuds')}, "
                 f"{_count(graph.graph['omitted_edges'], 'lien', 'liens')} "
                 f"({graph.graph['omitted_reasons']}).")
    if graph.graph.get("notes"):
        line += f" {graph.graph['notes']}"
    return line


def _bipartite(other: str, other_kind: str):
    def build(acc: _Accumulator, rows: list[Row]) -> None:
        for row in rows:
            structure = _add_structure(acc, row)
            if body := row.get("body"):  # the concrete local body, where the département says which
                target = _add_node(acc, body, other_kind, bound(row["bodyLabel"]), row)
            else:
                target = _add_node(acc, bound(row[other]), other_kind,
                                   bound(row[f"{other}Label"]), row)
            pair = _link(acc, structure, target, row)
            if row.get("quote"):
                acc.evidence[pair].add(_evidence(row))
            if amount := row.get("amount"):
                acc.amounts[pair][bound(row["action"])] = float(amount)
    return build


def _build_structures(acc: _Accumulator, rows: list[Row]) -> None:
    by_org: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    org_labels: dict[str, str] = {}
    for row in rows:
        structure = _add_structure(acc, row)
        org = bound(row["org"])
        by_org[org][structure][bound(row["action"])] = bound(row["actionTitle"])
        org_labels[org] = bound(row["orgLabel"])
    _link_sharing(acc, by_org, org_labels, lambda pair, orgs: _shared_edge(
        pair, [by_org[org] for org in orgs], sorted({org_labels[org] for org in orgs})))


def _link_sharing(acc: _Accumulator, by_org: Mapping[str, Mapping[str, Any]],
                  org_labels: Mapping[str, str],
                  edge: Callable[[tuple[str, str], list[str]], dict]) -> None:
    """Link the structures named by the same organisation, except hubs (see `HUB_LIMIT`):
    `by_org[org]` holds the structures `org` is named by; `edge` makes an edge's attributes
    from its pair and the organisations they share."""
    hubs = _hubs(acc, by_org, org_labels)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for org in sorted(set(by_org) - hubs):
        for pair in _pairs(by_org[org]):
            shared[pair].append(org)
    for pair, orgs in shared.items():
        acc.edges[pair] = edge(pair, orgs)


def _hubs(acc: _Accumulator, by_org: Mapping[str, Mapping[str, Any]],
          org_labels: Mapping[str, str]) -> set[str]:
    """The organisations named by more than `HUB_LIMIT` structures, named in a note."""
    hubs = sorted((org for org, named in by_org.items() if len(named) > HUB_LIMIT),
                  key=lambda org: (-len(by_org[org]), org_labels[org]))
    if hubs:
        names = ", ".join(f"{org_labels[org]} ({len(by_org[org])} structures)" for org in hubs[:5])
        more = f" et {len(hubs) - 5} autres" if len(hubs) > 5 else ""
        acc.notes.append(f"Organisations trop communes pour relier deux structures "
                         f"(plus de {HUB_LIMIT}) : {names}{more}.")
    return set(hubs)


def _counted_sharing(acc: _Accumulator, by_org: Mapping[str, Mapping[str, int]],
                     org_labels: Mapping[str, str]) -> None:
    """`_link_sharing` for counted links, by sparse matrix products (scipy): with `B` the
    structures-by-organisations matrix of action counts (hubs left out) and `N` its pattern,
    `N·Nᵀ` counts the organisations two structures share (the weight) and `B·Nᵀ + N·Bᵀ` adds
    up their actions naming them, and the columns summed over the shared organisations name
    the one shared when there is one (most edges); Python only intersects the organisations of
    the other pairs. At 100,000 fiches (279,559 edges) this takes 0.8 s where Python loops
    over every pair took 2.4 s."""
    import numpy as np
    from scipy import sparse

    hubs = _hubs(acc, by_org, org_labels)
    orgs = sorted(set(by_org) - hubs)
    structures = sorted({structure for org in orgs for structure in by_org[org]})
    if not structures:
        return
    row = {structure: index for index, structure in enumerate(structures)}
    rows, columns, counts = [], [], []
    for column, org in enumerate(orgs):
        for structure, actions in by_org[org].items():
            rows.append(row[structure])
            columns.append(column)
            counts.append(actions)
    shape = (len(structures), len(orgs))
    counted = sparse.csr_array((np.array(counts, dtype=np.int64), (rows, columns)), shape=shape)
    named = sparse.csr_array((np.ones(len(counts), dtype=np.int64), (rows, columns)), shape=shape)
    weights = sparse.triu(named @ named.T, k=1).tocoo()
    summed = counted @ named.T
    actions = np.ravel((summed + summed.T).tocsr()[weights.row, weights.col]).tolist()
    # the organisation two structures share when they share one: the sum of the shared
    # organisations' columns
    numbered = sparse.csr_array((np.array(columns, dtype=np.int64), (rows, columns)), shape=shape)
    only = np.ravel((numbered @ named.T).tocsr()[weights.row, weights.col]).tolist()
    ranks = {label: rank for rank, label in enumerate(sorted(set(org_labels.values())))}
    labels = sorted(ranks, key=ranks.__getitem__)
    org_ranks = [ranks[org_labels[org]] for org in orgs]
    named_by = [frozenset(named.indices[named.indptr[i]:named.indptr[i + 1]].tolist())
                for i in range(len(structures))]
    edges = acc.edges
    for first, second, weight, count, org in zip(weights.row.tolist(), weights.col.tolist(),
                                                 weights.data.tolist(), actions, only,
                                                 strict=True):
        if weight == 1:
            shared = [labels[org_ranks[org]]]
        else:
            ranked = sorted({org_ranks[org] for org in named_by[first] & named_by[second]})
            shared = [labels[rank] for rank in ranked[:ITEM_LIMIT]]
        edges[structures[first], structures[second]] = {
            "weight": weight, "actions": [], "action_count": count, "evidence": [],
            "evidence_count": 0, "shared": shared}


_LINK_ROLES = {"partners": ("partner", "partner"), "funders": ("funder", "funder"),
               "structures": ("partner", "funder")}
"""The link roles each national network reads from `network-link-lists` (the kind of node the
bipartite ones give the organisations is the first)."""


def _links(kind: str, backend: Backend) -> list[tuple[str, str, int]]:
    """(structure, organisation, actions) of the links the national `kind` network reads,
    from their lists (`network-link-lists`: one row per structure and role)."""
    roles = sorted(set(_LINK_ROLES[kind]))
    links = []
    for structure, _, listed in run_query(backend, "network-link-lists", {"role": roles}).rows:
        for item in bound(listed).split(" | "):
            org, _, actions = item.rpartition(" ")
            links.append((bound(structure), org, int(actions)))
    return sorted(links)


def _from_links(kind: str, backend: Backend, links: list[tuple[str, str, int]]
                ) -> _Accumulator:
    """The national `kind` network from the links counted at build time: the same nodes and
    weights as from every action, without the titles and quotes behind each edge.

    A structure counts all its actions (not only those with a partner or funder). In the
    structures network an edge's `action_count` adds up the actions of both structures naming
    each shared organisation (an action naming two counts twice).
    """
    acc = _Accumulator()
    facts = {bound(node): _Facts(bound(label), departement or "", region or "", int(actions or 0))
             for node, label, departement, region, actions
             in run_query(backend, "network-nodes").rows}
    acc.notes.append("Réseau national lu dans les décomptes de la construction : "
                     "les liens n'ont ni titres ni citations.")
    counts: dict[str, int] = defaultdict(int)
    for structure, org, actions in links:
        known = facts[structure]
        acc.nodes[structure] = {"kind": "structure", "label": known.label,
                                "departement": known.departement, "region": known.region}
        acc.node_counts[structure] = known.actions
        counts[org] += actions
    if kind == "structures":
        by_org: dict[str, dict[str, int]] = defaultdict(dict)
        for structure, org, actions in links:
            by_org[org][structure] = actions
        _counted_sharing(acc, by_org, {org: facts[org].label for org in by_org})
        return acc
    for structure, org, actions in links:
        acc.nodes[org] = {"kind": _LINK_ROLES[kind][0], "label": facts[org].label}
        acc.node_counts[org] = counts[org]
        acc.edges[structure, org] = _counted_edge(actions, actions)
    return acc


class _Facts(NamedTuple):
    """What the build counted of a node of a national network."""

    label: str
    departement: str
    region: str
    actions: int


def _counted_edge(weight: int, actions: int, **more: Any) -> dict:
    return {"weight": weight, "actions": [], "action_count": actions, "evidence": [],
            "evidence_count": 0, **more}


def _shared_edge(pair: tuple[str, str], named: list[dict[str, dict[str, str]]],
                 labels: list[str]) -> dict:
    """The edge of two structures from what each shared organisation names of them.

    Only the first `ITEM_LIMIT` titles are gathered. An action has one organiser, so with a
    single shared organisation the two structures' actions are distinct and just counted.
    """
    titles: dict[str, str] = {}
    for by_structure in named:
        for structure in pair:
            for action, title in by_structure[structure].items():
                if len(titles) >= ITEM_LIMIT:
                    break
                titles.setdefault(action, title)
    if len(named) == 1:
        count = sum(len(named[0][structure]) for structure in pair)
    else:
        count = len({action for by_structure in named for structure in pair
                     for action in by_structure[structure]})
    return {"weight": len(named), "actions": list(titles.values()),
            "action_count": count, "evidence": [], "evidence_count": 0,
            "shared": labels[:ITEM_LIMIT]}


def _build_keywords(acc: _Accumulator, rows: list[Row]) -> None:
    by_action: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    for row in rows:
        keyword = _add_node(acc, bound(row["keyword"]), "keyword", bound(row["keywordLabel"]), row)
        action = bound(row["action"])
        by_action[action].add(keyword)
        titles[action] = bound(row["actionTitle"])
    for action, keywords in by_action.items():
        for pair in _pairs(keywords):
            acc.edge_actions[pair][action] = titles[action]


_BUILDERS = {
    "partners": _bipartite("partner", "partner"),
    "funders": _bipartite("funder", "funder"),
    "structures": _build_structures,
    "keywords": _build_keywords,
}


def _add_structure(acc: _Accumulator, row: Row) -> str:
    node = bound(row["structure"])
    if node not in acc.nodes:
        acc.nodes[node] = {"kind": "structure", "label": row["structureLabel"],
                           "departement": row["departement"] or "", "region": row["region"] or ""}
    acc.node_actions[node].add(bound(row["action"]))
    return node


def _add_node(acc: _Accumulator, node: str, kind: str, label: str, row: Row) -> str:
    acc.nodes.setdefault(node, {"kind": kind, "label": label})
    acc.node_actions[node].add(bound(row["action"]))
    return node


def _link(acc: _Accumulator, first: str, second: str, row: Row) -> tuple[str, str]:
    pair = (first, second)
    acc.edge_actions[pair][bound(row["action"])] = bound(row["actionTitle"])
    return pair


def _evidence(row: Row) -> str:
    where = f" (ligne {row['line']})" if row.get("line") else ""
    return f"« {row['quote']} » — {row['actionTitle']}{where}"


def _sorted(kind: str, result: Result) -> list[tuple[str | None, ...]]:
    """The rows in a fixed order, which the store's ORDER BY gave at twice the query time."""
    # The sort columns are required in the queries: never None.
    return sorted(result.rows, key=itemgetter(*map(result.columns.index, _ORDER[kind])))


_ORDER = {"partners": ("structure", "partner", "action"),
          "funders": ("structure", "funder", "action"),
          "structures": ("org", "structure", "action"),
          "keywords": ("action", "keyword")}


def _pairs(items: Iterable[str]) -> Iterator[tuple[str, str]]:
    ordered = sorted(items)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            yield first, second


def _to_graph(acc: _Accumulator) -> nx.Graph:
    graph = nx.Graph()
    for node in sorted(acc.nodes):
        actions = acc.node_counts.get(node, len(acc.node_actions[node]))
        graph.add_node(node, **acc.nodes[node], actions=actions)
    for pair in sorted(acc.edge_actions):
        titles = list(acc.edge_actions[pair].values())
        evidence = sorted(acc.evidence.get(pair, ()))
        acc.edges[pair] = {"weight": len(titles), "actions": titles[:ITEM_LIMIT],
                           "action_count": len(titles), "evidence": evidence[:ITEM_LIMIT],
                           "evidence_count": len(evidence)}
        if pair in acc.amounts:
            acc.edges[pair]["amount"] = sum(acc.amounts[pair].values())
    graph.add_edges_from((*pair, acc.edges[pair]) for pair in sorted(acc.edges))
    return graph


def _drop_light_edges(graph: nx.Graph, min_weight: int) -> None:
    if min_weight <= 1:
        return
    light = [(u, v) for u, v, weight in graph.edges(data="weight") if weight < min_weight]
    touched = {node for edge in light for node in edge}
    graph.remove_edges_from(light)
    isolated = [node for node in touched if graph.degree(node) == 0]
    graph.remove_nodes_from(isolated)
    graph.graph["omitted_nodes"] += len(isolated)
    graph.graph["omitted_edges"] += len(light)
    graph.graph["omitted_reasons"] = _join(graph.graph.get("omitted_reasons", ""),
                                           f"poids < {min_weight}")


def _count(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count <= 1 else plural}"


def _join(first: str, second: str) -> str:
    return f"{first} ; {second}" if first else second
