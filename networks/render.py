"""Write a network to a file: an offline HTML page, GraphML or GEXF for Gephi, node-link JSON."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from networks import FORMATS
from networks.collector import collector_paused
from networks.page import PAGE_LIMIT, page

__all__ = ["render"]

_SEPARATOR = " | "


def render(graph: nx.Graph, out: Path | str, fmt: str | None = None, *,
           max_nodes: int = PAGE_LIMIT, colour_by: str | None = None) -> Path:
    """Write `graph` to `out` as `fmt` (default: the file's suffix); return the path.

    GraphML and GEXF hold only scalars: lists become `" | "`-joined strings there.
    `max_nodes` limits the HTML page to the heaviest nodes; `colour_by` ("kind" or
    "community") chooses what its colours tell.
    """
    out = Path(out)
    fmt = fmt or out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        with collector_paused():
            text = page(graph, max_nodes=max_nodes, colour_by=colour_by)
        out.write_text(text, encoding="utf-8")
    elif fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(_scalars(graph), out)
    else:
        nx.write_gexf(_scalars(graph), out)
    return out


def _scalars(graph: nx.Graph) -> nx.Graph:
    flat = nx.Graph(**{key: _scalar(value) for key, value in graph.graph.items()})
    flat.add_nodes_from((n, _flatten(attrs)) for n, attrs in graph.nodes(data=True))
    flat.add_edges_from((u, v, _flatten(attrs)) for u, v, attrs in graph.edges(data=True))
    return flat


def _flatten(attrs: dict) -> dict:
    return {key: _scalar(value) for key, value in attrs.items() if value is not None}


def _scalar(value):
    return _SEPARATOR.join(map(str, value)) if isinstance(value, list | tuple | set) else value
