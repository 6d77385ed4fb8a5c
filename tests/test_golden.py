"""Every named query gives the rows of the queries it replaced, on the sample, with and
without its example parameters: `tests/data/golden-rows.json` holds the rows of the query
files of commit 11e381d (labels compared in FILTERs, before parameters were resolved to IRIs
and counts read from summaries), run with that commit's runner on the sample store of the
current build (re-recorded so whenever extraction changes what the store holds).

A query may add columns at the end: the recorded columns are compared. Queries without a
final ORDER BY (the network queries) are compared as sorted rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from queries.backends import EmbeddedBackend
from queries.runner import load_query, run_query

GOLDEN = json.loads((Path(__file__).parent / "data" / "golden-rows.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def backend(sample_store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(sample_store)


@pytest.mark.parametrize("case", sorted(GOLDEN))
def test_rows_are_those_recorded_before_the_rewrite(case: str, backend: EmbeddedBackend
                                                    ) -> None:
    recorded = GOLDEN[case]
    result = run_query(backend, recorded["query"], recorded["params"])
    width = len(recorded["columns"])
    assert result.columns[:width] == recorded["columns"]
    rows = [list(row[:width]) for row in result.rows]
    if "\nORDER BY" not in load_query(recorded["query"]).text:
        rows, recorded_rows = sorted(rows, key=repr), sorted(recorded["rows"], key=repr)
    else:
        recorded_rows = recorded["rows"]
    assert rows == recorded_rows
