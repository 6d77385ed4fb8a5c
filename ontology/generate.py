"""Generate `namespace.py` from `maillage.ttl` and `territories.ttl` from `departements.csv`.

python -m ontology.generate           # rewrite the generated files
python -m ontology.generate --check   # exit 1 if one of them is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from ontology.reference import (
    NAMESPACE_PY,
    ONTOLOGY_TTL,
    TERRITORIES_TTL,
    departements,
)

__all__ = ["main", "namespace_source", "territories_source"]

MLG_IRI = "https://w3id.org/maillage/ontology#"
ID_IRI = "https://w3id.org/maillage/id/"

_NAMESPACE_HEAD = f'''\
"""The Maillage ontology's terms as an rdflib namespace: a misspelt term raises.

Generated from ontology/maillage.ttl by `python -m ontology.generate`: do not edit.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["ID", "MLG"]

# Base IRI of the data (docs/model.md).
ID = "{ID_IRI}"


class MLG(DefinedNamespace):
    """Maillage ontology: {MLG_IRI}"""

    _fail = True
    _NS = Namespace("{MLG_IRI}")
'''

_TERRITORIES_HEAD = f"""\
# Départements and régions of France, overseas included: INSEE codes, 2016 régions.
# Generated from ontology/departements.csv by `python -m ontology.generate`: do not edit.

@prefix mlg: <{MLG_IRI}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix departement: <{ID_IRI}departement/> .
@prefix region: <{ID_IRI}region/> .
"""


def _terms(graph: Graph, kinds: Sequence[URIRef]) -> list[tuple[str, str]]:
    """The (local name, English label) of the mlg: terms typed with one of `kinds`, sorted."""
    found = set()
    for kind in kinds:
        for term in graph.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and term.startswith(MLG_IRI):
                labels = [o for o in graph.objects(term, RDFS.label)
                          if isinstance(o, Literal) and o.language == "en"]
                found.add((term.removeprefix(MLG_IRI), str(labels[0]) if labels else ""))
    return sorted(found)


def namespace_source(ontology: Path = ONTOLOGY_TTL) -> str:
    """The text of `namespace.py` for the ontology at `ontology`."""
    graph = Graph().parse(ontology, format="turtle")
    sections = [
        ("Classes", _terms(graph, [OWL.Class])),
        ("Properties", _terms(graph, [OWL.ObjectProperty, OWL.DatatypeProperty])),
    ]
    lines = [_NAMESPACE_HEAD]
    for title, terms in sections:
        lines.append(f"    # {title}")
        lines.extend(f"    {name}: URIRef  # {label}" for name, label in terms)
        lines.append("")
    return "\n".join(lines[:-1]) + "\n"


def _literal(text: str) -> str:
    """`text` as a Turtle string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def territories_source() -> str:
    """The text of `territories.ttl` for the départements of `departements.csv`."""
    regions = sorted({(d.region_code, d.region_name) for d in departements()})
    blocks = [_TERRITORIES_HEAD, "# Régions\n"]
    blocks += [
        f"region:{code} a mlg:Region ;\n"
        f"    rdfs:label {_literal(name)} ;\n"
        f'    mlg:inseeCode "{code}" .\n'
        for code, name in regions
    ]
    blocks.append("# Départements\n")
    blocks += [
        f"departement:{d.code} a mlg:Departement ;\n"
        f"    rdfs:label {_literal(d.name)} ;\n"
        f'    mlg:inseeCode "{d.code}" ;\n'
        f"    schema:containedInPlace region:{d.region_code} .\n"
        for d in departements()
    ]
    return "\n".join(blocks)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the generated files, or with `--check` report those out of date (exit 1)."""
    parser = argparse.ArgumentParser(prog="python -m ontology.generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check, exit 1 on a diff")
    args = parser.parse_args(argv)
    outputs = {
        NAMESPACE_PY: namespace_source(),
        TERRITORIES_TTL: territories_source(),
    }
    stale = [
        path
        for path, text in outputs.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    for path in stale:
        if args.check:
            print(f"{path.name} is out of date: run python -m ontology.generate", file=sys.stderr)
        else:
            path.write_text(outputs[path], encoding="utf-8")
            print(f"wrote {path}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
