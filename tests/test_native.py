"""The compiled reading modules (`loader.native`): used only when built from the sources at
hand, and reading exactly as the Python does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import loader
from loader.emit import Emitter
from loader.extract import extract
from loader.native import MANIFEST, MODULES, activate, fingerprint
from loader.parse import parse_export
from loader.pipeline import SAMPLE, unique_records
from maillage.evaluate import SETS

ROOT = Path(__file__).resolve().parent.parent
# Every annotated set and the fiches written for the rules: what the rules were measured on.
FICHES = [SAMPLE, Path(__file__).parent / "data" / "fiches-open-world.txt",
          *(fiches for fiches, _ in SETS.values() if fiches.exists())]
# Run as Python (MAILLAGE_NATIVE=0): the same extraction and emission, printed.
_AS_PYTHON = """
import sys
from tests.test_native import FICHES, read
sys.stdout.write(read(FICHES))
"""
needs_build = pytest.mark.skipif(not loader.NATIVE, reason="no native build: `make native`")


def read(paths: list[Path]) -> str:
    """Each fiche of `paths` extracted and emitted: its fundings, partnerships and budget, then
    its N-Triples."""
    emitter = Emitter()
    out = []
    for path in paths:
        for iri_path, record in unique_records(parse_export(path), lambda problem: None):
            found = extract(record)
            out += [repr((found.fundings, found.partnerships, found.budget)),
                    *emitter.record(found, iri_path)]
    return "\n".join(out)


def _as_python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "MAILLAGE_NATIVE": "0"}, check=False)


def _build(directory: Path, built_from: str) -> Path:
    (directory / MANIFEST).write_text(json.dumps({"fingerprint": built_from}), encoding="utf-8")
    return directory


def test_a_build_of_these_sources_goes_before_them(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delenv("MAILLAGE_NATIVE", raising=False)
    path = ["/src/loader"]
    assert activate(path, _build(tmp_path, fingerprint()))
    assert path == [str(tmp_path / "loader"), "/src/loader"]
    assert str(tmp_path) in sys.path


def test_a_build_of_other_sources_is_not_used(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAILLAGE_NATIVE", raising=False)
    path = ["/src/loader"]
    assert not activate(path, _build(tmp_path, "0" * 64))
    assert not activate(path, tmp_path / "nothing-built-here")
    (tmp_path / MANIFEST).write_text("{not json", encoding="utf-8")
    assert not activate(path, tmp_path)
    assert path == ["/src/loader"]


def test_maillage_native_0_runs_the_python(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILLAGE_NATIVE", "0")
    path = ["/src/loader"]
    assert not activate(path, _build(tmp_path, fingerprint()))
    assert path == ["/src/loader"]


def test_the_fingerprint_changes_with_any_compiled_source(tmp_path: Path) -> None:
    for name in MODULES:
        (tmp_path / f"{name}.py").write_text(f"# {name}\n", encoding="utf-8")
    before = fingerprint(tmp_path)
    (tmp_path / "money.py").write_text("# money, edited\n", encoding="utf-8")
    assert fingerprint(tmp_path) != before


@needs_build
def test_compiled_modules_read_and_emit_as_the_python_does() -> None:
    result = _as_python("-c", _AS_PYTHON)
    assert result.returncode == 0, result.stderr[-2000:]
    compiled = read(FICHES)
    assert compiled.count("\n") > 10_000  # every set read, not an empty run
    assert compiled == result.stdout


@needs_build
def test_the_examples_of_compiled_modules_pass_as_python() -> None:
    result = _as_python("-m", "pytest", "-q", "-p", "no:cacheprovider",
                        *(f"loader/{name}.py" for name in MODULES))
    assert result.returncode == 0, result.stdout[-2000:]
    assert " passed" in result.stdout
