"""One synthetic fiche in the export's layout: its fields in the export's order, the shapes
its free text takes (prose, "- " lines, lists, budget tables), drawn by `Draws`.
"""

from __future__ import annotations

import random
from bisect import bisect

from loader.records import ACTIONS, FIELDS
from maillage.synth.draws import RESERVED, Draws, Structure, amount

__all__ = ["Fiches"]

# French contractions that slot filling breaks ("à les familles" -> "aux familles").
_CONTRACTIONS = (
    (" à les ", " aux "),
    (" de les ", " des "),
    (" de des ", " de "),
    (" à le ", " au "),
    (" de le ", " du "),
    (" par le la ", " par la "),
)


class Fiches(Draws):
    """Draws fiches one by one; counts what it drew."""

    def fiche(self) -> str:
        """The next fiche: its lines, newline-terminated."""
        rng = self.rng
        self.structure = structure = self.next_structure()
        keywords = self._keywords()
        self.theme(self.vocabulary["keywords"].groups[keywords[0]] if keywords else "")
        verbosity = rng.lognormvariate(0.15, 0.75)
        lines = [ACTIONS, self._title(structure), FIELDS["structure"]]
        lines.append(f"- {structure.name} - {structure.departement.name}")
        if rng.random() < 0.92:
            lines.append(FIELDS["files"])
            if rng.random() < 0.04:
                lines.append(self.draw("file"))
        status = self.draw("status")
        lines += [FIELDS["status"], f"- {status}"]
        if status == "Terminée":
            lines.append(FIELDS["end_reason"])
            self._text(lines, "end_reason", 0.35, 1.2 * verbosity)
        lines.append(FIELDS["dimension"])
        dimension = self.draw("dimension")
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
        territory = f"- {self.draw('territory_scope')}"
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
        found = {self.draw(name) for _ in range(count)}
        return [item for item in self._labels(name) if item in found]

    def _labels(self, name: str) -> list[str]:
        labels = [item for item in self.vocabulary[name].items if isinstance(item, str)]
        themed = self.vocabulary.get(f"{name}@{self.group}")
        extra = [item for item in themed.items if isinstance(item, str)] if themed else []
        return labels + [item for item in extra if item not in labels]

    def _title(self, structure: Structure) -> str:
        return self.unique(lambda: self.draw("title_form"), structure.titles)

    def _sentence(self, section: str) -> str:
        text = self.draw(section).strip().replace("  ", " ")
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
        draw = self._sentence if sentence else self.draw
        shape = rng.random()
        out: list[str] = []
        if bullets is not None and shape < 0.22:
            items = list(dict.fromkeys(draw(bullets) for _ in range(min(count + 1, 7))))
            if shape < 0.18:
                if rng.random() < 0.5:
                    out.append(self.draw("intro"))
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
            if line.rstrip() in RESERVED:
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
            out.append(self.draw("intro"))
            out += [f"- {self.draw('objective')}" for _ in range(rng.randint(2, 6))]
        self._append(lines, out)
        self._text(lines, "description", 0.0, 6.0 * verbosity)

    def _financial(self, lines: list[str], verbosity: float) -> None:
        rng = self.rng
        shape = rng.random()
        if shape < 0.28:
            return
        if shape < 0.36:
            self._append(lines, [amount(rng, self.value())])
        elif shape < 0.41:
            self._append(lines, self._budget_table())
        elif shape < 0.47:
            self._append(lines, self._cost_lines())
        else:
            self._text(lines, "funding", 0.0, 2.2 * verbosity, sentence=False)

    def _budget_table(self) -> list[str]:
        """A pasted budget: one label or one number per line, charges then products."""
        rng = self.rng
        costs = [(self.draw("cost"), self.value() // 4 + 10) for _ in range(rng.randint(2, 6))]
        total = sum(value for _, value in costs)
        funders = [f"Subvention {self.draw('funder')}" for _ in range(rng.randint(1, 4))]
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
        costs = [(self.draw("cost"), self.value() // 3 + 10) for _ in range(rng.randint(2, 5))]
        out = [f"{label}: {value}€" for label, value in costs]
        out.append(f"TOTAL: {sum(value for _, value in costs)}€")
        if rng.random() < 0.6:
            out.append(f"Financement {self.draw('funder')} et {self.draw('funder')}.")
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
