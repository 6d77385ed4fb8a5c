"""A small reference reader for the SENACS export layout, used only to cross-check the test gold
(the dev tooling's reader, its rules unchanged).

It is written separately from the renderer (spec.py) so that the round trip
"spec -> text -> parsed fields == gold fields" means something. It knows only the fixed header
vocabulary of the export; every other line is value text.

Rules it applies (the same ones README.md describes):
  * a fiche starts at a line exactly "Actions" when "- Structure organisatrice" is one of the next
    two lines; the line after "Actions" is the title, verbatim;
  * page-header lines "Les actions des centres sociaux" are dropped wherever they occur;
  * list fields (keywords, public, initiative, declared partners) are their "- item" lines with the
    leading "- " removed; bare "-" lines are list markers and are dropped;
  * free-text fields are the lines up to the next header, joined with "\n", trailing blank lines
    removed;
  * the structure line is split on its last " - " into structure and département;
  * "Territoire concerné" appears twice; the first occurrence is used.

usage: python3 -m eval.sets.ref_parse FILE  -> JSON on stdout
"""
import json
import sys

PAGE_HEADER = "Les actions des centres sociaux"
HEADER_KEYS = [
    ("- Structure organisatrice", "structure_line"),
    ("- Fichier(s) associé(s)", "files"),
    ("- Statut de l'action", "status"),
    ("- Raisons pour lesquelles l'action est terminée", "status_reason"),
    ("- Dimension", "dimension"),
    ("- Mots clés associés à l'action", "keywords"),
    ("- Résumé", "resume"),
    ("- Qui est à l'initiative de l'action ?", "initiative"),
    ("- Précision ( si autre )", "initiative_precision"),
    ("- Territoire concerné", "territory"),
    ("- Description de l'expérience, ses objectifs, ses acteurs et ses différentes phases.",
     "experience"),
    ("- Public", "public"),
    ("- Avec qui cette action a-t-elle été menée ?", "with_whom"),
    ("Partenaires d'action:", "declared_partners"),
    ("- Description générale", "description"),
    ("- Ressources financières mobilisées pour cette action", "financial"),
    ("- Nombre de personnes mobilisés pour cette action", "people_mobilised"),
    ("- Résultat sur le territoire", "result_territory"),
    ("- Résultat pour le centre social", "result_centre"),
    ("- Résultat pour les habitants", "result_inhabitants"),
    ("- Suite de l'action : Limites", "limits"),
    ("- Suite de l'action : Perspectives", "perspectives"),
]
HEADERS = dict(HEADER_KEYS)


def read_fiches(text):
    """-> [{"start_line": 1-based line of "Actions", "title": str, "blocks": {key: [lines]}}]"""
    lines = text.replace("\r\n", "\n").split("\n")
    fiches = []
    current = None
    field = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "Actions" and "- Structure organisatrice" in lines[i + 1:i + 3]:
            title = lines[i + 1] if i + 1 < len(lines) else None
            current = {"start_line": i + 1, "title": title, "blocks": {}}
            fiches.append(current)
            field = None
            i += 2
            continue
        i += 1
        if current is None or line == PAGE_HEADER:
            continue
        key = HEADERS.get(line)
        if key is not None:
            field = key
            # a repeated header (the second "Territoire concerné") opens a throw-away block
            if key in current["blocks"]:
                field = key + "#2"
            current["blocks"][field] = []
            continue
        if field is not None:
            current["blocks"][field].append(line)
    return fiches


def _items(lines):
    out = []
    for line in lines or []:
        s = line.strip()
        if s in ("", "-"):
            continue
        out.append(s[2:].strip() if s.startswith("- ") else s)
    return out


def _single(lines):
    items = _items(lines)
    return items[0] if items else None


def _text(lines):
    lines = list(lines or [])
    while lines and lines[-1].strip() == "":
        lines.pop()
    return "\n".join(lines) if lines else None


def structured(fiche):
    b = fiche["blocks"]
    sline = _single(b.get("structure_line"))
    structure = dept = None
    if sline:
        if " - " in sline:
            structure, dept = sline.rsplit(" - ", 1)
        else:
            structure = sline
    return {
        "title": fiche["title"],
        "structure": structure,
        "departement": dept,
        "status": _single(b.get("status")),
        "status_reason": _text(b.get("status_reason")),
        "dimension": _single(b.get("dimension")),
        "keywords": _items(b.get("keywords")),
        "public": _items(b.get("public")),
        "initiative": _items(b.get("initiative")),
        "initiative_precision": _text(b.get("initiative_precision")),
        "territory_scope": _single(b.get("territory")),
        "declared_partners": _items(b.get("declared_partners")),
        "people_mobilised": _text(b.get("people_mobilised")),
        "financial": _text(b.get("financial")),
        "source_line": fiche["start_line"],
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", newline="") as fh:
        data = fh.read()
    json.dump([structured(f) for f in read_fiches(data)], sys.stdout, ensure_ascii=False, indent=1)
