"""Score a set's gold against itself with the guide's scorer (`eval/tools/score.py`); every line
must read 1.000 1.000 1.000.

usage (from the project root): python3 -m eval.sets selfscore SET [--alts] [--scorer PATH]

Writes small CSVs (actionTitle,funderLabel / actionTitle,partnerLabel) from `<set>-gold.json`:
  - "all":      every gold name, required and borderline; for partners the declared
                "Partenaires d'action:" items are added too, because the scorer counts them as
                partners;
  - "required": only the non-borderline names (borderline items are optional, so this must score
                1.0 too).
With --alts it also re-scores once per alternative label (one item's name replaced by one of its
alt_names; a declared item merged with it is then left out) and lists the substitutions that do
not score 1.0 (informational: the scorer matches greedily, first match wins, and accepts
containment).
Also runs `score_amounts.py` (beside the scorer) on a CSV that carries the gold amounts (must give
"N N 0"). The scorer is `eval/tools/score.py`, or `$SCORER`, or --scorer PATH.
"""

import csv
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

from eval.sets import EVAL

DEFAULT_SCORER = os.path.normpath(os.environ.get("SCORER") or EVAL / "tools" / "score.py")
ONE = "1.000 1.000 1.000"


def load_scorer(path):
    """The scorer as a module (its `key`, `names_match`, `gold_entries`)."""
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows(gold, kind, key, required_only=False, swap=None):
    """CSV rows from the gold. swap=(record index, item index, alt): that item is output under its
    alt label instead; for partners, a declared item that the scorer merges with it is then not
    output either (an extractor that names the body by the alt label outputs one row for it, not
    two). key is the scorer's own name normalisation."""
    out = []
    for ri, rec in enumerate(gold):
        dropped = set()
        for ii, it in enumerate(rec[kind]):
            if required_only and it["borderline"]:
                continue
            name = it["name"]
            if swap and swap[:2] == (ri, ii):
                name = swap[2]
                dropped = {key(it["name"])} | {key(a) for a in it["alt_names"]}
            out.append((rec["title"], name))
        if kind == "partners":
            out += [(rec["title"], d) for d in rec["declared_partners"] if key(d) not in dropped]
    return out


def run(script, kind, gold_path, header, rws):
    """Run a scorer script on a CSV of rws against the gold; -> (stdout, stderr), stripped."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="",
                                     encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rws)
        path = fh.name
    args = [sys.executable, script, *([kind] if kind else []), str(gold_path), path]
    r = subprocess.run(args, capture_output=True, text=True, check=False)
    os.unlink(path)
    return r.stdout.strip(), r.stderr.strip()


def _print_err(err):
    if err:
        print("   ", err.replace("\n", "\n    "))


def selfscore(test_set, scorer=DEFAULT_SCORER, alts=False):
    """Print the self-scores of a set's gold; -> 0, or 1 if one of them is not perfect."""
    score = load_scorer(scorer)
    with open(test_set.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    bad = 0
    for kind in ("funders", "partners"):
        col = "funderLabel" if kind == "funders" else "partnerLabel"
        for label, req in (("all", False), ("required", True)):
            out, err = run(scorer, kind, test_set.gold, ["actionTitle", col],
                           rows(gold, kind, score.key, required_only=req))
            ok = out.startswith(ONE)
            bad += not ok
            print(f"{kind:8s} {label:8s} -> {out}{'' if ok else '  <-- NOT 1.0'}")
            _print_err(err)
    amounts = os.path.join(os.path.dirname(scorer), "score_amounts.py")
    if os.path.exists(amounts):
        arows = [(r["title"], f["name"], "" if f["amount_eur"] is None else f["amount_eur"])
                 for r in gold for f in r["funders"]]
        out, err = run(amounts, None, test_set.gold, ["actionTitle", "funderLabel", "amount"],
                       arows)
        n = sum(1 for r in gold for f in r["funders"]
                if f["amount_eur"] is not None and not f["borderline"])
        ok = out == f"{n} {n} 0"
        bad += not ok
        print(f"amounts  gold     -> {out} (exact, gold pairs with an amount, wrong)"
              f"{'' if ok else '  <-- NOT exact'}")
        _print_err(err)
    # informational: entries of one record that the scorer's containment rule could confuse
    for kind in ("funders", "partners"):
        entries = score.gold_entries(gold, kind)
        clashes = []
        for i, (t1, acc1, _) in enumerate(entries):
            for t2, acc2, _ in entries[i + 1:]:
                if t1 == t2 and any(score.names_match(a, b) for a in acc1 for b in acc2):
                    clashes.append(f"{t1[:40]} | {sorted(acc1)[0]} ~ {sorted(acc2)[0]}")
        print(f"{kind}: {len(clashes)} pairs of entries in one fiche whose names the scorer "
              "could confuse")
        for c in clashes:
            print("   ", c)
    if alts:
        for kind in ("funders", "partners"):
            col = "funderLabel" if kind == "funders" else "partnerLabel"
            fails, n = [], 0
            for ri, rec in enumerate(gold):
                for ii, it in enumerate(rec[kind]):
                    for alt in it["alt_names"]:
                        n += 1
                        out, _ = run(scorer, kind, test_set.gold, ["actionTitle", col],
                                     rows(gold, kind, score.key, swap=(ri, ii, alt)))
                        if not out.startswith(ONE):
                            fails.append(
                                f"{test_set.fiche_id(ri + 1)} {it['name']!r} -> {alt!r}: {out}")
            print(f"{kind}: {n} single alt-name substitutions, {len(fails)} not scoring 1.0")
            for f in fails:
                print("   ", f)
    return 1 if bad else 0
