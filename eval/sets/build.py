"""Render a test set's `<set>-fiches.txt` from its hand-written fiches and write `<set>-gold.json`,
with checks.

usage (from the project root): python3 -m eval.sets build [SET ...]

Checks (every problem is printed, and the build fails if there is any):
  - every evidence quote (funders, partners, budget) is an exact substring of its own fiche, both in
    the reader's view (page-header lines removed) and as one unbroken stretch of the raw file;
  - the structured fields written from the spec equal what the separate reader ref_parse.py reads
    back from the fiches file (title, structure, département, status, reason, dimension, keywords,
    public, initiative, précision, territory, declared partners, people_mobilised, source_line);
  - every non-null amount_eur, every amount_range bound and every total is one of the amounts
    written in its own evidence (French notations: "12 500 €", "12.500€", "12000 e", "3 k€",
    "2,5 k€", "9K€", "4 200,00 €", NBSP / narrow-NBSP separators, "mille euros",
    "entre 8 et 10 k€", "6200 EUR");
  - no funder has both an amount and a range; titles are unique; one object per (fiche, name) per
    kind; the fiche ids run from <prefix>01 in order;
  - the file is UTF-8, LF only, no final newline, and holds exactly the expected number of fiches.
"""

import json
import re

from eval.sets import ref_parse
from eval.sets.spec import PAGE_HEADER, render_file, structured_gold

KEY_ORDER = ["title", "structure", "departement", "status", "status_reason", "dimension",
             "keywords", "public", "initiative", "initiative_precision", "territory_scope",
             "declared_partners", "funders", "total_budget_eur", "budget_evidence",
             "total_budget_alternatives", "total_budget_range", "partners", "people_mobilised",
             "borderline_excluded", "truncated", "source_line"]
STRUCT_KEYS = ["title", "structure", "departement", "status", "status_reason", "dimension",
               "keywords", "public", "initiative", "initiative_precision", "territory_scope",
               "declared_partners", "people_mobilised", "source_line"]
ITEM_KEYS = {
    "funders": {"name", "amount_eur", "amount_range", "evidence", "borderline", "alt_names"},
    "partners": {"name", "evidence", "borderline", "alt_names"},
}

SP = "[ \u00a0\u202f]"
WORD_NUMBERS = {"mille": 1000, "deux mille": 2000, "trois mille": 3000, "quatre mille": 4000,
                "cinq mille": 5000, "mille cinq cents": 1500, "deux mille cinq cents": 2500}
NUM = r"(\d{1,3}(?:" + SP + r"\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?"


def _num(intpart, dec):
    return float(re.sub(r"[ .\u00a0\u202f]", "", intpart) + ("." + dec if dec else ""))


def amounts_in(s):
    """All euro-ish numbers written in s, under the French notations used in the sets."""
    found = set()
    for w, v in WORD_NUMBERS.items():
        if re.search(r"\b" + w + r"\s+euros?\b", s):
            found.add(float(v))
    # "entre 8 et 10 k€" / "de 3 à 4 k€": both bounds in thousands
    thousands = r"(?:entre|de) (\d+(?:,\d+)?) (?:et|à) (\d+(?:,\d+)?)" + SP + r"?[kK]\s?€"
    for m in re.finditer(thousands, s):
        found.update(float(x.replace(",", ".")) * 1000 for x in m.groups())
    for m in re.finditer(NUM + r"(" + SP + r"?[kK]\s?€|" + SP + r"?[kK]\b)?", s):
        n = _num(m.group(1), m.group(2))
        if m.group(3):
            n *= 1000
        found.add(n)
    return found


def record_slices(text):
    """-> list of (reader_text, raw_text) per fiche; the reader view drops page-header lines."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines)
              if line == "Actions" and "- Structure organisatrice" in lines[i + 1:i + 3]]
    out = []
    for s, e in zip(starts, [*starts[1:], len(lines)], strict=True):
        raw = lines[s:e]
        out.append(("\n".join(line for line in raw if line != PAGE_HEADER), "\n".join(raw)))
    return out


def gold_of(records, fiches):
    """The gold objects: the structured fields from the spec, the annotations, the reader's line."""
    gold = []
    for spec, fiche in zip(records, fiches, strict=False):
        g = structured_gold(spec)
        g["funders"] = spec["funders"]
        g.update(spec["budget"])
        g["partners"] = spec["partners"]
        g["borderline_excluded"] = spec["excluded"]
        g["source_line"] = fiche["start_line"]
        gold.append({k: g[k] for k in KEY_ORDER})
    return gold


