"""Imports run one way: each package imports only itself and the packages below it, and no
module imports one that imports it back."""

from __future__ import annotations

import ast
import graphlib
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("storage", "ontology", "loader", "queries", "networks", "explorer", "maillage")
"""The packages from the bottom up: the data flows from left to right."""
MODULES = sorted(path for package in LAYERS for path in (ROOT / package).rglob("*.py"))


def module_name(path: Path) -> str:
    """The dotted name of the module at `path` (a package's `__init__.py`: the package)."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path) -> set[str]:
    """Every dotted name the module at `path` imports, anywhere in its code: modules, and
    `module.name` for the names it takes from them."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def imported_packages(path: Path) -> set[str]:
    """The packages of `LAYERS` that the module at `path` imports."""
    return {name.split(".")[0] for name in imported_names(path)} & set(LAYERS)


def test_imported_packages_reads_every_kind_of_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import ontology\nimport json\ndef f():\n    from queries.runner import x\n")
    assert imported_packages(module) == {"ontology", "queries"}


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_module_imports_a_higher_layer(path: Path) -> None:
    layer = LAYERS.index(path.relative_to(ROOT).parts[0])
    higher = {name for name in imported_packages(path) if LAYERS.index(name) > layer}
    assert higher == set()


def test_no_module_imports_one_that_imports_it_back() -> None:
    names = {module_name(path): path for path in MODULES}
    graph = {name: (imported_names(path) & set(names)) - {name} for name, path in names.items()}
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError naming the cycle


def test_every_package_is_type_checked_and_its_examples_run() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    assert sorted(config["mypy"]["packages"]) == sorted(LAYERS)
    assert sorted(config["pytest"]["ini_options"]["testpaths"]) == sorted([*LAYERS, "tests"])
    assert config["pytest"]["ini_options"]["addopts"] == ["--doctest-modules"]
    assert sorted(path.parent.name for path in ROOT.glob("*/py.typed")) == sorted(LAYERS)
