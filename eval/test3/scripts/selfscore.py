"""Score the gold against itself with the project's scorer (tools/score.py); every line must read 1.000 1.000 1.000.

usage: cd eval/test3/scripts && python3 selfscore.py [--alts] [--scorer PATH]

Writes small CSVs (actionTitle,funderLabel / actionTitle,partnerLabel) from ../test3-gold.json:
  - "all":      every gold name, required and borderline; for partners the declared "Partenaires d'action:"
                items are added too, because the scorer counts them as partners;
  - "required": only the non-borderline names (borderline items are optional, so this must score 1.0 too).
With --alts it also re-scores once per alternative label (one item's name replaced by one of its
alt_names; a declared item merged with it is then left out) and lists the substitutions that do not score
1.0 (informational: the scorer matches greedily, first match wins, and accepts containment).
Also runs tools/score_amounts.py on a CSV that carries the gold amounts (must give "N N 0").
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "test3-gold.json")
DEFAULT_SCORER = os.environ.get("SCORER") or next(
    (p for p in (os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "tools", "score.py"),
                 "/work/shared/eval/tools/score.py") if os.path.exists(p)), "/work/shared/eval/tools/score.py")
DEFAULT_SCORER = os.path.normpath(DEFAULT_SCORER)


def _key(s):
    """The scorer's own normalisation (imported lazily so that --scorer can point elsewhere)."""
    sys.path.insert(0, os.path.dirname(SCORER))
    from score import key  # noqa: E402
    return key(s)


def rows(gold, kind, required_only=False, swap=None):
    """CSV rows from the gold. swap=(record index, item index, alt): that item is output under its alt label
    instead; for partners, a declared item that the scorer merges with it is then not output either
    (an extractor that names the body by the alt label outputs one row for it, not two)."""
    out = []
    for ri, rec in enumerate(gold):
        dropped = set()
        for ii, it in enumerate(rec[kind]):
            if required_only and it["borderline"]:
                continue
            name = it["name"]
            if swap and swap[:2] == (ri, ii):
                name = swap[2]
                dropped = {_key(it["name"])} | {_key(a) for a in it["alt_names"]}
            out.append((rec["title"], name))
        if kind == "partners":
            out += [(rec["title"], d) for d in rec["declared_partners"] if _key(d) not in dropped]
    return out


def run(scorer, kind, header, rws):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rws)
        path = fh.name
    args = [sys.executable, scorer] + ([kind] if kind else []) + [GOLD, path]
    r = subprocess.run(args, capture_output=True, text=True)
    os.unlink(path)
    return r.stdout.strip(), r.stderr.strip()


SCORER = DEFAULT_SCORER


def main():
    global SCORER
    scorer = DEFAULT_SCORER
    if "--scorer" in sys.argv:
        scorer = sys.argv[sys.argv.index("--scorer") + 1]
    SCORER = scorer
    gold = json.load(open(GOLD, encoding="utf-8"))
    bad = 0
    for kind in ("funders", "partners"):
        col = "funderLabel" if kind == "funders" else "partnerLabel"
        for label, req in (("all", False), ("required", True)):
            out, err = run(scorer, kind, ["actionTitle", col], rows(gold, kind, required_only=req))
            ok = out.startswith("1.000 1.000 1.000")
            bad += not ok
            print(f"{kind:8s} {label:8s} -> {out}{'' if ok else '  <-- NOT 1.0'}")
            if err:
                print("   ", err.replace("\n", "\n    "))
    amounts = os.path.join(os.path.dirname(scorer), "score_amounts.py")
    if os.path.exists(amounts):
        arows = [(r["title"], f["name"], "" if f["amount_eur"] is None else f["amount_eur"])
                 for r in gold for f in r["funders"]]
        out, err = run(amounts, None, ["actionTitle", "funderLabel", "amount"], arows)
        n = sum(1 for r in gold for f in r["funders"] if f["amount_eur"] is not None and not f["borderline"])
        ok = out == f"{n} {n} 0"
        bad += not ok
        print(f"amounts  gold     -> {out} (exact, gold pairs with an amount, wrong){'' if ok else '  <-- NOT exact'}")
        if err:
            print("   ", err.replace("\n", "\n    "))
    # informational: entries of one record that the scorer's containment rule could confuse
    sys.path.insert(0, os.path.dirname(SCORER))
    import score  # noqa: E402
    for kind in ("funders", "partners"):
        entries = score.gold_entries(gold, kind)
        clashes = []
        for i, (t1, acc1, _) in enumerate(entries):
            for t2, acc2, _ in entries[i + 1:]:
                if t1 == t2 and any(score.names_match(a, b) for a in acc1 for b in acc2):
                    clashes.append(f"{t1[:40]} | {sorted(acc1)[0]} ~ {sorted(acc2)[0]}")
        print(f"{kind}: {len(clashes)} pairs of entries in one fiche whose names the scorer could confuse")
        for c in clashes:
            print("   ", c)
    if "--alts" in sys.argv:
        for kind in ("funders", "partners"):
            col = "funderLabel" if kind == "funders" else "partnerLabel"
            fails, n = [], 0
            for ri, rec in enumerate(gold):
                for ii, it in enumerate(rec[kind]):
                    for alt in it["alt_names"]:
                        n += 1
                        out, _ = run(scorer, kind, ["actionTitle", col], rows(gold, kind, swap=(ri, ii, alt)))
                        if not out.startswith("1.000 1.000 1.000"):
                            fails.append(f"V{ri + 1:02d} {it['name']!r} -> {alt!r}: {out}")
            print(f"{kind}: {n} single alt-name substitutions, {len(fails)} not scoring 1.0")
            for f in fails:
                print("   ", f)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
