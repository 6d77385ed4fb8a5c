"""Named entities of French sentences with spaCy's fr_core_news_sm, loaded once, on first use.

Only the sentences the extractor already suspects of naming partners are sent, in one batch
per fiche, so the model's cost stays proportional to those sentences, not to the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["Entity", "entities"]

MODEL = "fr_core_news_sm"


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: its text, spaCy label ("ORG", "PER", "LOC", "MISC") and offsets."""

    text: str
    label: str
    start: int
    end: int


@cache
def _model() -> Any:
    import spacy  # imported here: loading spaCy costs a second, and NER can be switched off

    return spacy.load(MODEL, exclude=["parser", "lemmatizer", "morphologizer",
                                      "attribute_ruler", "senter"])


def entities(texts: list[str]) -> list[list[Entity]]:
    """The entities of each text, in order.

    >>> [e.label for e in entities(["Rencontre avec Marie Dupont à Toulouse."])[0]]
    ['PER', 'LOC']
    """
    return [[Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
            for doc in _model().pipe(texts, batch_size=64)]
