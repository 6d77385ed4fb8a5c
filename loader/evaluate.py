"""Precision, recall and F1 of the extractor against a hand annotation of an export.

    python -m loader.evaluate tests/data/gold-sample.json [--no-ner]

The gold file names its export (`source`, relative to the gold file) and, per fiche (keyed by
the line of its "Actions" and its title), the funders (gazetteer keys, amount or null) and the
partners (labels, with `also` for other names of the same body). Partner labels are resolved
to keys the way the extractor resolves names, so a match means the same organisation node.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from loader.extract import extract
from loader.gazetteer import resolve
from loader.parse import parse_export
from loader.records import Record

__all__ = ["Score", "evaluate", "main"]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of true positives, predictions and gold items, and the figures from them."""

    hits: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(gold_path: str | Path, *, ner: bool = True) -> dict[str, Score]:
    """Scores for "funders" (action-funder pairs), "amounts" (pairs with an amount, exact)
    and "partners" (action-organisation pairs)."""
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    fiches = {f["line_start"]: f for f in gold["fiches"]}
    records = [extract(r, ner=ner) for r in parse_export(gold_path.parent / gold["source"])]
    counts = {name: [0, 0, 0] for name in ("funders", "amounts", "partners")}
    for record in records:
        fiche = fiches.get(record.line_start)
        if fiche is None:
            continue
        if fiche["title"] != record.title:
            raise ValueError(f"line {record.line_start}: gold title {fiche['title']!r} "
                             f"is not the fiche's {record.title!r}")
        for name, (hits, predicted, expected) in _compare(record, fiche).items():
            counts[name] = [a + b for a, b in zip(counts[name], (hits, predicted, expected),
                                                    strict=True)]
    return {name: Score(*values) for name, values in counts.items()}


def _compare(record: Record, fiche: dict) -> dict[str, tuple[int, int, int]]:
    funders = {f.funder.key for f in record.fundings}
    gold_funders = {f["funder"] for f in fiche["funders"]}
    amounts = {(f.funder.key, f.amount) for f in record.fundings if f.amount is not None}
    gold_amounts = {(f["funder"], Decimal(f["amount"])) for f in fiche["funders"]
                    if f["amount"] is not None}
    return {"funders": (len(funders & gold_funders), len(funders), len(gold_funders)),
            "amounts": (len(amounts & gold_amounts), len(amounts), len(gold_amounts)),
            "partners": _partner_counts(record, fiche["partners"])}


def _partner_counts(record: Record, gold: list[dict]) -> tuple[int, int, int]:
    """Each gold partner matches at most one predicted node; a second node is a miss-merge."""
    names = [{resolve(n).key for n in [p["label"], *p.get("also", [])]} for p in gold]
    unmatched = list(range(len(names)))
    hits = 0
    for partnership in record.partnerships:
        found = next((i for i in unmatched if partnership.partner.key in names[i]), None)
        if found is not None:
            unmatched.remove(found)
            hits += 1
    return hits, len(record.partnerships), len(gold)


def _table(scores: dict[str, Score]) -> str:
    rows = [f"{'':10} {'precision':>9} {'recall':>7} {'F1':>6} {'found':>6} {'gold':>5}"]
    rows += [f"{name:10} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.predicted:6d} "
             f"{s.expected:5d}" for name, s in scores.items()]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loader.evaluate", description=__doc__
                                     .splitlines()[0])
    parser.add_argument("gold", help="the gold annotation (JSON)")
    parser.add_argument("--no-ner", action="store_true", help="extract without spaCy")
    args = parser.parse_args(argv)
    print(_table(evaluate(args.gold, ner=not args.no_ner)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
