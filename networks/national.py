"""National networks read from the links counted at build time (`network-link-lists`, one row
per structure and role, and `network-nodes`): the same nodes and weights as from every action,
without the titles and quotes behind each edge."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any, NamedTuple

from networks.counting import ITEM_LIMIT, Accumulator, hubs_of
from queries.backends import Backend, bound
from queries.runner import run_query

__all__ = ["LINK_ROLES", "from_links", "read_links"]

LINK_ROLES = {"partners": ("partner", "partner"), "funders": ("funder", "funder"),
               "structures": ("partner", "funder")}
"""The link roles each national network reads from `network-link-lists` (the kind of node the
bipartite ones give the organisations is the first)."""


def read_links(kind: str, backend: Backend) -> list[tuple[str, str, int]]:
    """(structure, organisation, actions) of the links the national `kind` network reads,
    from their lists (`network-link-lists`: one row per structure and role)."""
    roles = sorted(set(LINK_ROLES[kind]))
    links = []
    for structure, _, listed in run_query(backend, "network-link-lists", {"role": roles}).rows:
        for item in bound(listed).split(" | "):
            org, _, actions = item.rpartition(" ")
            links.append((bound(structure), org, int(actions)))
    return sorted(links)


def from_links(kind: str, backend: Backend, links: list[tuple[str, str, int]]
                ) -> Accumulator:
    """The national `kind` network from the links counted at build time: the same nodes and
    weights as from every action, without the titles and quotes behind each edge.

    A structure counts all its actions (not only those with a partner or funder). In the
    structures network an edge's `action_count` adds up the actions of both structures naming
    each shared organisation (an action naming two counts twice).
    """
    acc = Accumulator()
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
        acc.nodes[org] = {"kind": LINK_ROLES[kind][0], "label": facts[org].label}
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


def _counted_sharing(acc: Accumulator, by_org: Mapping[str, Mapping[str, int]],
                     org_labels: Mapping[str, str]) -> None:
    """`link_sharing` for counted links, by sparse matrix products (scipy): with `B` the
    structures-by-organisations matrix of action counts (hubs left out) and `N` its pattern,
    `N·Nᵀ` counts the organisations two structures share (the weight) and `B·Nᵀ + N·Bᵀ` adds
    up their actions naming them, and the columns summed over the shared organisations name
    the one shared when there is one (most edges); Python only intersects the organisations of
    the other pairs. At 100,000 fiches (279,559 edges) this takes 0.8 s where Python loops
    over every pair took 2.4 s."""
    import numpy as np
    from scipy import sparse

    hubs = hubs_of(acc, by_org, org_labels)
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
