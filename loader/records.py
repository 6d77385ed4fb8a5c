"""Typed records: one SENACS fiche action, as parsed, then as enriched by extraction.

The parser (`loader.parse`) fills the fields of the fiche; the extractor (`loader.extract`)
fills `fundings`, `partnerships` and `budget`. Every value keeps the line it came from, so
each triple emitted from it can cite its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import repeat
from typing import Literal, NamedTuple

__all__ = [
    "ACTIONS",
    "FIELDS",
    "LEGACY_FIELDS",
    "LIST_FIELDS",
    "PAGE_HEADER",
    "YEAR",
    "Budget",
    "Evidence",
    "Field",
    "Funding",
    "GrantStatus",
    "Line",
    "Method",
    "Org",
    "Partnership",
    "Problem",
    "Record",
]


class Line(NamedTuple):
    """One line of the export: its 1-based number in the file and its text (no newline).

    A NamedTuple rather than a dataclass: the parser makes one per line, and tuples are
    about three times cheaper to create.
    """

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Field:
    """The content of one field of a fiche: its header's line number and the lines under it.

    For list fields (keywords, public, initiative, partner types) `lines` holds the items,
    with the leading "- " removed and the bare "-" lines dropped.
    """

    header_line: int
    lines: tuple[Line, ...] = ()

    @property
    def text(self) -> str:
        """The field's text, lines joined with newlines."""
        return "\n".join(line.text for line in self.lines)

    @property
    def items(self) -> list[str]:
        """The field's lines as a list of strings (the items of a list field)."""
        return [line.text for line in self.lines]

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled as line numbers and texts: the build sends every fiche to a worker process,
        and a slotted dataclass of `Line` tuples otherwise pickles through Python-level code
        per field and per line (about a third of that transfer's cost)."""
        numbers = tuple(line.number for line in self.lines)
        return _field, (self.header_line, numbers, tuple(line.text for line in self.lines))


def _field(header_line: int, numbers: tuple[int, ...], texts: tuple[str, ...]) -> Field:
    """A `Field` from its pickled form: `tuple.__new__` builds each `Line` in C, where calling
    the NamedTuple would run its Python `__new__` once per line."""
    lines = zip(numbers, texts, strict=True)
    return Field(header_line, tuple(map(tuple.__new__, repeat(Line), lines)))


ACTIONS = "Actions"
"""The line that opens a fiche, followed by its title and the structure header."""
PAGE_HEADER = "Les actions des centres sociaux"
"""The header the site repeats on every page, between fiches."""

# Field keys, in the order of the export, mapped to their header line in the export.
# "territory" appears twice in a fiche: the parser keeps the first and checks the second.
FIELDS: dict[str, str] = {
    "structure": "- Structure organisatrice",
    "files": "- Fichier(s) associé(s)",
    "status": "- Statut de l'action",
    "end_reason": "- Raisons pour lesquelles l'action est terminée",
    "dimension": "- Dimension",
    "keywords": "- Mots clés associés à l'action",
    "summary": "- Résumé",
    "initiative": "- Qui est à l'initiative de l'action ?",
    "initiative_detail": "- Précision ( si autre )",
    "territory": "- Territoire concerné",
    "description": (
        "- Description de l'expérience, ses objectifs, ses acteurs et ses différentes phases."
    ),
    "public": "- Public",
    "partners_intro": "- Avec qui cette action a-t-elle été menée ?",
    "partner_types": "Partenaires d'action:",
    "general_description": "- Description générale",
    "financial_resources": "- Ressources financières mobilisées pour cette action",
    "people": "- Nombre de personnes mobilisés pour cette action",
    "result_territory": "- Résultat sur le territoire",
    "result_structure": "- Résultat pour le centre social",
    "result_inhabitants": "- Résultat pour les habitants",
    "limits": "- Suite de l'action : Limites",
    "perspectives": "- Suite de l'action : Perspectives",
}

# The headers of the older page layout (senacs.fr fiches of 2012–2014): no leading "- ",
# other questions. Fields that mean the same as today's keep their key. The impacts question
# goes on after these words, and "Publié par" may carry its value on the same line: both are
# matched as prefixes.
LEGACY_FIELDS: dict[str, str] = {
    "themes": "Thèmes",
    "structure": "Structure organisatrice",
    "diagnostic": "Quels furent les éléments de diagnostic à l'origine de l'expérience ?",
    "description": (
        "Description de l'expérience, ses objectifs, ses acteurs et ses différentes phases."
    ),
    "impacts": "Quels sont les impacts ou effets positifs produits par cette expérience",
    "success_factors": "Quels furent les facteurs de réussite de cette expérience ?",
    "limits": "Quelles sont les limites de cette expérience ?",
    "publisher": "Publié par",
    "keywords": "Mots clés associés à l'actions",
    "files": "Fichier(s) associé(s)",
}

# Fields whose content is a list of "- item" lines ("• item" or bare lines in the older layout).
LIST_FIELDS: frozenset[str] = frozenset(
    {"status", "dimension", "keywords", "themes", "initiative", "territory", "public",
     "partner_types"}
)

# The year of a fiche, read from the site's listing tables: a field of its own, whose one
# line is the table row it comes from.
YEAR = "year"


@dataclass(frozen=True, slots=True)
class Problem:
    """A warning or an error about the input, located at a line of a file."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


Method = Literal["declared", "text", "ner"]
"""How a fact was found: a declared list, the rules on the free text, or spaCy's NER."""
GrantStatus = Literal["obtenu", "demande", "refuse"]
"""A grant's fate as the text tells it: obtained, asked for (no answer yet) or refused."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an extracted fact comes from: the field, the line and the quoted text."""

    field: str
    line: int
    quote: str
    method: Method


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation found in a fiche: a funder, a partner or a local body.

    `key` is the normalised identifier used in IRIs (lowercase ASCII slug); `kind` is a key
    of the funder/organisation kinds scheme (e.g. "securite-sociale", "collectivite").
    """

    key: str
    label: str
    kind: str


@dataclass(frozen=True, slots=True)
class Funding:
    """An action paid for (in part) by a funder, with the amount the text ties to it if any.

    `status` is the grant's fate as the text tells it: "obtenu", "demande" (asked for,
    no answer yet) or "refuse".
    """

    funder: Org
    evidence: Evidence
    body: Org | None = None
    amount: Decimal | None = None
    status: GrantStatus = "obtenu"


@dataclass(frozen=True, slots=True)
class Partnership:
    """An organisation that works with the structure on the action."""

    partner: Org
    evidence: Evidence
    body: Org | None = None


@dataclass(frozen=True, slots=True)
class Budget:
    """The action's total budget or cost, when the text states one."""

    amount: Decimal
    evidence: Evidence


@dataclass(slots=True)
class Record:
    """One fiche action.

    `fields` maps the keys of `FIELDS` and `LEGACY_FIELDS` (and `YEAR`) to their content; a
    field missing from the fiche is absent from the map. `truncated` is true for a fiche cut
    short (by the end of the file or by the next fiche). `line_start` is the line of "Actions",
    `line_end` the fiche's last line.
    """

    source: str
    line_start: int
    line_end: int
    title: str
    structure_name: str
    departement: str
    fields: dict[str, Field] = field(default_factory=dict)
    truncated: bool = False
    fundings: tuple[Funding, ...] = ()
    partnerships: tuple[Partnership, ...] = ()
    budget: Budget | None = None

    def text(self, key: str) -> str:
        """The text of field `key`, or "" when the fiche has no such field."""
        found = self.fields.get(key)
        return found.text if found else ""

    def items(self, key: str) -> list[str]:
        """The items of list field `key`, or [] when the fiche has no such field."""
        found = self.fields.get(key)
        return found.items if found else []
