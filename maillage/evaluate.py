"""Extraction measured on hand-annotated fiches, end to end, by the annotation guide's scorer.

    python -m maillage.evaluate [sample|dev|test1 … test8 …] [--ner]

Each set is built into a fresh store like any export; `who-funds-what` and `partners` are
run on it and their rows scored by `eval/tools/score.py` and `score_amounts.py`, the
scorer that ships with the annotation guide (a verbatim copy of `../shared/eval/tools`). The
sets:

- `sample`: the 25 fiches of `data/`, annotated by hand before the rules were written;
- `dev`: 40 fiches written independently of the rules (`../shared/eval`), the set the rules
  are tuned on;
- `test1`: 48 fiches written blind from the guide alone (`eval/test`), frozen before any
  rule changed; scored blind, then tuned on once `test2` had been commissioned;
- `test2`: 41 more fiches written blind (`eval/test2`), frozen before it was ever scored;
  tuned on once `test3` had been commissioned;
- `test3`: 42 more fiches written blind (`eval/test3`), frozen before it was ever scored;
  tuned on once `test5` had been commissioned;
- `test4`: 40 more, written blind (`eval/test4`), scored once; tuned on once `test5` had
  been commissioned;
- `test5`: 40 more, written blind (`eval/test5`), frozen before it was ever scored, scored
  twice blind, then tuned on once `test6` had been frozen;
- `test6`: 40 more, written blind (`eval/test6`), frozen before it was ever scored, scored
  blind, then tuned on once `test7` had been frozen;
- `test7`: 40 more, written blind (`eval/test7`), frozen before it was ever scored, scored
  twice blind, then tuned on once `test8` had been frozen;
- `test8`: 40 more, written blind (`eval/test8`), frozen before it was ever scored and never
  tuned on: the figure to expect on fiches nobody here has read.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from loader.pipeline import SAMPLE, build
from queries.backends import Backend, open_backend
from queries.runner import run_query
from storage.settings import NER

__all__ = ["SETS", "Figures", "Scores", "evaluate", "main"]

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "eval" / "tools"
SETS: dict[str, tuple[Path, Path]] = {
    "sample": (SAMPLE, ROOT / "eval" / "sample" / "sample-gold.json"),
    "dev": (ROOT.parent / "shared" / "eval" / "dev-fiches.txt",
            ROOT.parent / "shared" / "eval" / "dev-gold.json"),
    "test1": (ROOT / "eval" / "test" / "test-fiches.txt",
              ROOT / "eval" / "test" / "test-gold.json"),
    "test2": (ROOT / "eval" / "test2" / "test2-fiches.txt",
              ROOT / "eval" / "test2" / "test2-gold.json"),
    "test3": (ROOT / "eval" / "test3" / "test3-fiches.txt",
              ROOT / "eval" / "test3" / "test3-gold.json"),
    "test4": (ROOT / "eval" / "test4" / "test4-fiches.txt",
              ROOT / "eval" / "test4" / "test4-gold.json"),
    "test5": (ROOT / "eval" / "test5" / "test5-fiches.txt",
              ROOT / "eval" / "test5" / "test5-gold.json"),
    "test6": (ROOT / "eval" / "test6" / "test6-fiches.txt",
              ROOT / "eval" / "test6" / "test6-gold.json"),
    "test7": (ROOT / "eval" / "test7" / "test7-fiches.txt",
              ROOT / "eval" / "test7" / "test7-gold.json"),
    "test8": (ROOT / "eval" / "test8" / "test8-fiches.txt",
              ROOT / "eval" / "test8" / "test8-gold.json"),
}


@dataclass(frozen=True, slots=True)
class Figures:
    """Precision, recall and F1 of (action, organisation) pairs, and the pair counts."""

    precision: float
    recall: float
    f1: float
    extracted: int
    required: int


@dataclass(frozen=True, slots=True)
class Scores:
    """One set's scores: funders, partners, and amounts (exact, gold, wrong)."""

    funders: Figures
    partners: Figures
    amounts: tuple[int, int, int]

    @property
    def exact_share(self) -> float:
        """The share of the gold's tied amounts that come out exact."""
        exact, gold, _ = self.amounts
        return exact / gold if gold else 1.0


def evaluate(name: str, *, ner: bool = NER.default) -> Scores:
    """Build set `name` into a temporary store and score its funders, partners, amounts."""
    fiches, gold = SETS[name]
    with tempfile.TemporaryDirectory(prefix="maillage-eval-") as tmp:
        folder = Path(tmp)
        build([fiches], folder / "store", report=lambda problem: None, ner=ner)
        backend = open_backend(folder / "store")
        funders = _csv(backend, "who-funds-what", folder / "who-funds-what.csv")
        partners = _csv(backend, "partners", folder / "partners.csv")
        return Scores(_figures("funders", gold, funders), _figures("partners", gold, partners),
                      _amounts(gold, funders))


def _csv(backend: Backend, query: str, path: Path) -> Path:
    result = run_query(backend, query)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(result.columns)
        writer.writerows(["" if value is None else value for value in row]
                         for row in result.rows)
    return path


def _score(script: str, *args: Path | str) -> list[str]:
    done = subprocess.run([sys.executable, str(TOOLS / script), *map(str, args)],
                          capture_output=True, text=True, check=True)
    return done.stdout.split()


def _figures(kind: str, gold: Path, rows: Path) -> Figures:
    precision, recall, f1, extracted, required = _score("score.py", kind, gold, rows)
    return Figures(float(precision), float(recall), float(f1), int(extracted), int(required))


def _amounts(gold: Path, rows: Path) -> tuple[int, int, int]:
    exact, total, wrong = map(int, _score("score_amounts.py", gold, rows))
    return exact, total, wrong


def table(scores: dict[str, Scores]) -> str:
    """The scores of each set, one line each."""
    lines = [f"{'set':7} {'funders P':>9} {'R':>5} {'F1':>5}   {'partners P':>10} {'R':>5} "
             f"{'F1':>5}   amounts exact/gold (wrong)"]
    for name, s in scores.items():
        exact, gold, wrong = s.amounts
        lines.append(
            f"{name:7} {s.funders.precision:9.3f} {s.funders.recall:5.3f} {s.funders.f1:5.3f}"
            f"   {s.partners.precision:10.3f} {s.partners.recall:5.3f} {s.partners.f1:5.3f}"
            f"   {exact}/{gold} = {s.exact_share:.3f} ({wrong} wrong)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m maillage.evaluate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", choices=[[], *SETS], default=[],
                        help="sets to score (default: every set whose files are here)")
    parser.add_argument("--ner", action="store_true", help="extract with spaCy NER too")
    args = parser.parse_args(argv)
    names = args.sets or [name for name, (fiches, _) in SETS.items() if fiches.exists()]
    print(table({name: evaluate(name, ner=args.ner) for name in names}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
