"""Synthetic SENACS exports: N realistic fiches action in the exact export format.

The vocabulary (keywords, funders and their notations, partners, sentence templates) lives in
`maillage/data/synth-*.txt`; this module only draws from it. The output is a function of
`(n, seed)` alone, and is written fiche by fiche, so a 100,000-fiche file never sits in memory.

>>> chunk = next(fiches(1, seed=0))
>>> chunk.splitlines()[:2]
['Les actions des centres sociaux', 'Actions']
"""

from __future__ import annotations

import math
import os
import random
import re
from bisect import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TextIO

from loader.records import ACTIONS, FIELDS, PAGE_HEADER
from ontology.keys import slug
from ontology.reference import departements

__all__ = ["SynthSummary", "fiches", "synthesize"]

_DATA = Path(__file__).resolve().parent / "data"
_RESERVED = frozenset({*FIELDS.values(), ACTIONS, PAGE_HEADER})
_STRUCTURES = 5000  # SENACS counts about 4,000 structures; some never write a fiche
_STAY = 0.45  # chance that the next fiche comes from the same structure (exports are grouped)
_DUPLICATE = 0.005  # chance that a fiche is written twice in a row, byte for byte
_PAGE_BREAK = 0.04  # chance of a page header before a fiche
# French contractions that slot filling breaks ("à les familles" -> "aux familles").
_CONTRACTIONS = (
    (" à les ", " aux "),
    (" de les ", " des "),
    (" de des ", " de "),
    (" à le ", " au "),
    (" de le ", " du "),
    (" par le la ", " par la "),
)
_SLOT = re.compile(r"\{(\^?)([a-z_@]+)\}")

