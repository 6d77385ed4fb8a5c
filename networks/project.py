"""Project SPARQL results into networkx graphs: partners, funders, structures, keywords.

Each kind runs `queries/network-{kind}.rq` (one row per action and linked thing) and counts
the shared actions with plain dicts, which stays fast at national scale where
`nx.bipartite` projections do not. The graph carries what the pages need: node facts
(kind, label, département, région, counts), edge weights with the actions and evidence
behind them, metrics (see `networks.metrics`) and a French summary of what was left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import networkx as nx

from networks.metrics import add_metrics
from queries.runner import Backend, run_query

__all__ = ["HUB_LIMIT", "KINDS", "Filters", "keep_top", "project", "summary"]

KINDS = ("partners", "funders", "structures", "keywords")
HUB_LIMIT = 50
"""In the structures network, an organisation named by more structures links them all
to each other and says nothing about any pair: it is left out and named in the summary."""

_TITLES = {
    "partners": "Réseau des partenaires",
    "funders": "Réseau des financeurs",
    "structures": "Réseau des structures",
    "keywords": "Réseau des mots clés",
}
_KIND_LABELS = {
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
    keyword: str | None = None
    funder: str | None = None
    min_weight: int = 1
    top: int | None = None

    def params(self) -> dict[str, str]:
        """The query parameters for the filters that are set."""
        values = {"onlyDepartement": self.departement, "onlyRegion": self.region,
                  "onlyKeyword": self.keyword, "onlyFunder": self.funder}
        return {name: value for name, value in values.items() if value}

    def describe(self) -> list[str]:
        """The filters that are set, in French."""
        labels = {"département": self.departement, "région": self.region,
                  "mot clé": self.keyword, "financeur": self.funder}
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
    shared: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    amounts: dict[tuple[str, str], dict[str, float]] = field(
        default_factory=lambda: defaultdict(dict))
    notes: list[str] = field(default_factory=list)


def project(kind: str, backend: Backend, filters: Filters | None = None) -> nx.Graph:
    """The `kind` network (one of `KINDS`) of the graph behind `backend`, filtered.

    Nodes are IRIs; edges carry `weight`, `actions` (titles) and `evidence` (quotes).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown network {kind!r} (known: {', '.join(KINDS)})")
    filters = filters or Filters()
    result = run_query(backend, f"network-{kind}", filters.params())
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    acc = _Accumulator()
    _BUILDERS[kind](acc, rows)
    graph = _to_graph(acc)
    graph.graph.update(kind=kind, title=_TITLES[kind], filters=" ; ".join(filters.describe()),
                       omitted_nodes=0, omitted_edges=0, omitted_reasons="",
                       notes=" ".join(acc.notes))
    _drop_light_edges(graph, filters.min_weight)
    if filters.top:
        graph = keep_top(graph, filters.top, reason=f"hors des {filters.top} premiers")
    add_metrics(graph)
    graph.graph["summary"] = summary(graph)
    return graph


def keep_top(graph: nx.Graph, n: int, *, reason: str) -> nx.Graph:
    """The subgraph of the `n` nodes with the highest weighted degree, the rest counted as left out.

    Ties go to the label, so the same graph gives the same nodes.
    """
    if graph.number_of_nodes() <= n:
        return graph
    strength = dict(graph.degree(weight="weight"))
    ranked = sorted(graph, key=lambda node: (-strength[node], graph.nodes[node]["label"], node))
    kept = graph.subgraph(ranked[:n]).copy()
    kept.graph["omitted_nodes"] = graph.graph.get("omitted_nodes", 0) + graph.number_of_nodes() - n
    kept.graph["omitted_edges"] = (graph.graph.get("omitted_edges", 0)
                                   + graph.number_of_edges() - kept.number_of_edges())
    kept.graph["omitted_reasons"] = _join(graph.graph.get("omitted_reasons", ""), reason)
    return kept


def summary(graph: nx.Graph) -> str:
    """One French line: what is shown, filtered by what, and what was left out."""
    counts = defaultdict(int)
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
            target = _add_node(acc, row[other], other_kind, row[f"{other}Label"], row)
            pair = _link(acc, structure, target, row)
            if row.get("quote"):
                acc.evidence[pair].add(_evidence(row))
            if row.get("amount"):
                acc.amounts[pair][row["action"]] = float(row["amount"])
    return build


def _build_structures(acc: _Accumulator, rows: list[Row]) -> None:
    by_org: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    org_labels: dict[str, str] = {}
    for row in rows:
        structure = _add_structure(acc, row)
        by_org[row["org"]][structure][row["action"]] = row["actionTitle"]
        org_labels[row["org"]] = row["orgLabel"]
    hubs = sorted((org for org, named in by_org.items() if len(named) > HUB_LIMIT),
                  key=lambda org: (-len(by_org[org]), org_labels[org]))
    if hubs:
        names = ", ".join(f"{org_labels[org]} ({len(by_org[org])} structures)" for org in hubs[:5])
        more = f" et {len(hubs) - 5} autres" if len(hubs) > 5 else ""
        acc.notes.append(f"Organisations trop communes pour relier deux structures "
                         f"(plus de {HUB_LIMIT}) : {names}{more}.")
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for org in sorted(set(by_org) - set(hubs)):
        for pair in _pairs(by_org[org]):
            shared[pair].append(org)
    for pair, orgs in shared.items():
        acc.shared[pair] = {org_labels[org] for org in orgs}
        for org in orgs:
            for structure in pair:
                acc.edge_actions[pair].update(by_org[org][structure])


def _build_keywords(acc: _Accumulator, rows: list[Row]) -> None:
    by_action: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    for row in rows:
        keyword = _add_node(acc, row["keyword"], "keyword", row["keywordLabel"], row)
        by_action[row["action"]].add(keyword)
        titles[row["action"]] = row["actionTitle"]
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
    node = row["structure"]
    if node not in acc.nodes:
        acc.nodes[node] = {"kind": "structure", "label": row["structureLabel"],
                           "departement": row["departement"] or "", "region": row["region"] or ""}
    acc.node_actions[node].add(row["action"])
    return node


def _add_node(acc: _Accumulator, node: str, kind: str, label: str, row: Row) -> str:
    acc.nodes.setdefault(node, {"kind": kind, "label": label})
    acc.node_actions[node].add(row["action"])
    return node


def _link(acc: _Accumulator, first: str, second: str, row: Row) -> tuple[str, str]:
    pair = (first, second)
    acc.edge_actions[pair][row["action"]] = row["actionTitle"]
    return pair


def _evidence(row: Row) -> str:
    where = f" (ligne {row['line']})" if row.get("line") else ""
    return f"« {row['quote']} » — {row['actionTitle']}{where}"


def _pairs(items: Iterable[str]) -> Iterator[tuple[str, str]]:
    ordered = sorted(items)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            yield first, second


def _to_graph(acc: _Accumulator) -> nx.Graph:
    graph = nx.Graph()
    for node in sorted(acc.nodes):
        graph.add_node(node, **acc.nodes[node], actions=len(acc.node_actions[node]))
    for pair in sorted(acc.edge_actions):
        titles = list(acc.edge_actions[pair].values())
        weight = len(acc.shared[pair]) if pair in acc.shared else len(titles)
        evidence = sorted(acc.evidence.get(pair, ()))
        attrs = {"weight": weight, "actions": titles, "evidence": evidence}
        if pair in acc.shared:
            attrs["shared"] = sorted(acc.shared[pair])
        if pair in acc.amounts:
            attrs["amount"] = sum(acc.amounts[pair].values())
        graph.add_edge(*pair, **attrs)
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
