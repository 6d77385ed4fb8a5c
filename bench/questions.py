"""What the benchmark times: the questions of issue 11 with their targets, the national
networks, and the parameter values picked on each store (`picks`), resolved and bound by
`queries.runner.prepare` (`plan_query`). Shared by `run.py` and `latency.py`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TWO_HOP = BENCH / "two-hop.rq"


@dataclass(frozen=True)
class Bench:
    """A timed query: its label, the named query (or .rq file), the parameter roles it binds
    (role → parameter name), its target and its paging."""

    label: str
    query: str
    roles: tuple[tuple[str, str], ...] = ()
    target_ms: float | None = None
    limit: int | None = None
    ordered: bool = True


QUERIES = (
    Bench("who-funds-what, one département", "who-funds-what",
          (("departement", "departement"),), 20),
    Bench("actions of one département", "actions", (("departement", "departement"),), 20),
    Bench("evidence of one action", "evidence", (("action", "action"),), 20),
    Bench("partners of one structure", "partners", (("structure", "structure"),), 20),
    Bench("actions-by-keyword, one keyword in one département", "actions-by-keyword",
          (("keyword", "keyword"), ("departement", "departement")), 20),
    Bench("who-funds-what, one funder: first page (50, unordered)", "who-funds-what",
          (("funder", "funder"),), 20, 50, False),
    Bench("who-funds-what, one funder: every row", "who-funds-what",
          (("funder", "funder"),), 1000),
    Bench("funders (summaries)", "funders", (), 50),
    Bench("co-funders (summaries)", "co-funders", (), 50),
    Bench("actions-by-keyword, one keyword (national)", "actions-by-keyword",
          (("keyword", "keyword"),)),
    Bench("structures (national list)", "structures"),
    Bench("two-hop: structures sharing a partner", str(TWO_HOP), (("structure", "structure"),)),
)
NETWORKS = ("structures", "partners")
NETWORK_TARGET_S = 10

# The values the queries are run with: the busiest funder and keyword, the département of the
# issue's figures (Lozère: a typical one), the structure with the median number of actions
# and the first of its actions (by its IRI path, which names one action).
DEPARTEMENT = "Lozère"
_PREFIXES = """PREFIX mlg: <https://w3id.org/maillage/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
PICKS = {
    "funder": _PREFIXES + """SELECT ?key WHERE {
        ?f mlg:fundedActions ?n . BIND(REPLACE(STR(?f), "^.*/", "") AS ?key) }
        ORDER BY DESC(?n) ?key LIMIT 1""",
    "keyword": _PREFIXES + """SELECT ?label WHERE {
        ?k skos:inScheme <https://w3id.org/maillage/id/keyword> ; mlg:actionCount ?n ;
           skos:prefLabel ?label }
        ORDER BY DESC(?n) ?label LIMIT 1""",
    "structure": _PREFIXES + """SELECT ?label ?s WHERE {
        ?s a mlg:Structure ; mlg:actionCount ?n ; rdfs:label ?label }
        ORDER BY ?n ?s""",
}



def picks(backend: object) -> dict[str, str | None]:
    """The parameter value of each role on this store (None when the data has none)."""
    found: dict[str, str | None] = {"departement": DEPARTEMENT}
    for role in ("funder", "keyword"):
        rows = backend.select(PICKS[role]).rows
        found[role] = rows[0][0] if rows else None
    structures = backend.select(PICKS["structure"]).rows
    found["structure"] = found["action"] = None
    if structures:
        label, iri = structures[len(structures) // 2]
        found["structure"] = label
        actions = backend.select(_PREFIXES + f"SELECT ?a WHERE {{ ?a mlg:organiser <{iri}> }} "
                                 "ORDER BY ?a LIMIT 1").rows
        found["action"] = actions[0][0].split("/id/action/", 1)[1] if actions else None
    return found



def plan_query(backend: object, bench: Bench, picked: dict) -> dict:
    """The query's resolved and bound text (`queries.runner.prepare`), or why it is skipped."""
    from queries.backends import QueryError
    from queries.runner import load_query, prepare

    try:
        query = load_query(bench.query)
    except QueryError:
        return {"label": bench.label, "note": f"skipped: no query {bench.query}"}
    params = {name: picked[role] for role, name in bench.roles if picked.get(role)}
    missing = [role for role, _ in bench.roles if not picked.get(role)]
    note = f"no {', '.join(missing)} in the data" if missing else ""
    try:
        text = prepare(backend, query, params, limit=bench.limit, ordered=bench.ordered)
    except QueryError as error:
        return {"label": bench.label, "note": f"skipped: {error}"}
    return {"label": bench.label, "name": query.name, "params": params, "note": note,
            "text": text}