Template = str | tuple[str | tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class SynthSummary:
    """What `synthesize` wrote: fiches (duplicates included), distinct structures, bytes."""

    fiches: int
    duplicates: int
    structures: int
    departements: int
    bytes: int


@dataclass(frozen=True, slots=True)
class _Choice:
    """A section of the vocabulary: templates, their cumulative weights, their groups."""

    items: tuple[Template, ...]
    cumulative: tuple[float, ...]
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Departement:
    code: str
    name: str
    name_de: str
    region: str
    towns: tuple[str, ...]


@dataclass(slots=True)
class _Structure:
    name: str
    departement: _Departement
    town: str
    titles: set[str]
    partners: list[str]


def _compile(text: str) -> Template:
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


def _choice(entries: list[list[str]]) -> _Choice:
    total = 0.0
    cumulative = []
    for entry in entries:
        total += float(entry[1]) if len(entry) > 1 else 1.0
        cumulative.append(total)
    return _Choice(
        items=tuple(_compile(entry[0]) for entry in entries),
        cumulative=tuple(cumulative),
        groups=tuple(entry[2] if len(entry) > 2 else "" for entry in entries),
    )


@cache
def _vocabulary() -> tuple[dict[str, _Choice], tuple[_Departement, ...], tuple[int, ...]]:
    """The sections of both vocabulary files, the départements and their weights."""
    sections = _sections("synth-lists.txt") | _sections("synth-sentences.txt")
    vocabulary = {name: _choice(entries) for name, entries in sections.items()}
    names = {d.code: d for d in departements()}
    found, weights = [], []
    for code, name_de, weight, towns in _sections("synth-departements.txt")[""]:
        reference = names[code]
        found.append(
            _Departement(
                code, reference.name, name_de, reference.region_name, tuple(towns.split(", "))
            )
        )
        weights.append(int(weight))
    return vocabulary, tuple(found), tuple(weights)


class _Generator:
    """Draws fiches one by one from one `random.Random`; counts what it drew."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocabulary, departements, weights = _vocabulary()
        self.slots: dict[str, Callable[[], str]] = {
            "town": self._town,
            "town_de": self._town_de,
            "dept": lambda: self.structure.departement.name,
            "dept_de": lambda: self.structure.departement.name_de,
            "region": lambda: self.structure.departement.region,
            "code": lambda: self.structure.departement.code,
            "year": lambda: str(self.rng.randint(2016, 2024)),
            "n": lambda: str(self.rng.choice((2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 15))),
            "big": lambda: str(self.rng.randint(20, 600)),
            "amount": lambda: _amount(self.rng, self._value()),
            "funder": lambda: self._draw("funder"),
            "partner": self._partner,
            "hour": lambda: self.rng.choice(("9h", "9h30", "10h", "14h", "14h30", "17h")),
        }
        self.by_group: dict[str, dict[str, tuple[_Choice | None, _Choice]]] = {}
        self._theme("")
        self.structures = self._structures(departements, weights)
        cumulative, total = [], 0.0
        for _ in self.structures:
            total += self.rng.lognormvariate(0.0, 1.3)
            cumulative.append(total)
        self.structure_weights = cumulative
        self.current = 0
        self.used: set[int] = set()
        self.duplicates = 0

    # --- structures -------------------------------------------------------------------

    def _structures(
        self, departements: tuple[_Departement, ...], weights: tuple[int, ...]
    ) -> list[_Structure]:
        """The national pool: one structure per département first, then by weight."""
        cumulative, total = [], 0
        for weight in weights:
            total += weight
            cumulative.append(total)
        pool = []
        names: dict[str, set[str]] = {}  # slugs of the names, by département, unique like IRIs
        for index in range(_STRUCTURES):
            if index < len(departements):
                departement = departements[index]
            else:
                departement = departements[bisect(cumulative, self.rng.random() * total)]
            town = departement.towns[min(int(self.rng.expovariate(1.2)), 2)]
            structure = _Structure("", departement, town, set(), [])
            self.structure = structure
            seen = names.setdefault(departement.code, set())
            structure.name = self._unique(lambda: self._draw("structure"), seen)
            pool.append(structure)
        return pool

    def _unique(self, draw: Callable[[], str], seen: set[str]) -> str:
        """A drawn text whose slug is not in `seen` yet (numbered after a few tries)."""
        for _ in range(8):
            text = draw()
            key = slug(text)
            if key and key not in seen and text not in _RESERVED:
                break
        else:
            text = f"{text} {len(seen) + 1}"
            key = slug(text)
        seen.add(key)
        return text

    def _next_structure(self) -> _Structure:
        if self.rng.random() >= _STAY:
            total = self.structure_weights[-1]
            self.current = bisect(self.structure_weights, self.rng.random() * total)
        self.used.add(self.current)
        return self.structures[self.current]

    # --- slots ------------------------------------------------------------------------

    def _pick(self, name: str) -> Template:
        """An entry of section `name`: of its theme variant 3 times in 4, when there is one."""
        themed, section = self.sections.get(name) or self._sections(name)
        if themed is not None and self.rng.random() < 0.75:
            section = themed
        index = bisect(section.cumulative, self.rng.random() * section.cumulative[-1])
        return section.items[index]

    def _sections(self, name: str) -> tuple[_Choice | None, _Choice]:
        """Section `name` of the current group, and the section to use otherwise."""
        themed = self.vocabulary.get(f"{name}@{self.group}")
        section = self.vocabulary.get(name) or themed
        if section is None:
            raise KeyError(f"no section [{name}] in the synth vocabulary")
        self.sections[name] = found = (themed, section)
        return found

    def _theme(self, group: str) -> None:
        """Draw from the sections of vocabulary group `group` from now on."""
        self.group = group
        self.sections = self.by_group.setdefault(group, {})

    def _draw(self, name: str) -> str:
        return self._render(self._pick(name))

    def _render(self, template: Template) -> str:
        if isinstance(template, str):
            return template
        out = []
        for part in template:
            if isinstance(part, str):
                out.append(part)
                continue
            name, upper = part
            slot = self.slots.get(name)
            value = slot() if slot is not None else self._draw(name)
            out.append(value.upper() if upper else value)
        return "".join(out)

    def _town(self) -> str:
        if self.rng.random() < 0.6:
            return self.structure.town
        return self.rng.choice(self.structure.departement.towns)

    def _town_de(self) -> str:
        town = self._town()
        de = "d'" if town[0] in "AEIOUÉÈH" else "de "
        return f"du Pays {de}{town}" if self.rng.random() < 0.3 else f"{de}{town}"

    def _partner(self) -> str:
        """A named partner: often one of the structure's own, else Zipf-like over all."""
        own = self.structure.partners
        if len(own) >= 3 and self.rng.random() < 0.6:
            return self.rng.choice(own)
        section = self.vocabulary["partner"]
        index = int(math.exp(self.rng.random() * math.log(len(section.items) + 1))) - 1
        name = self._render(section.items[index])
        if len(own) < 8:
            own.append(name)
        return name

    def _value(self) -> int:
        value = self.rng.lognormvariate(math.log(2500), 1.3)
        if value < 100:
            return max(10, round(value))
        step = 10 if value < 1000 else self.rng.choice((1, 50, 100, 100, 500))
        return max(step, round(value / step) * step)

    # --- fiches -----------------------------------------------------------------------

    def fiche(self) -> str:
        """The next fiche: its lines, newline-terminated."""
        rng = self.rng
        self.structure = structure = self._next_structure()
        keywords = self._keywords()
        self._theme(self.vocabulary["keywords"].groups[keywords[0]] if keywords else "")
        verbosity = rng.lognormvariate(0.15, 0.75)
        lines = [ACTIONS, self._title(structure), FIELDS["structure"]]
        lines.append(f"- {structure.name} - {structure.departement.name}")
        if rng.random() < 0.92:
            lines.append(FIELDS["files"])
            if rng.random() < 0.04:
                lines.append(self._draw("file"))
        status = self._draw("status")
        lines += [FIELDS["status"], f"- {status}"]
        if status == "Terminée":
            lines.append(FIELDS["end_reason"])
            self._text(lines, "end_reason", 0.35, 1.2 * verbosity)
        lines.append(FIELDS["dimension"])
        dimension = self._draw("dimension")
        if dimension:
            lines.append(f"- {dimension}")
        lines += [FIELDS["keywords"], "-"]
        names = self.vocabulary["keywords"].items
        lines += [f"- {names[index]}" for index in keywords]
        lines.append(FIELDS["summary"])
        self._text(lines, "summary", 0.03, 4.0 * verbosity)
        initiative = self._items("initiative", 1 + int(rng.expovariate(3.0)))
        lines += [FIELDS["initiative"], "-", *(f"- {item}" for item in initiative)]
        if ("Autre" in initiative and rng.random() < 0.9) or rng.random() < 0.04:
            lines.append(FIELDS["initiative_detail"])
            self._text(lines, "precision", 0.0, 1.0)
        territory = f"- {self._draw('territory_scope')}"
        lines += [FIELDS["territory"], territory, FIELDS["description"]]
        self._description(lines, verbosity)
        lines.append(FIELDS["public"])
        lines += [f"- {item}" for item in self._items("public", 1 + int(rng.random() < 0.1))]
        lines += [FIELDS["partners_intro"], "-", FIELDS["partner_types"]]
        types = self._items("partner_type", 1 if rng.random() < 0.7 else rng.randint(2, 4))
        lines += [f"- {item}" for item in types]
        lines += [FIELDS["territory"], territory, FIELDS["general_description"]]
        self._text(lines, "general", 0.12, 5.0 * verbosity, bullets="phase")
        lines.append(FIELDS["financial_resources"])
        self._financial(lines, verbosity)
        lines.append(FIELDS["people"])
        self._text(lines, "people", 0.25, 1.6 * verbosity, sentence=False)
        for key, section, empty, size in _RESULTS:
            lines.append(FIELDS[key])
            self._text(lines, section, empty, size * verbosity, bullets=section)
        text = "\n".join(lines) + "\n"
        for wrong, right in _CONTRACTIONS:
            text = text.replace(wrong, right)
        return text

    def _keywords(self) -> list[int]:
        """Indexes of the fiche's keywords, main theme first, the rest in export order."""
        section = self.vocabulary["keywords"]
        if self.rng.random() < 0.02:
            return []
        count = min(1 + int(self.rng.expovariate(0.55)), 9)
        chosen: list[int] = []
        for _ in range(count * 3):
            index = bisect(section.cumulative, self.rng.random() * section.cumulative[-1])
            if index not in chosen:
                chosen.append(index)
            if len(chosen) == count:
                break
        return [chosen[0], *sorted(chosen[1:])]

    def _items(self, name: str, count: int) -> list[str]:
        """`count` distinct entries of list section `name`, in the section's order."""
        found = {self._draw(name) for _ in range(count)}
        return [item for item in self._labels(name) if item in found]

    def _labels(self, name: str) -> list[str]:
        labels = [item for item in self.vocabulary[name].items if isinstance(item, str)]
        themed = self.vocabulary.get(f"{name}@{self.group}")
        extra = [item for item in themed.items if isinstance(item, str)] if themed else []
        return labels + [item for item in extra if item not in labels]

    def _title(self, structure: _Structure) -> str:
        return self._unique(lambda: self._draw("title_form"), structure.titles)

    def _sentence(self, section: str) -> str:
        text = self._draw(section).strip().replace("  ", " ")
        if self.rng.random() < 0.95:
            text = text[:1].upper() + text[1:]
        if self.rng.random() < 0.06:
            text = _typo(self.rng, text)
        return text

    def _text(
        self,
        lines: list[str],
        section: str,
        empty: float,
        size: float,
        *,
        bullets: str | None = None,
        sentence: bool = True,
    ) -> None:
        """Append a free-text field: prose, "- " lines, an intro and a list, or "-" lists."""
        rng = self.rng
        if rng.random() < empty:
            return
        count = max(1, round(rng.expovariate(1.0 / size))) if size > 1 else 1
        draw = self._sentence if sentence else self._draw
        shape = rng.random()
        out: list[str] = []
        if bullets is not None and shape < 0.22:
            items = list(dict.fromkeys(draw(bullets) for _ in range(min(count + 1, 7))))
            if shape < 0.18:
                if rng.random() < 0.5:
                    out.append(self._draw("intro"))
                out += [f"- {item}" for item in items]
            else:
                for item in items:
                    out += ["-", item]
                out.append("-")
        else:
            dash = "- " if rng.random() < 0.1 else ""
            while count > 0:
                take = min(count, 1 + int(rng.expovariate(0.9))) if sentence else 1
                count -= take
                out.append(dash + " ".join(draw(section) for _ in range(take)))
        self._append(lines, out)

    def _append(self, lines: list[str], text: list[str]) -> None:
        curly = self.rng.random() < 0.3
        for line in text:
            if line.rstrip() in _RESERVED:
                line += " :"
            lines.append(line.replace("'", "\u2019") if curly else line)

    def _description(self, lines: list[str], verbosity: float) -> None:
        rng = self.rng
        if rng.random() < 0.06:
            return
        out = []
        if rng.random() < 0.5:
            out.append(" ".join(self._sentence("context") for _ in range(rng.randint(1, 3))))
        if rng.random() < 0.35:
            out.append(self._draw("intro"))
            out += [f"- {self._draw('objective')}" for _ in range(rng.randint(2, 6))]
        self._append(lines, out)
        self._text(lines, "description", 0.0, 6.0 * verbosity)

    def _financial(self, lines: list[str], verbosity: float) -> None:
        rng = self.rng
        shape = rng.random()
        if shape < 0.28:
            return
        if shape < 0.36:
            self._append(lines, [_amount(rng, self._value())])
        elif shape < 0.41:
            self._append(lines, self._budget_table())
        elif shape < 0.47:
            self._append(lines, self._cost_lines())
        else:
            self._text(lines, "funding", 0.0, 2.2 * verbosity, sentence=False)

    def _budget_table(self) -> list[str]:
        """A pasted budget: one label or one number per line, charges then products."""
        rng = self.rng
        costs = [(self._draw("cost"), self._value() // 4 + 10) for _ in range(rng.randint(2, 6))]
        total = sum(value for _, value in costs)
        funders = [f"Subvention {self._draw('funder')}" for _ in range(rng.randint(1, 4))]
        shares = _split(rng, total, len(funders))
        out = [f"Budget prévisionnel de l'action {rng.randint(2019, 2025)}"]
        out += ["CHARGES", "MONTANTS", "PRODUITS", "MONTANTS"]
        for label, value in costs:
            out += [label, str(value)]
        for label, value in zip(funders, shares, strict=True):
            out += [label, str(value)]
        out += ["TOTAL DES CHARGES", str(total), "TOTAL DES PRODUITS", str(total)]
        out += ["TOTAL", f"{total} €"]
        return out

    def _cost_lines(self) -> list[str]:
        """Costs as "label: amount" lines and their total."""
        rng = self.rng
        costs = [(self._draw("cost"), self._value() // 3 + 10) for _ in range(rng.randint(2, 5))]
        out = [f"{label}: {value}€" for label, value in costs]
        out.append(f"TOTAL: {sum(value for _, value in costs)}€")
        if rng.random() < 0.6:
            out.append(f"Financement {self._draw('funder')} et {self._draw('funder')}.")
        return out


# Result fields: key, vocabulary section, chance of being empty, mean sentences.
_RESULTS = (
    ("result_territory", "result_territory", 0.3, 1.8),
    ("result_structure", "result_structure", 0.25, 1.6),
    ("result_inhabitants", "result_inhabitants", 0.25, 2.0),
    ("limits", "limit", 0.55, 1.4),
    ("perspectives", "perspective", 0.3, 1.8),
)


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """`total` cut into `parts` positive integers."""
    cuts = sorted(rng.randint(1, max(1, total - 1)) for _ in range(parts - 1))
    bounds = [0, *cuts, total]
    return [bounds[i + 1] - bounds[i] for i in range(parts)]


def _thousands(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


def _amount(rng: random.Random, value: int) -> str:
    """`value` euros as fiches write it: "28 500 €", "12.500€", "3100€", "3k€", "+/- 600€"…"""
    draw = rng.random()
    if draw < 0.25:
        return f"{_thousands(value, ' ')} €"
    if draw < 0.45:
        return f"{value}€"
    if draw < 0.55:
        return f"{value} €"
    if draw < 0.63:
        return f"{_thousands(value, ' ')}€"
    if draw < 0.7 and value >= 1000:
        return f"{_thousands(value, '.')}€"
    if draw < 0.8:
        return f"{_thousands(value, rng.choice((' ', '')))} euros"
    if draw < 0.85 and value >= 1000 and value % 1000 == 0:
        return f"{value // 1000}k€"
    if draw < 0.9:
        return f"+/- {value}€"
    if draw < 0.95:
        return f"environ {value}€"
    if draw < 0.98:
        return f"{_thousands(value, ' ')},{rng.randint(10, 99)} €"
    return f"{value} EUR"


def _typo(rng: random.Random, text: str) -> str:
    """`text` with two adjacent lowercase letters swapped inside a long word, if it has one."""
    words = text.split(" ")
    index = rng.randrange(len(words))
    word = words[index]
    if len(word) < 8 or not word.isalpha() or not word.islower():
        return text
    at = rng.randrange(1, len(word) - 2)
    words[index] = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return " ".join(words)


def _chunks(generator: _Generator, n: int) -> Iterator[str]:
    rng = generator.rng
    previous = ""
    for index in range(n):
        if previous and rng.random() < _DUPLICATE:
            generator.duplicates += 1
            yield previous
            continue
        fiche = generator.fiche()
        previous = fiche
        if index == 0 or rng.random() < _PAGE_BREAK:
            fiche = f"{PAGE_HEADER}\n{fiche}"
        yield fiche


def fiches(n: int, seed: int = 0) -> Iterator[str]:
    """The text of `n` synthetic fiches, one chunk per fiche (with its page header, if any).

    About 0.5% of the chunks repeat the previous fiche byte for byte, as real exports do.
    """
    return _chunks(_Generator(seed), n)


def synthesize(n: int, out: TextIO | str | os.PathLike[str], *, seed: int = 0) -> SynthSummary:
    """Write `n` synthetic fiches to `out` (a text stream or a path), fiche by fiche."""
    if not isinstance(out, str | os.PathLike):
        return _write(n, out, seed)
    with open(out, "w", encoding="utf-8", newline="\n") as stream:
        return _write(n, stream, seed)


def _write(n: int, stream: TextIO, seed: int) -> SynthSummary:
    generator = _Generator(seed)
    size = 0
    for chunk in _chunks(generator, n):
        stream.write(chunk)
        size += len(chunk.encode("utf-8"))
    return SynthSummary(
        fiches=n,
        duplicates=generator.duplicates,
        structures=len(generator.used),
        departements=len({generator.structures[i].departement.code for i in generator.used}),
        bytes=size,
    )
