"""Shared defaults for the fiches of test set 5 (records_1.py ... records_4.py)."""

from eval.sets.gold_helpers import NOB, X


def mk(id, title, structure_line, *, funders, partners, budget=NOB, excluded=None, files=(),
       status="En cours", reason=None, dimension="Citoyenneté", keywords=(), resume="",
       initiative=("Le centre social",), precision=None, territory="Une commune", experience="",
       public=("Tous publics",), declared=(), description="", financial="", people="",
       res_territoire="", res_centre="", res_habitants="", limites="", perspectives="",
       page_header_after=False):
    """One fiche: the spec keys of eval/sets/spec.py and the hand annotation."""
    return {
        "id": id, "title": title, "structure_line": structure_line,
        "files": None if files is None else list(files), "status": status, "reason": reason,
        "dimension": dimension, "keywords": list(keywords), "resume": resume,
        "initiative": list(initiative), "precision": precision, "territory": territory,
        "experience": experience, "public": list(public), "declared": list(declared),
        "description": description, "financial": financial, "people": people,
        "res_territoire": res_territoire, "res_centre": res_centre,
        "res_habitants": res_habitants, "limites": limites, "perspectives": perspectives,
        "page_header_after": page_header_after,
        "funders": funders, "partners": partners, "budget": budget,
        "excluded": excluded if excluded is not None else X(),
    }
