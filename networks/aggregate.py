"""A national network folded into one node per département or Louvain community."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from networks import AGGREGATES
from networks.metrics import add_metrics
from networks.trim import KIND_LABELS, count_of, summary

__all__ = ["aggregate"]


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
        counts = ", ".join(count_of(n, *KIND_LABELS[k]) for k, n in sorted(members[name].items()))
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
