"""The tooling of the hand-annotated test sets `eval/test`, `eval/test2` … `eval/test8`.

Each set keeps only its fiches as Python dicts (`eval/<set>/scripts/records_1.py` …) and the two
files made from them (`<set>-fiches.txt`, `<set>-gold.json`); the code that turns the one into the
others, checks them and scores the gold against itself is here, once:

- `gold_helpers.py`: the constructors the records are written with (F, P, B, NOB, X);
- `spec.py`: the renderer (record -> SENACS export lines, structured gold fields);
- `ref_parse.py`: a separate reader of the export layout, for the round-trip check;
- `build.py`: writes both files of a set and runs the checks;
- `selfscore.py`: scores a set's gold against itself with the guide's scorer (`eval/tools`).

From the project root: `python3 -m eval.sets build test2`, `python3 -m eval.sets selfscore test2
--alts` (`python3 -m eval.sets --help`).
"""

import importlib
import os
from dataclasses import dataclass
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class TestSet:
    """What differs between the sets: the folder (and file) name, the fiche id letter, the count."""

    name: str
    prefix: str
    expected: int

    @property
    def folder(self) -> Path:
        return EVAL / self.name

    @property
    def fiches(self) -> Path:
        return self.folder / f"{self.name}-fiches.txt"

    @property
    def gold(self) -> Path:
        return self.folder / f"{self.name}-gold.json"

    @property
    def expected_count(self) -> int:
        """The expected number of fiches; `<NAME>_EXPECTED` in the environment overrides it."""
        return int(os.environ.get(f"{self.name.upper()}_EXPECTED", str(self.expected)))

    def fiche_id(self, number: int) -> str:
        return f"{self.prefix}{number:02d}"

    def records(self) -> list[dict]:
        """The fiches of `scripts/records_1.py`, `records_2.py` … (lists R1, R2 …), in order."""
        paths = sorted(
            (self.folder / "scripts").glob("records_*.py"),
            key=lambda p: int(p.stem.split("_")[1]),
        )
        out: list[dict] = []
        for path in paths:
            number = path.stem.split("_")[1]
            module = importlib.import_module(f"eval.{self.name}.scripts.{path.stem}")
            out += getattr(module, f"R{number}")
        return out


SETS = {s.name: s for s in (TestSet("test", "T", 48), TestSet("test2", "U", 41),
                            TestSet("test3", "V", 42), TestSet("test4", "W", 40),
                            TestSet("test5", "Y", 40), TestSet("test6", "Z", 40),
                            TestSet("test7", "Q", 40),
                            TestSet("test8", "K", 40))}
