"""SHACL validation of a store against `ontology/shapes.ttl` (pyshacl over rdflib)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

import ontology

__all__ = ["SHAPES", "ValidationReport", "validate"]

SHAPES = Path(ontology.__file__).resolve().parent / "shapes.ttl"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome: does the data conform, how many violations, and pyshacl's text."""

    conforms: bool
    violations: int
    text: str


def validate(store: ox.Store) -> ValidationReport:
    """Validate the store's default graph against the shapes."""
    data = rdflib.Graph()
    data.parse(data=ox.serialize((quad.triple for quad in store), format=ox.RdfFormat.N_TRIPLES),
               format="nt")
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, results, text = shacl_validate(data, shacl_graph=shapes, inference="none",
                                             advanced=True, allow_warnings=True)
    violations = sum(1 for _ in results.subjects(
        rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#ValidationResult")))
    summary = f"conforms: {len(data)} triples checked" if conforms else text.strip()
    return ValidationReport(bool(conforms), violations, summary)
