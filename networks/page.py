"""A network as one HTML page that works offline: vis-network, data and code inline.

pyvis builds the network (nodes, edges, options) and renders it through our own template:
pyvis' template.html loads Bootstrap, vis-network and tom-select from CDNs in every
`cdn_resources` mode and does not escape its heading. Ours inlines the vendored
vis-network from networks/assets.

Labels and tooltips are plain text end to end: Jinja escapes the title and summary, the
graph travels as JSON with `<`, `>` and `&` escaped, vis-network shows string tooltips as
text and the page's code only sets `textContent`. A Content-Security-Policy forbids any
request to another host.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from networks.trim import keep_edges, keep_top, summary

__all__ = ["EDGES_PER_NODE", "PAGE_LIMIT", "page"]

PAGE_LIMIT = 2_000
"""A page draws at most this many nodes (the heaviest); the summary says what was left out."""
EDGES_PER_NODE = 4
"""A page draws at most this many edges per node drawn (the strongest): 2,000 structures
share 47,000 edges at 10,000 fiches, too many to lay out or to read."""

_HERE = Path(__file__).resolve().parent
_KIND_COLOURS = {"structure": ("#4e79a7", "Structure"), "partner": ("#f28e2b", "Partenaire"),
                 "funder": ("#59a14f", "Financeur"), "keyword": ("#b07aa1", "Mot clé"),
                 "departement": ("#76b7b2", "Département"), "community": ("#edc948", "Communauté")}
"""What a page can colour the nodes by; by default, kind when it shows several."""
_PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6"]
_OTHER = "#bab0ac"
_LIST_LIMIT = 8
_FIELDS = [("departement", "Département"), ("region", "Région"), ("members", "Membres"),
           ("internal_weight", "Liens internes"), ("actions", "Actions"),
           ("degree", "Degré"), ("betweenness", "Intermédiarité"),
           ("community", "Communauté"), ("component", "Composante")]
# Jinja's `tojson` escapes `<`, `>`, `&` and `'`; sorted keys keep the page deterministic.
_JSON = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}


def page(graph: nx.Graph, *, max_nodes: int = PAGE_LIMIT, max_edges: int | None = None,
         colour_by: str | None = None) -> str:
    """The HTML page of `graph`, drawing its `max_nodes` heaviest nodes and their `max_edges`
    strongest edges (default: `EDGES_PER_NODE` per node drawn), its nodes coloured by kind
    or Louvain community (`colour_by`, one of `COLOUR_BY`; default: kind when there are
    several)."""
    shown = keep_top(graph, max_nodes, reason=f"page limitée aux {max_nodes} nœuds les plus liés")
    max_edges = max_edges or EDGES_PER_NODE * shown.number_of_nodes()
    shown = keep_edges(shown, max_edges,
                       reason=f"page limitée aux {max_edges} liens les plus forts")
    if colour_by is None:
        several = len({kind for _, kind in shown.nodes(data="kind")}) > 1
        colour_by = "kind" if several else "community"
    colour_by = {"kind": "type", "community": "communauté"}[colour_by]
    colours, legend = _colours(shown, colour_by)
    net = _network(shown, colours, heading=graph.graph.get("title", "Réseau"))
    # pyvis renders `net.path` from `net.templateEnv` with its own fixed variables (heading,
    # nodes, edges, options…); what else the page shows comes in as template globals.
    net.templateEnv = _environment(
        summary=summary(shown),
        method=f"{graph.graph.get('betweenness', '').capitalize()}.",
        colour_by=colour_by,
        legend=legend,
    )
    net.path = "page.html.j2"
    return net.generate_html()


def _network(graph: nx.Graph, colours: dict[str, str], heading: str) -> Network:
    # cdn_resources only steers pyvis' own template; "in_line" says what ours does.
    # Undirected, add_edge scans every edge added so far for the same pair: 10 s for a page
    # of 14,000 links. networkx already holds one edge per pair, so the network is declared
    # directed to skip that scan, and `arrows=""` keeps the links undirected on screen.
    net = Network(heading=heading, directed=True, cdn_resources="in_line")
    # Small integer ids rather than the nodes' IRIs keep the page light.
    ids = {node: index for index, node in enumerate(graph)}
    for node in graph:
        net.add_node(ids[node], **_node(graph, node, colours[node]))
    for u, v in graph.edges:
        net.add_edge(ids[u], ids[v], arrows="", **_edge(graph, u, v))
    # A dict, not set_options(): that parses JSON text after deleting every space in it.
    net.options = _options(len(graph))
    return net


def _node(graph: nx.Graph, node: str, colour: str) -> dict:
    attrs = graph.nodes[node]
    return {"label": attrs["label"], "title": _node_facts(attrs, node),
            "value": attrs.get("degree", graph.degree(node)), "color": colour}


def _node_facts(attrs: dict, node: str) -> str:
    kind = _KIND_COLOURS.get(attrs["kind"], ("", attrs["kind"]))[1]
    lines = [attrs["label"], f"Type : {kind.lower()}"]
    lines += [f"{name} : {attrs[key]}" for key, name in _FIELDS if attrs.get(key) not in (None, "")]
    lines.append(node)
    return "\n".join(lines)


def _edge(graph: nx.Graph, u: str, v: str) -> dict:
    attrs = graph.edges[u, v]
    lines = [f"{graph.nodes[u]['label']} — {graph.nodes[v]['label']}", f"Poids : {attrs['weight']}"]
    if "amount" in attrs:
        lines.append(f"Montant : {attrs['amount']:,.0f} €".replace(",", " "))
    lines += _listed("Organisations partagées", attrs.get("shared", []), attrs["weight"])
    lines += _listed("Actions", attrs.get("actions", []), attrs.get("action_count"))
    lines += _listed("Preuves", attrs.get("evidence", []), attrs.get("evidence_count"))
    return {"value": attrs["weight"], "title": "\n".join(lines)}


def _listed(heading: str, items: list[str], total: int | None) -> list[str]:
    """The first items under a heading; `total` counts those the projection did not keep."""
    if not items:
        return []
    lines = [f"{heading} :"] + [f"• {item}" for item in items[:_LIST_LIMIT]]
    left = (total or len(items)) - min(len(items), _LIST_LIMIT)
    if left > 0:
        lines.append(f"… et {left} autres")
    return lines


def _colours(graph: nx.Graph, colour_by: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    if colour_by == "type":
        kinds = sorted({kind for _, kind in graph.nodes(data="kind")})
        legend = [{"colour": _KIND_COLOURS[k][0], "label": _KIND_COLOURS[k][1]} for k in kinds]
        return {n: _KIND_COLOURS[k][0] for n, k in graph.nodes(data="kind")}, legend
    sizes: dict[int, int] = {}
    for _, community in graph.nodes(data="community"):
        sizes[community] = sizes.get(community, 0) + 1
    legend = [{"colour": _PALETTE[c], "label": f"Communauté {c} ({sizes[c]} nœuds)"}
              for c in sorted(sizes) if c < len(_PALETTE)]
    if len(sizes) > len(_PALETTE):
        others = len(sizes) - len(_PALETTE)
        legend.append({"colour": _OTHER, "label": f"{others} autres communautés"})
    colours = {n: _PALETTE[c] if c < len(_PALETTE) else _OTHER
               for n, c in graph.nodes(data="community")}
    return colours, legend


def _options(n: int) -> dict:
    return {
        "layout": {"randomSeed": 42, "improvedLayout": n <= 150},
        "nodes": {"shape": "dot", "font": {"size": 14},
                  "scaling": {"min": 6, "max": 36,
                              "label": {"enabled": True, "min": 12, "max": 20,
                                        "drawThreshold": 7}}},
        "edges": {"color": {"color": "#9aa5b1", "highlight": "#333", "opacity": 0.6},
                  "scaling": {"min": 1, "max": 8}, "smooth": False},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"springLength": 120, "avoidOverlap": 0.3},
                    "stabilization": {"iterations": max(50, min(1000, 150_000 // max(n, 1))),
                                      "updateInterval": 25}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > 500},
    }


def _json_text(text: str) -> Markup:
    """JSON text, such as pyvis' options, made safe inside a `<script>` element."""
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _environment(**page_globals: object) -> jinja2.Environment:
    """A Jinja environment for one page, whose globals hold what pyvis does not pass on."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.policies["json.dumps_kwargs"] = _JSON
    env.filters["json_text"] = _json_text
    env.globals.update(page_globals, vis_js=Markup(_vis_js()))
    return env


@cache
def _vis_js() -> str:
    code = (_HERE / "assets" / "vis-network.min.js").read_text(encoding="utf-8")
    return re.sub(r"^//# sourceMappingURL=.*$", "", code, flags=re.MULTILINE)
