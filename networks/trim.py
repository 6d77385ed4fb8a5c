"""What a network keeps and says it left out: the strongest nodes (`keep_top`) or edges
(`keep_edges`), edges under a weight, and the French summary line of a graph (`summary`)."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

__all__ = ["KIND_LABELS", "count_of", "drop_light_edges", "join_reasons", "keep_edges",
           "keep_top", "kept", "summary"]

KIND_LABELS = {
    "departement": ("département", "départements"),
    "community": ("communauté", "communautés"),
    "structure": ("structure", "structures"),
    "partner": ("partenaire", "partenaires"),
    "funder": ("financeur", "financeurs"),
    "keyword": ("mot clé", "mots clés"),
}


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
    return kept(graph, [node for node in graph if node in chosen], edges, reason)


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
    return kept(graph, list(graph), edges, reason)


def kept(graph: nx.Graph, nodes: list[str], edges: list[tuple[str, str]], reason: str
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
    kept.graph["omitted_reasons"] = join_reasons(graph.graph.get("omitted_reasons", ""), reason)
    return kept


def summary(graph: nx.Graph) -> str:
    """One French line: what is shown, filtered by what, and what was left out."""
    counts: dict[str, int] = defaultdict(int)
    for _, kind in graph.nodes(data="kind"):
        counts[kind] += 1
    parts = ", ".join(count_of(count, *KIND_LABELS[kind]) for kind, count in sorted(counts.items()))
    line = (f"{count_of(graph.number_of_nodes(), 'nœud', 'nœuds')} ({parts or 'aucun'}), "
            f"{count_of(graph.number_of_edges(), 'lien', 'liens')}.")
    if graph.graph.get("filters"):
        line += f" Filtres : {graph.graph['filters']}."
    if graph.graph.get("omitted_nodes") or graph.graph.get("omitted_edges"):
        line += (f" Laissés de côté : {count_of(graph.graph['omitted_nodes'], 'nœud', 'nœuds')}, "
                 f"{count_of(graph.graph['omitted_edges'], 'lien', 'liens')} "
                 f"({graph.graph['omitted_reasons']}).")
    if graph.graph.get("notes"):
        line += f" {graph.graph['notes']}"
    return line


def drop_light_edges(graph: nx.Graph, min_weight: int) -> None:
    if min_weight <= 1:
        return
    light = [(u, v) for u, v, weight in graph.edges(data="weight") if weight < min_weight]
    touched = {node for edge in light for node in edge}
    graph.remove_edges_from(light)
    isolated = [node for node in touched if graph.degree(node) == 0]
    graph.remove_nodes_from(isolated)
    graph.graph["omitted_nodes"] += len(isolated)
    graph.graph["omitted_edges"] += len(light)
    graph.graph["omitted_reasons"] = join_reasons(graph.graph.get("omitted_reasons", ""),
                                           f"poids < {min_weight}")


def count_of(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count <= 1 else plural}"


def join_reasons(first: str, second: str) -> str:
    return f"{first} ; {second}" if first else second
