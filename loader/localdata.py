"""The official lists of communes and intercommunalités: `LocalBody`, and the `Org` of one.

The lists (INSEE communes, DGCL EPCI, Grand Paris EPT) come from the npm package
`@etalab/decoupage-administratif`, vendored as `data/local-bodies.tsv.gz` by
`scripts/vendor_local_bodies.py`, and are read once per process: the intercommunalités at
once, the communes of a département when first asked for. Finding the bodies a text names is
`loader.localbodies`.

>>> auch = local_body("commune-32013")
>>> auch.name, auch.key, auch.departement_codes
('Auch', 'commune-32013', ('32',))
>>> sum(body.kind != "commune" for body in bodies_in("32"))
17
"""

from __future__ import annotations

import bisect
import gzip
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import NamedTuple

from loader.records import Org
from ontology.keys import fold
from ontology.namespace import ID

__all__ = ["DATA", "KINDS", "LocalBody", "bodies_in", "body_org", "local_body"]

DATA = Path(__file__).resolve().parent / "data" / "local-bodies.tsv.gz"

# Kinds of bodies: the commune, then the intercommunalités (EPCI à fiscalité propre and EPT).
KINDS = ("commune", "cc", "ca", "cu", "metropole", "ept")

_EPCI_PREFIX = {"CC": "Communauté de communes", "CA": "Communauté d'agglomération",
                "CU": "Communauté urbaine"}


class LocalBody(NamedTuple):
    """A commune (INSEE code) or an intercommunalité (SIREN), as in the official lists.

    `kind` is one of `KINDS`; `departement_codes` are the commune's département, or those of
    the intercommunalité's member communes. A NamedTuple: the data file makes 36,000 of them,
    several times faster than a dataclass.
    """

    code: str
    name: str
    kind: str
    departement_codes: tuple[str, ...]

    @property
    def key(self) -> str:
        """The body's key, e.g. "commune-12145" or "epci-243100518" (EPT included)."""
        return f"{self._path}-{self.code}"

    @property
    def iri(self) -> str:
        """The body's IRI, e.g. `https://w3id.org/maillage/id/commune/12145`."""
        return f"{ID}{self._path}/{self.code}"

    @property
    def _path(self) -> str:
        return "commune" if self.kind == "commune" else "epci"


class _Data(NamedTuple):
    """The data file: its sorted lines (communes are parsed on demand, found by bisection on
    their INSEE code) and its intercommunalités (parsed at once) by SIREN and by département
    code."""

    lines: list[str]
    epcis: dict[str, LocalBody]
    epcis_in: dict[str, list[LocalBody]]


@cache
def _data() -> _Data:
    """The data file, read once per process."""
    lines = gzip.decompress(DATA.read_bytes()).decode("utf-8").split("\n")[1:-1]
    communes = slice(bisect.bisect_left(lines, "commune\t"), _after(lines, "commune\t"))
    epcis: dict[str, LocalBody] = {}
    epcis_in: dict[str, list[LocalBody]] = defaultdict(list)
    for line in [*lines[:communes.start], *lines[communes.stop:]]:
        body = _body(line)
        epcis[body.code] = body
        for departement in body.departement_codes:
            epcis_in[departement].append(body)
    return _Data(lines, epcis, dict(epcis_in))


def _body(line: str) -> LocalBody:
    kind, code, name, departements = line.split("\t")
    return LocalBody(code, name, kind, tuple(departements.split("|")))


def _communes(prefix: str) -> list[LocalBody]:
    """The communes whose INSEE code starts with `prefix` (a département's, or a whole code)."""
    lines = _data().lines
    start = bisect.bisect_left(lines, f"commune\t{prefix}")
    return [_body(line) for line in lines[start:_after(lines, f"commune\t{prefix}", start)]]


def _after(lines: list[str], prefix: str, start: int = 0) -> int:
    """The index after the sorted `lines` that start with `prefix` (ASCII, tab-separated)."""
    return bisect.bisect_left(lines, f"{prefix}\uffff", start)


def bodies_in(departement_code: str) -> list[LocalBody]:
    """The communes of département `departement_code`, then the intercommunalités it holds
    a member commune of."""
    return [*_communes(departement_code), *_data().epcis_in.get(departement_code, [])]


def local_body(key: str) -> LocalBody | None:
    """The body of key `key` ("commune-12145", "epci-243100518"), None for any other key.

    >>> local_body("epci-200035632").departement_codes
    ('32',)
    >>> local_body("commune-12145").name
    'Millau'
    >>> local_body("caf-32") is None
    True
    """
    path, _, code = key.partition("-")
    if path == "commune" and len(code) == 5:
        found = _communes(code)
        return found[0] if found else None
    return _data().epcis.get(code) if path == "epci" else None


def _commune_label(name: str) -> str:
    """ "Commune de Millau", "Commune du Havre", "Commune des Abymes", "Commune d'Auch"."""
    if name.startswith("Le "):
        return f"Commune du {name[3:]}"
    if name.startswith("Les "):
        return f"Commune des {name[4:]}"
    if fold(name[:1]) in "aeiouyh":
        return f"Commune d'{name}"
    return f"Commune de {name}"


def body_org(body: LocalBody) -> Org:
    """The `Org` to put in `Funding.body` / `Partnership.body` for `body`: key from its code,
    label a reader recognises, kind "collectivite" (org-kind scheme).

    >>> body_org(local_body("epci-200035632")).label
    'Communauté de communes Armagnac Adour'
    >>> body_org(local_body("commune-76351")).label
    'Commune du Havre'
    """
    if body.kind == "commune":
        label = _commune_label(body.name)
    else:
        prefix, _, rest = body.name.partition(" ")
        label = f"{_EPCI_PREFIX[prefix]} {rest}" if prefix in _EPCI_PREFIX else body.name
    return Org(body.key, label, "collectivite")
