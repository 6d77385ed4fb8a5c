"""Shared fixtures: the sample built once into a store, a CLI runner, and headless Chromium
(launched only by the tests that ask for it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from loader.pipeline import SAMPLE, build

DATA = Path(__file__).resolve().parent / "data"
ESCAPE = DATA / "network-escape.txt"  # fiches whose title and structure name hold markup
HOSTILE = DATA / "site-hostile.txt"  # the same, and quotes and </script> in title and résumé


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample built into a store shared by the whole session."""
    store = tmp_path_factory.mktemp("sample") / "store"
    build([SAMPLE], store, report=lambda problem: None)
    return store


@pytest.fixture(scope="session")
def escape_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fiches with markup in their labels, built once for the network and page tests."""
    store = tmp_path_factory.mktemp("escape") / "store"
    build([ESCAPE], store, report=lambda problem: None)
    return store


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile fiches of the site tests, built once."""
    store = tmp_path_factory.mktemp("hostile") / "store"
    build([HOSTILE], store, report=lambda problem: None)
    return store


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Chromium driven by Playwright, one for the whole session."""
    from browser import chromium

    with chromium() as launched:
        yield launched