def check_items(rid, g, reader, raw, ev_err, amt_err, misc):
    """Funders and partners of one fiche: keys, unique names, evidence quoted, amounts in it."""
    for kind in ("funders", "partners"):
        names = [o["name"] for o in g[kind]]
        if len(names) != len(set(names)):
            misc.append(f"{rid} duplicate {kind} names {names}")
        for o in g[kind]:
            if set(o) != ITEM_KEYS[kind]:
                misc.append(f"{rid} {kind} {o.get('name')!r}: bad keys {sorted(o)}")
            for view, t in (("reader", reader), ("raw", raw)):
                if o["evidence"] not in t:
                    ev_err.append(f"{rid} {kind} {o['name']!r} ({view}): {o['evidence']!r}")
            if kind == "funders":
                found = amounts_in(o["evidence"])
                if o["amount_eur"] is not None and float(o["amount_eur"]) not in found:
                    amt_err.append(
                        f"{rid} {o['name']}: amount {o['amount_eur']} not in {sorted(found)}")
                for b in o["amount_range"] or []:
                    if float(b) not in found:
                        amt_err.append(f"{rid} {o['name']}: range bound {b} not in {sorted(found)}")
                if o["amount_eur"] is not None and o["amount_range"]:
                    amt_err.append(f"{rid} {o['name']}: both amount and range")


def check_budget(rid, g, reader, raw, ev_err, amt_err):
    """The total budget of one fiche: evidence quoted, the total and range bounds in it."""
    if g["budget_evidence"]:
        for view, t in (("reader", reader), ("raw", raw)):
            if g["budget_evidence"] not in t:
                ev_err.append(f"{rid} budget ({view}): {g['budget_evidence']!r}")
        found = amounts_in(g["budget_evidence"])
        total = [g["total_budget_eur"]] if g["total_budget_eur"] is not None else []
        for v in total + (g["total_budget_range"] or []):
            if float(v) not in found:
                amt_err.append(f"{rid} total {v} not in {sorted(found)}")
    elif g["total_budget_eur"] is not None or g["total_budget_range"]:
        amt_err.append(f"{rid} total without evidence")


def build(test_set):
    """Write the set's two files, print every problem and a summary; -> 0, or 1 on problems."""
    records = test_set.records()
    text = render_file(records)
    with open(test_set.fiches, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    raw_bytes = test_set.fiches.read_bytes()
    problems = []
    if b"\r" in raw_bytes:
        problems.append("file contains CR")
    if raw_bytes.endswith(b"\n"):
        problems.append("file ends with a newline")
    raw_bytes.decode("utf-8")

    fiches = ref_parse.read_fiches(text)
    if len(fiches) != len(records):
        problems.append(f"reader finds {len(fiches)} fiches, spec has {len(records)}")
    if len(records) != test_set.expected_count:
        problems.append(f"{len(records)} fiches, expected {test_set.expected_count}")
    ids = [r["id"] for r in records]
    if ids != [test_set.fiche_id(i) for i in range(1, len(records) + 1)]:
        problems.append(f"ids out of order: {ids}")

    gold = gold_of(records, fiches)
    ev_err, rt_err, amt_err, misc = [], [], [], []
    for spec, g, (reader, raw), fiche in zip(records, gold, record_slices(text), fiches,
                                             strict=False):
        rid = spec["id"]
        check_items(rid, g, reader, raw, ev_err, amt_err, misc)
        check_budget(rid, g, reader, raw, ev_err, amt_err)
        s = ref_parse.structured(fiche)
        for k in STRUCT_KEYS:
            if s.get(k) != g[k]:
                rt_err.append(f"{rid} {k}: reader={s.get(k)!r} gold={g[k]!r}")
    titles = [" ".join(g["title"].split()) for g in gold]
    if len(titles) != len(set(titles)):
        misc.append("duplicate titles")

    for e in problems + ev_err + rt_err + amt_err + misc:
        print("PROBLEM:", e)
    with open(test_set.gold, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"{test_set.name} set: {len(gold)} fiches, {text.count(chr(10)) + 1} lines; "
          f"{len(ev_err)} evidence errors, {len(rt_err)} reader mismatches, "
          f"{len(amt_err)} amount errors, {len(problems) + len(misc)} other problems")
    return 1 if problems or ev_err or rt_err or amt_err or misc else 0
