"""The vocabulary of synthetic fiches, kept as data in `maillage/data/synth-*.txt`: sections
of weighted templates (keywords, funders and their notations, partners, sentences) and the
départements with their towns.

A template is a plain string, or its parts: literals and `{slot}` names to fill (`{^slot}` in
capitals).

>>> compile_template("la {partner} de {^town}")
('la ', ('partner', False), ' de ', ('town', True))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ontology.reference import departements

__all__ = ["Choice", "Departement", "Template", "compile_template", "vocabulary"]

_DATA = Path(__file__).resolve().parent.parent / "data"
_SLOT = re.compile(r"\{(\^?)([a-z_@]+)\}")

Template = str | tuple[str | tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class Choice:
    """A section of the vocabulary: templates, their cumulative weights, their groups."""

    items: tuple[Template, ...]
    cumulative: tuple[float, ...]
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Departement:
    """A département as fiches name it: its article form ("du Gers") and a few towns."""

    code: str
    name: str
    name_de: str
    region: str
    towns: tuple[str, ...]


def compile_template(text: str) -> Template:
    """`text` as a plain string, or as parts: literals and (slot, in capitals) pairs."""
    if "{" not in text:
        return text
    parts: list[str | tuple[str, bool]] = []
    end = 0
    for match in _SLOT.finditer(text):
        if match.start() > end:
            parts.append(text[end : match.start()])
        parts.append((match.group(2), bool(match.group(1))))
        end = match.end()
    if end < len(text):
        parts.append(text[end:])
    return tuple(parts)


def _sections(name: str) -> dict[str, list[list[str]]]:
    """The `[section]`s of data file `name`: their entries, split into columns on "|"."""
    sections: dict[str, list[list[str]]] = {"": []}
    current = sections[""]
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append([column.strip() for column in line.split("|")])
    return sections


def _choice(entries: list[list[str]]) -> Choice:
    total = 0.0
    cumulative = []
    for entry in entries:
        total += float(entry[1]) if len(entry) > 1 else 1.0
        cumulative.append(total)
    return Choice(
        items=tuple(compile_template(entry[0]) for entry in entries),
        cumulative=tuple(cumulative),
        groups=tuple(entry[2] if len(entry) > 2 else "" for entry in entries),
    )


@cache
def vocabulary() -> tuple[dict[str, Choice], tuple[Departement, ...], tuple[int, ...]]:
    """The sections of both vocabulary files, the départements and their weights."""
    sections = _sections("synth-lists.txt") | _sections("synth-sentences.txt")
    choices = {name: _choice(entries) for name, entries in sections.items()}
    names = {d.code: d for d in departements()}
    found, weights = [], []
    for code, name_de, weight, towns in _sections("synth-departements.txt")[""]:
        reference = names[code]
        found.append(
            Departement(
                code, reference.name, name_de, reference.region_name, tuple(towns.split(", "))
            )
        )
        weights.append(int(weight))
    return choices, tuple(found), tuple(weights)

