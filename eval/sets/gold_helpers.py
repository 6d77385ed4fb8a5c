"""Small constructors for the hand annotations of the test sets (`eval/<set>/scripts/records_*.py`).

F(name, amount, evidence, borderline=False, alt=(), rng=None)  -> one funder object
P(name, evidence, borderline=False, alt=())                    -> one partner object
B(value, evidence, alternatives=(), rng=None)                  -> the budget fields of a record
NOB                                                            -> "no total budget stated"
X(funders=[...], partners=[...])                               -> the borderline_excluded notes

Every evidence string must be an exact substring of its own record (build.py checks it).
"""


def F(name, amount, evidence, borderline=False, alt=(), rng=None):
    return {"name": name, "amount_eur": amount, "amount_range": list(rng) if rng else None,
            "evidence": evidence, "borderline": borderline, "alt_names": list(alt)}


def P(name, evidence, borderline=False, alt=()):
    return {"name": name, "evidence": evidence, "borderline": borderline, "alt_names": list(alt)}


def B(value, evidence, alternatives=(), rng=None):
    return {"total_budget_eur": value, "budget_evidence": evidence,
            "total_budget_alternatives": list(alternatives),
            "total_budget_range": list(rng) if rng else None}


NOB = B(None, None)


def X(funders=(), partners=()):
    return {"funders": list(funders), "partners": list(partners)}


# alt-name lists used several times
ANCT_ALT = ["Politique de la ville", "Contrat de ville", "État"]

def mk(id, title, structure_line, *, funders, partners, budget=NOB, excluded=None, files=(),
       status="En cours", reason=None, dimension="Citoyenneté", keywords=(), resume="",
       initiative=("Le centre social",), precision=None, territory="Une commune", experience="",
       public=("Tous publics",), declared=(), description="", financial="", people="",
       res_territoire="", res_centre="", res_habitants="", limites="", perspectives="",
       page_header_after=False):
    """One fiche: the spec keys of eval/sets/spec.py and the hand annotation, with the defaults
    of test sets 4 and 5 (status "En cours", no file list …)."""
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
