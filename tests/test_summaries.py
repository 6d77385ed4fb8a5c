"""The queries that read build-time summaries (loader/summaries.py) give the rows of the live
aggregations they replace (`tests/data/live/*.rq`, the queries as they were), on the sample.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from loader.summaries import add_summaries
from queries.backends import EmbeddedBackend
from queries.runner import catalogue, run_query

DATA = Path(__file__).parent / "data"
LIVE = DATA / "live"
SUMMARISED = sorted(path.stem for path in LIVE.glob("*.rq"))


@pytest.fixture(scope="module")
def backend(sample_store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(sample_store)


def normalised(rows: list[tuple[str | None, ...]]) -> list[tuple]:
    """Rows sorted, each " | "-joined cell (GROUP_CONCAT, in no set order) sorted too."""
    return sorted((tuple(" | ".join(sorted(cell.split(" | "))) if cell else cell
                         for cell in row) for row in rows), key=repr)


def test_every_query_reading_summaries_has_its_live_aggregation() -> None:
    reading = sorted(query.name for query in catalogue()
                     if "loader/summaries.py" in query.description)
    assert reading == SUMMARISED


@pytest.mark.parametrize("name", SUMMARISED)
def test_summaries_equal_the_live_aggregation(name: str, backend: EmbeddedBackend) -> None:
    summarised = run_query(backend, name)
    live = run_query(backend, LIVE / f"{name}.rq")
    assert summarised.columns == live.columns
    assert summarised.rows
    assert normalised(summarised.rows) == normalised(live.rows)


def test_a_name_holding_a_line_break_keeps_the_columns_of_the_rows_written_at_build_time(
        tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "store"))
    store.load(path=DATA / "line-break-names.ttl", format=ox.RdfFormat.TURTLE)
    add_summaries(store)
    store.flush()
    del store
    backend = EmbeddedBackend(tmp_path / "store")
    # the name comes last in a funder's row: whole, line break included (and a funder of
    # structures without département, unknown kind or amount has empty lines there)
    funders = run_query(backend, "funders")
    assert funders.rows == [("Amicale des\nlocataires", None, "1", "1200", None),
                            ("CAF", None, "1", None, None)]
    assert funders == run_query(backend, LIVE / "funders.rq")
    # the first name of a pair has its line break written as a space
    assert run_query(backend, "co-funders").rows == [("Amicale des locataires", "CAF", "1")]
