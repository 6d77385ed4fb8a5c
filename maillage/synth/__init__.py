"""Synthetic SENACS exports: N realistic fiches action in the exact export format.

The vocabulary (keywords, funders and their notations, partners, sentence templates) lives in
`maillage/data/synth-*.txt` (read by `vocabulary`); this package only draws from it (`draws`),
in the layout of the export (`layout`). The output is a function of `(n, seed)` alone, and is
written fiche by fiche, so a 100,000-fiche file never sits in memory.

>>> chunk = next(fiches(1, seed=0))
>>> chunk.splitlines()[:2]
['Les actions des centres sociaux', 'Actions']
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from loader.records import PAGE_HEADER
from maillage.synth.layout import Fiches
from storage.settings import SEED

__all__ = ["SynthSummary", "fiches", "synthesize"]

_DUPLICATE = 0.005  # chance that a fiche is written twice in a row, byte for byte
_PAGE_BREAK = 0.04  # chance of a page header before a fiche


@dataclass(frozen=True, slots=True)
class SynthSummary:
    """What `synthesize` wrote: fiches (duplicates included), distinct structures, bytes."""

    fiches: int
    duplicates: int
    structures: int
    departements: int
    bytes: int

    def line(self, out: str | os.PathLike[str]) -> str:
        """The summary as one line, for the file `out`."""
        return (f"{self.fiches} fiches ({self.duplicates} exact duplicates), "
                f"{self.structures} structures, {self.departements} départements, "
                f"{self.bytes} bytes in {out}")


def _chunks(generator: Fiches, n: int) -> Iterator[str]:
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


def fiches(n: int, seed: int = SEED.default) -> Iterator[str]:
    """The text of `n` synthetic fiches, one chunk per fiche (with its page header, if any).

    About 0.5% of the chunks repeat the previous fiche byte for byte, as real exports do.
    """
    return _chunks(Fiches(seed), n)


def synthesize(n: int, out: TextIO | str | os.PathLike[str], *,
               seed: int = SEED.default) -> SynthSummary:
    """Write `n` synthetic fiches to `out` (a text stream or a path), fiche by fiche."""
    if not isinstance(out, str | os.PathLike):
        return _write(n, out, seed)
    with open(out, "w", encoding="utf-8", newline="\n") as stream:
        return _write(n, stream, seed)


def _write(n: int, stream: TextIO, seed: int) -> SynthSummary:
    generator = Fiches(seed)
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
