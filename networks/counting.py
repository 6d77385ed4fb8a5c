"""Counting a network from the rows of `queries/network-{kind}.rq` (one row per action and
linked thing) with plain dicts, which stays fast where `nx.bipartite` projections do not, then
the networkx graph of what was counted (`to_graph`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from queries.backends import bound

__all__ = ["BUILDERS", "HUB_LIMIT", "ITEM_LIMIT", "Accumulator", "Row", "hubs_of",
           "link_sharing", "pairs", "to_graph"]

HUB_LIMIT = 50
"""In the structures network, an organisation named by more structures links them all
to each other and says nothing about any pair: it is left out and named in the summary."""


ITEM_LIMIT = 20
"""An edge keeps at most this many action titles, quotes and shared organisations; its
`action_count`, `evidence_count` and `weight` keep the totals. Hub organisations otherwise
copy every action into hundreds of edges."""
Row = dict[str, str | None]


@dataclass
class Accumulator:
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


def _bipartite(other: str, other_kind: str):
    def build(acc: Accumulator, rows: list[Row]) -> None:
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


def _build_structures(acc: Accumulator, rows: list[Row]) -> None:
    by_org: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    org_labels: dict[str, str] = {}
    for row in rows:
        structure = _add_structure(acc, row)
        org = bound(row["org"])
        by_org[org][structure][bound(row["action"])] = bound(row["actionTitle"])
        org_labels[org] = bound(row["orgLabel"])
    link_sharing(acc, by_org, org_labels, lambda pair, orgs: _shared_edge(
        pair, [by_org[org] for org in orgs], sorted({org_labels[org] for org in orgs})))


def link_sharing(acc: Accumulator, by_org: Mapping[str, Mapping[str, Any]],
                  org_labels: Mapping[str, str],
                  edge: Callable[[tuple[str, str], list[str]], dict]) -> None:
    """Link the structures named by the same organisation, except hubs (see `HUB_LIMIT`):
    `by_org[org]` holds the structures `org` is named by; `edge` makes an edge's attributes
    from its pair and the organisations they share."""
    hubs = hubs_of(acc, by_org, org_labels)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for org in sorted(set(by_org) - hubs):
        for pair in pairs(by_org[org]):
            shared[pair].append(org)
    for pair, orgs in shared.items():
        acc.edges[pair] = edge(pair, orgs)


def hubs_of(acc: Accumulator, by_org: Mapping[str, Mapping[str, Any]],
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


def _build_keywords(acc: Accumulator, rows: list[Row]) -> None:
    by_action: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    for row in rows:
        keyword = _add_node(acc, bound(row["keyword"]), "keyword", bound(row["keywordLabel"]), row)
        action = bound(row["action"])
        by_action[action].add(keyword)
        titles[action] = bound(row["actionTitle"])
    for action, keywords in by_action.items():
        for pair in pairs(keywords):
            acc.edge_actions[pair][action] = titles[action]


BUILDERS = {
    "partners": _bipartite("partner", "partner"),
    "funders": _bipartite("funder", "funder"),
    "structures": _build_structures,
    "keywords": _build_keywords,
}


def _add_structure(acc: Accumulator, row: Row) -> str:
    node = bound(row["structure"])
    if node not in acc.nodes:
        acc.nodes[node] = {"kind": "structure", "label": row["structureLabel"],
                           "departement": row["departement"] or "", "region": row["region"] or ""}
    acc.node_actions[node].add(bound(row["action"]))
    return node


def _add_node(acc: Accumulator, node: str, kind: str, label: str, row: Row) -> str:
    acc.nodes.setdefault(node, {"kind": kind, "label": label})
    acc.node_actions[node].add(bound(row["action"]))
    return node


def _link(acc: Accumulator, first: str, second: str, row: Row) -> tuple[str, str]:
    pair = (first, second)
    acc.edge_actions[pair][bound(row["action"])] = bound(row["actionTitle"])
    return pair


def _evidence(row: Row) -> str:
    where = f" (ligne {row['line']})" if row.get("line") else ""
    return f"« {row['quote']} » — {row['actionTitle']}{where}"


def pairs(items: Iterable[str]) -> Iterator[tuple[str, str]]:
    ordered = sorted(items)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            yield first, second


def to_graph(acc: Accumulator) -> nx.Graph:
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
