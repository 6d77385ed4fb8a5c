"""Random draws for synthetic fiches: the national pool of structures, the slots of the
vocabulary's templates filled for the current structure, amounts written as fiches write them.

Every draw comes from one `random.Random`, in a fixed order: the same seed gives the same
fiches, byte for byte.

>>> import random
>>> amount(random.Random(3), 12500)
'12 500 €'
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass

from loader.records import ACTIONS, FIELDS, PAGE_HEADER
from maillage.synth.vocabulary import Choice, Departement, Template, vocabulary
from ontology.keys import slug

__all__ = ["RESERVED", "Draws", "Structure", "amount"]

RESERVED = frozenset({*FIELDS.values(), ACTIONS, PAGE_HEADER})
"""The lines a drawn text must never be: they would open a fiche or a field."""
_STRUCTURES = 5000  # SENACS counts about 4,000 structures; some never write a fiche
_STAY = 0.45  # chance that the next fiche comes from the same structure (exports are grouped)


@dataclass(slots=True)
class Structure:
    """A structure of the pool: where it is, and the titles and partners of its fiches so far."""

    name: str
    departement: Departement
    town: str
    titles: set[str]
    partners: list[str]


class Draws:
    """Draws from the vocabulary with one `random.Random`, for one structure at a time (set
    by `next_structure`); counts the structures it drew."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocabulary, departements, weights = vocabulary()
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
            "amount": lambda: amount(self.rng, self.value()),
            "funder": lambda: self.draw("funder"),
            "partner": self._partner,
            "hour": lambda: self.rng.choice(("9h", "9h30", "10h", "14h", "14h30", "17h")),
        }
        self.by_group: dict[str, dict[str, tuple[Choice | None, Choice]]] = {}
        self.theme("")
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
        self, departements: tuple[Departement, ...], weights: tuple[int, ...]
    ) -> list[Structure]:
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
            structure = Structure("", departement, town, set(), [])
            self.structure = structure
            seen = names.setdefault(departement.code, set())
            structure.name = self.unique(lambda: self.draw("structure"), seen)
            pool.append(structure)
        return pool

    def unique(self, draw: Callable[[], str], seen: set[str]) -> str:
        """A drawn text whose slug is not in `seen` yet (numbered after a few tries)."""
        for _ in range(8):
            text = draw()
            key = slug(text)
            if key and key not in seen and text not in RESERVED:
                break
        else:
            text = f"{text} {len(seen) + 1}"
            key = slug(text)
        seen.add(key)
        return text

    def next_structure(self) -> Structure:
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

    def _sections(self, name: str) -> tuple[Choice | None, Choice]:
        """Section `name` of the current group, and the section to use otherwise."""
        themed = self.vocabulary.get(f"{name}@{self.group}")
        section = self.vocabulary.get(name) or themed
        if section is None:
            raise KeyError(f"no section [{name}] in the synth vocabulary")
        self.sections[name] = found = (themed, section)
        return found

    def theme(self, group: str) -> None:
        """Draw from the sections of vocabulary group `group` from now on."""
        self.group = group
        self.sections = self.by_group.setdefault(group, {})

    def draw(self, name: str) -> str:
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
            value = slot() if slot is not None else self.draw(name)
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

    def value(self) -> int:
        value = self.rng.lognormvariate(math.log(2500), 1.3)
        if value < 100:
            return max(10, round(value))
        step = 10 if value < 1000 else self.rng.choice((1, 50, 100, 100, 500))
        return max(step, round(value / step) * step)


def _thousands(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


def amount(rng: random.Random, value: int) -> str:
    """`value` euros as fiches write it: "28 500 €", "12.500€", "3100€", "3k€", "+/- 600€"…"""
    draw = rng.random()
    return next((write(rng, value) for limit, fits, write in _NOTATIONS
                 if draw < limit and fits(value)), f"{value} EUR")


# How often each notation is drawn (cumulative), for which values: the first that fits wins.
_NOTATIONS: tuple[tuple[float, Callable[[int], bool], Callable[[random.Random, int], str]], ...] = (
    (0.25, lambda v: True, lambda rng, v: f"{_thousands(v, ' ')} €"),
    (0.45, lambda v: True, lambda rng, v: f"{v}€"),
    (0.55, lambda v: True, lambda rng, v: f"{v} €"),
    (0.63, lambda v: True, lambda rng, v: f"{_thousands(v, ' ')}€"),
    (0.7, lambda v: v >= 1000, lambda rng, v: f"{_thousands(v, '.')}€"),
    (0.8, lambda v: True, lambda rng, v: f"{_thousands(v, rng.choice((' ', '')))} euros"),
    (0.85, lambda v: v >= 1000 and v % 1000 == 0, lambda rng, v: f"{v // 1000}k€"),
    (0.9, lambda v: True, lambda rng, v: f"+/- {v}€"),
    (0.95, lambda v: True, lambda rng, v: f"environ {v}€"),
    (0.98, lambda v: True, lambda rng, v: f"{_thousands(v, ' ')},{rng.randint(10, 99)} €"),
)

