"""What a query may ask of the machine that runs it: no update, no SERVICE call unless allowed.

A federated `SERVICE <url>` makes the engine itself fetch `url`: from `maillage serve`, any
client could make the machine request any address (a server-side request forgery), so
`SERVICE` is refused unless the user opts in. The check cannot be fooled by text that hides
the keyword: a query whose text holds the word `service` is parsed (rdflib's SPARQL parser)
and refused if it calls SERVICE or if it cannot be parsed.

>>> calls_service('SELECT * WHERE { ?s ?p "service" }')
False
>>> calls_service("select * { ?s ?p ?o  optional { service <http://10.0.0.1/> { ?s ?p ?o } } }")
True
>>> is_update("PREFIX x: <urn:x#> # a comment\\nINSERT DATA { x:a x:b x:c }")
True
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["calls_service", "is_update"]

_SERVICE_WORD = re.compile(r"(?<![\w?$:])service(?![\w:])", re.IGNORECASE)
_UPDATE = re.compile(r"(?:\s+|#[^\n]*+|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                     re.IGNORECASE)


def calls_service(sparql: str) -> bool:
    """Whether the query `sparql` may call SERVICE (True when it cannot be parsed and holds
    the word)."""
    if not _SERVICE_WORD.search(sparql):
        return False
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(sparql)
    except Exception:  # any failure of the parser: unsure, so refuse
        return True
    return _has_service(tree)


def is_update(sparql: str) -> bool:
    """Whether `sparql` is a SPARQL Update request (its first keyword after the prologue)."""
    return _UPDATE.match(sparql) is not None


def _has_service(node: Any) -> bool:
    """Whether rdflib's parse tree `node` holds a SERVICE graph pattern."""
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_has_service(value) for value in node.values())
    if isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        return any(_has_service(item) for item in node)
    return False
