"""The metrics users ask for, stored as node attributes: degree, betweenness, communities.

Betweenness is exact on small graphs, estimated from seeded samples on larger ones and
skipped beyond `BETWEENNESS_LIMIT` nodes; `graph.graph["betweenness"]` says which, in French.
Communities are Louvain's, seeded: the same graph gives the same communities.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["BETWEENNESS_EXACT", "BETWEENNESS_LIMIT", "MIN_SAMPLES", "SAMPLES", "SAMPLE_EDGES",
           "SEED", "add_metrics"]

SEED = 42
BETWEENNESS_EXACT = 1_000
"""Up to this many nodes, betweenness is exact."""
BETWEENNESS_LIMIT = 20_000
"""Beyond this many nodes, betweenness is not computed."""
SAMPLES = 100
"""Source nodes sampled to estimate betweenness between the two limits, at most."""
SAMPLE_EDGES = 1_000_000
"""Each sample walks every edge: on denser graphs, fewer samples keep the estimate within
this many edge visits (about 1 s), down to `MIN_SAMPLES`."""
MIN_SAMPLES = 10


def add_metrics(graph: nx.Graph, *, seed: int = SEED) -> None:
    """Set `degree`, `centrality`, `betweenness`, `community` and `component` on every node.

    Communities and components are numbered from 0, the largest first.
    """
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else dict.fromkeys(graph, 0.0)
    betweenness, method = _betweenness(graph, seed)
    communities = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    components = list(nx.connected_components(graph))
    for name, groups in (("community", communities), ("component", components)):
        for index, members in enumerate(_largest_first(graph, groups)):
            for node in members:
                graph.nodes[node][name] = index
    for node, degree in graph.degree():
        graph.nodes[node].update(degree=degree, centrality=round(centrality[node], 4),
                                 betweenness=round(betweenness.get(node, 0.0), 4))
    graph.graph["betweenness"] = method
    graph.graph["communities"] = len(communities)
    graph.graph["components"] = len(components)


def _betweenness(graph: nx.Graph, seed: int) -> tuple[dict[str, float], str]:
    n = len(graph)
    if n <= BETWEENNESS_EXACT:
        return nx.betweenness_centrality(graph), "intermédiarité exacte"
    if n <= BETWEENNESS_LIMIT:
        k = max(MIN_SAMPLES, min(SAMPLES, SAMPLE_EDGES // max(graph.number_of_edges(), 1)))
        return (nx.betweenness_centrality(graph, k=k, seed=seed),
                f"intermédiarité estimée sur {k} nœuds tirés au hasard (graine {seed})")
    return {}, f"intermédiarité non calculée (plus de {BETWEENNESS_LIMIT} nœuds)"


def _largest_first(graph: nx.Graph, groups) -> list[set[str]]:
    def key(group: set[str]) -> tuple[int, str]:
        return -len(group), min(graph.nodes[node]["label"] for node in group)

    return sorted(groups, key=key)
