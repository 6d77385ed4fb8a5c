"""Renderer for the test sets' fiches (SENACS "fiches action" export layout).

Each fiche is a dict written by hand in a set's `scripts/records_1.py` .. `records_4.py`. The same
dict holds the text fields (spec keys below) and the hand annotations (keys `funders`, `partners`,
`budget`, `excluded`).

Spec keys (all optional unless marked *):
  id*, title*, structure_line (None -> the structure field is empty), files (None -> no
  "Fichier(s) associé(s)" header, [] -> header only, [names] -> header + one line per file),
  status (None -> empty), reason (rendered when status is "Terminée" or reason is not None),
  dimension (None -> empty), keywords*, resume, initiative*, precision (None -> no header),
  territory, experience, public*, declared*, description, financial, people, res_territoire,
  res_centre, res_habitants, limites, perspectives, page_header_after (bool).
Inside any free-text value, a line equal to PAGE_SENTINEL is rendered as the page-header line
"Les actions des centres sociaux" (a page break in the middle of a fiche).
"""

PAGE_HEADER = "Les actions des centres sociaux"
PAGE_SENTINEL = "@@PAGE@@"

# The free-text fields that close a fiche, each under its header, in export order.
CLOSING_FIELDS = [
    ("- Description générale", "description"),
    ("- Ressources financières mobilisées pour cette action", "financial"),
    ("- Nombre de personnes mobilisés pour cette action", "people"),
    ("- Résultat sur le territoire", "res_territoire"),
    ("- Résultat pour le centre social", "res_centre"),
    ("- Résultat pour les habitants", "res_habitants"),
    ("- Suite de l'action : Limites", "limites"),
    ("- Suite de l'action : Perspectives", "perspectives"),
]


def _text_lines(t):
    if not t:
        return []
    return [PAGE_HEADER if line == PAGE_SENTINEL else line for line in t.split("\n")]


def clean(t):
    """A free-text value as a reader sees it (no page-break lines, no trailing blank lines)."""
    if t is None:
        return None
    lines = [line for line in t.split("\n") if line != PAGE_SENTINEL]
    while lines and lines[-1].strip() == "":
        lines.pop()
    return "\n".join(lines) or None


def render(rec):
    """The export lines of one fiche (no page header unless embedded in a text field)."""
    L = ["Actions", rec["title"], "- Structure organisatrice"]
    if rec.get("structure_line"):
        L.append("- " + rec["structure_line"])
    if rec.get("files") is not None:
        L.append("- Fichier(s) associé(s)")
        L += rec["files"]
    L.append("- Statut de l'action")
    if rec.get("status"):
        L.append("- " + rec["status"])
    if rec.get("status") == "Terminée" or rec.get("reason") is not None:
        L.append("- Raisons pour lesquelles l'action est terminée")
        L += _text_lines(rec.get("reason") or "")
    L.append("- Dimension")
    if rec.get("dimension"):
        L.append("- " + rec["dimension"])
    L += ["- Mots clés associés à l'action", "-"] + ["- " + k for k in rec["keywords"]]
    L.append("- Résumé")
    L += _text_lines(rec.get("resume", ""))
    L += ["- Qui est à l'initiative de l'action ?", "-"] + ["- " + k for k in rec["initiative"]]
    if rec.get("precision") is not None:
        L.append("- Précision ( si autre )")
        L += _text_lines(rec["precision"])
    terr = ["- Territoire concerné"] + (["- " + rec["territory"]] if rec.get("territory") else [])
    L += terr
    L.append("- Description de l'expérience, ses objectifs, ses acteurs et ses différentes phases.")
    L += _text_lines(rec.get("experience", ""))
    L += ["- Public"] + ["- " + k for k in rec["public"]]
    L += ["- Avec qui cette action a-t-elle été menée ?", "-", "Partenaires d'action:"]
    L += ["- " + k for k in rec["declared"]]
    L += terr
    for header, key in CLOSING_FIELDS:
        L.append(header)
        L += _text_lines(rec.get(key, ""))
    return L


def render_file(records):
    """Page header on line 1, optional page headers between fiches, LF, no final newline
    (as the real export)."""
    out = [PAGE_HEADER]
    for rec in records:
        out += render(rec)
        if rec.get("page_header_after"):
            out.append(PAGE_HEADER)
    return "\n".join(out)


def structured_gold(rec):
    """The structured gold fields, derived from the spec (not from a parser)."""
    sl = rec.get("structure_line")
    structure = dept = None
    if sl:
        structure, dept = sl.rsplit(" - ", 1)
    return {
        "title": rec["title"],
        "structure": structure,
        "departement": dept,
        "status": rec.get("status"),
        "status_reason": clean(rec.get("reason")),
        "dimension": rec.get("dimension"),
        "keywords": list(rec.get("keywords", [])),
        "public": list(rec["public"]),
        "initiative": list(rec["initiative"]),
        "initiative_precision": clean(rec.get("precision")),
        "territory_scope": rec.get("territory"),
        "declared_partners": list(rec["declared"]),
        "people_mobilised": clean(rec.get("people")),
        "truncated": False,
    }
