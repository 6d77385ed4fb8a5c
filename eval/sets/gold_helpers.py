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
