"""The partner networks of the site: one page per département and région, one small drawing
per structure.

The national partner network is projected once (`networks.project`); each territory's page
is the part of it around the territory's structures, with its own metrics, rendered by
`networks.render` like `maillage network partners --departement D`. A structure gets an
inline SVG of its partners rather than a page: a network page carries vis-network (650 KB),
2,176 structures at 10,000 fiches would make 1.4 GB.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from explorer.model import Territory
from networks.metrics import add_metrics
from networks.project import project
from networks.render import render
from queries.backends import Backend

__all__ = ["EGO_LIMIT", "Ego", "network_name", "partner_network", "structure_ego",
           "territory_network"]

EGO_LIMIT = 24
"""A structure's drawing shows at most this many partners (the most linked)."""
_KIND_NAMES = {"departement": "département", "region": "région"}


@dataclass(frozen=True)
class Ego:
    """A structure and its partners placed on a circle, for an inline SVG."""

    partners: list[tuple[str, int, float, float]]  # label, shared actions, x, y
    left_out: int


def partner_network(backend: Backend) -> nx.Graph:
    """The national partner network."""
    return project("partners", backend)


def network_name(territory: Territory) -> str:
    """The page of a territory's partner network, relative to the site's root."""
    return f"reseau/{territory.kind}-{territory.code}.html"


def territory_network(graph: nx.Graph, territory: Territory, out: Path) -> None:
    """Write the partner network page of `territory` under the site's folder `out`."""
    render(_local(graph, territory), out / network_name(territory), "html")


def _local(graph: nx.Graph, territory: Territory) -> nx.Graph:
    """The structures of `territory`, their partners and the links between them."""
    local = nx.Graph(kind="partners",
                     title=f"Réseau des partenaires — {territory.label}",
                     filters=f"{_KIND_NAMES[territory.kind]} = {territory.label}",
                     omitted_nodes=0, omitted_edges=0, omitted_reasons="", notes="")
    for structure in territory.structures:
        if structure.iri not in graph:
            continue
        local.add_node(structure.iri, **graph.nodes[structure.iri])
        for partner, attrs in graph[structure.iri].items():
            local.add_node(partner, **graph.nodes[partner])
            local.add_edge(structure.iri, partner, **attrs)
    add_metrics(local)
    return local


def structure_ego(graph: nx.Graph, structure_iri: str, radius: float = 150) -> Ego:
    """The structure's partners, most linked first, on a circle around it."""
    if structure_iri not in graph:
        return Ego([], 0)
    ranked = sorted(graph[structure_iri].items(),
                    key=lambda item: (-item[1]["weight"], graph.nodes[item[0]]["label"]))
    shown = ranked[:EGO_LIMIT]
    partners = []
    for index, (node, attrs) in enumerate(shown):
        angle = 2 * math.pi * index / len(shown) - math.pi / 2
        partners.append((graph.nodes[node]["label"], attrs["weight"],
                         round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1)))
    return Ego(partners, len(ranked) - len(shown))
