"""Parse + extract time of one huge line against the same bytes in ordinary lines.

    .venv/bin/python bench/linear.py                      # 5 MB, the target: within 2x
    .venv/bin/python bench/linear.py --mb 0.25,0.5,1 --budget 120

Two exports of the same size and the same sentences: one fiche whose résumé is a single line
of that size, and fiches of ordinary lines (about 200 characters, ten to a résumé). Each stage
runs in a child process (a stage over `--budget` seconds is stopped and shown as such);
`loader.extract.extract` is used as it stands, without NER as in the default build. Prints the
times and the ratio one line / ordinary lines, per stage; every stage should stay within 2x.
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from loader.extract import extract
from loader.parse import parse_export

TARGET = 2.0
# Sentences of a résumé: funders, amounts and partners, as staff write them.
SENTENCES = [
    "Le centre social anime l'atelier chaque mercredi avec les familles du quartier.",
    "La Caf de la Gironde finance l'animation collective familles à hauteur de 3 200 €.",
    "Subvention de la commune : 1 500 € pour la location de la salle.",
    "Le collège Jean-Moulin et la médiathèque accueillent deux séances par trimestre.",
    "Le Conseil départemental soutient l'action dans le cadre du PDI (2 000 euros).",
    "Les habitants ont préparé le repas de clôture avec l'association Les Jardins du Lac.",
    "Budget total de l'action : 9 800 €, dont 1 100 € de fonds propres.",
    "La MSA apporte 800 € et la Mission locale oriente des jeunes vers l'atelier.",
]
HEAD = "Actions\n{title}\n- Structure organisatrice\n- CENTRE SOCIAL DU LAC - Gironde\n- Résumé\n"
TAIL = "- Suite de l'action : Perspectives\nContinuer l'an prochain.\n"
LINES_PER_FICHE = 10


def _sentences(size: int) -> list[str]:
    """Sentences cycling through `SENTENCES` until they hold `size` characters."""
    out, total, n = [], 0, 0
    while total < size:
        sentence = SENTENCES[n % len(SENTENCES)]
        out.append(sentence)
        total += len(sentence) + 1
        n += 1
    return out


def write_exports(size: int, directory: Path) -> dict[str, Path]:
    """The two exports of about `size` bytes of text: "one line" and "ordinary lines"."""
    sentences = _sentences(size)
    one = directory / "one-line.txt"
    one.write_text(HEAD.format(title="Une ligne") + " ".join(sentences) + "\n" + TAIL,
                   encoding="utf-8")
    lines = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    fiches = [
        HEAD.format(title=f"Fiche {n}") + "\n".join(lines[i : i + LINES_PER_FICHE]) + "\n" + TAIL
        for n, i in enumerate(range(0, len(lines), LINES_PER_FICHE), 1)
    ]
    many = directory / "ordinary-lines.txt"
    many.write_text("".join(fiches), encoding="utf-8")
    return {"one line": one, "ordinary lines": many}


def time_parse(path: Path) -> float:
    start = time.perf_counter()
    list(parse_export(path))
    return time.perf_counter() - start


def time_extract(path: Path) -> float:
    records = list(parse_export(path))
    start = time.perf_counter()
    for record in records:
        extract(record, ner=False)
    return time.perf_counter() - start


def _timed(stage: Callable[[Path], float], path: Path, budget: float) -> float | None:
    """`stage(path)` in a child process; None when it takes over `budget` seconds."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        try:
            return pool.apply_async(stage, (path,)).get(timeout=budget)
        except multiprocessing.TimeoutError:
            return None


def _shown(seconds: float | None, budget: float) -> str:
    return f"{seconds:9.2f}" if seconds is not None else f"{'>' + format(budget, 'g'):>9}"


def _ratio(one: float | None, many: float | None, budget: float) -> str:
    """one / many; with one over budget, the least it can be."""
    if many is None:
        return "unknown (ordinary lines over budget)"
    ratio = (budget if one is None else one) / many
    verdict = "OVER" if ratio > TARGET else "within" if one is not None else "unknown against"
    return f"{'>' if one is None else ''}{ratio:.2f} ({verdict} {TARGET:g}x)"


def run(size_mb: float, budget: float) -> None:
    """Print the figures of one size."""
    with tempfile.TemporaryDirectory() as directory:
        exports = write_exports(int(size_mb * 1_000_000), Path(directory))
        times: dict[str, dict[str, float | None]] = {}
        for shape, path in exports.items():
            lines = sum(1 for _ in path.open(encoding="utf-8"))
            parse = _timed(time_parse, path, budget)
            extracted = _timed(time_extract, path, budget)
            total = None if parse is None or extracted is None else parse + extracted
            times[shape] = {"parse": parse, "extract": extracted, "total": total}
            size = path.stat().st_size / 1e6
            print(f"{size:6.2f} MB  {shape:<15} {lines:8d} lines  parse "
                  f"{_shown(parse, budget)} s  extract {_shown(extracted, budget)} s  total "
                  f"{_shown(total, budget)} s", flush=True)
        one, many = times["one line"], times["ordinary lines"]
        ratios = ", ".join(f"{stage} {_ratio(one[stage], many[stage], budget)}"
                           for stage in ("parse", "extract", "total"))
        print(f"{size_mb:g} MB, one line / ordinary lines: {ratios}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", default="5", help="comma-separated sizes in MB (default 5)")
    parser.add_argument("--budget", type=float, default=900,
                        help="seconds a stage may take before it is stopped (default 900)")
    args = parser.parse_args()
    for size in args.mb.split(","):
        run(float(size), args.budget)


if __name__ == "__main__":
    main()
