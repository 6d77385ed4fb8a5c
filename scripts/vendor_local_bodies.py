"""Vendor the communes and intercommunalités of `@etalab/decoupage-administratif` (npm).

python scripts/vendor_local_bodies.py [VERSION]

`npm pack`s the package into a temporary directory and derives
`loader/data/local-bodies.tsv.gz` (one line per body: kind, code, name, départements; lines
sorted, so by kind then code) with the package's licence and a README beside it.
Kept: the current communes (`commune-actuelle`) of the départements Maillage knows
(ontology/departements.csv: métropole, Corse and the five DROM); the EPCI à fiscalité propre
(CC, CA, CU, métropoles, the Métropole de Lyon) and the EPT of the Métropole du Grand Paris.
Left out: communes déléguées and associées and the arrondissements municipaux of Paris, Lyon
and Marseille (no council of their own that funds or partners), and the collectivités
d'outre-mer. Two special cases keep their place in the lists: Paris (75056) is a commune
(the Ville de Paris is also the département 75), the Métropole de Lyon (MET69, a collectivité
à statut particulier, not an EPCI) is a métropole under its SIREN. The output is
byte-identical for the same package version (gzip mtime 0).
"""

from __future__ import annotations

import csv
import gzip
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "loader" / "data"
PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
# The package's EPCI/EPT types and Maillage's kinds (loader.localdata.KINDS).
EPCI_KINDS = {"CC": "cc", "CA": "ca", "CU": "cu", "METRO": "metropole", "MET69": "metropole",
              "EPT": "ept"}


def _departement_codes() -> set[str]:
    with (ROOT / "ontology" / "departements.csv").open(encoding="utf-8", newline="") as file:
        return {row["code"] for row in csv.DictReader(file)}


def _member_departements(members: list[dict], communes: dict[str, str]) -> str:
    """The départements of an EPCI's member communes, sorted, "|"-joined."""
    return "|".join(sorted({communes[m["code"]] for m in members if m["code"] in communes}))


def rows(package: Path) -> list[tuple[str, str, str, str]]:
    """(kind, code, name, départements) of the bodies kept."""
    known = _departement_codes()
    data = package / "data"
    communes = {c["code"]: c for c in json.loads((data / "communes.json").read_text("utf-8"))
                if c["type"] == "commune-actuelle" and c.get("departement") in known}
    departement_of = {code: c["departement"] for code, c in communes.items()}
    found = [("commune", code, c["nom"], c["departement"]) for code, c in communes.items()]
    epcis = [*json.loads((data / "epci.json").read_text("utf-8")),
             *json.loads((data / "ept.json").read_text("utf-8"))]
    for epci in epcis:
        departements = _member_departements(epci["membres"], departement_of)
        if departements:
            found.append((EPCI_KINDS[epci["type"]], epci["code"], epci["nom"], departements))
    return found


def write(found: list[tuple[str, str, str, str]], out: Path) -> None:
    """`found` as gzipped tab-separated lines with a header, reproducible (no timestamp, no
    name), sorted so that a reader can bisect the communes by INSEE code. No quoting: no name
    holds a tab or a newline."""
    lines = ["kind\tcode\tname\tdepartements", *sorted("\t".join(row) for row in found)]
    assert all(line.count("\t") == 3 for line in lines)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))


def main(version: str = VERSION) -> int:
    """Fetch the package, write the data file, its licence and its README."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", f"{PACKAGE}@{version}"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(tarball) as archive:
            archive.extractall(tmp, filter="data")
        package = Path(tmp) / "package"
        found = rows(package)
        write(found, DATA / "local-bodies.tsv.gz")
        (DATA / "local-bodies.LICENSE").write_bytes((package / "LICENSE").read_bytes())
    counts = {kind: sum(1 for row in found if row[0] == kind)
              for kind in ("commune", *dict.fromkeys(EPCI_KINDS.values()))}
    (DATA / "local-bodies.README").write_text(
        f"{PACKAGE} {version} (npm), data/communes.json, epci.json, ept.json, derived by "
        "scripts/vendor_local_bodies.py.\n"
        f"Rows: {', '.join(f'{n} {kind}' for kind, n in counts.items())}.\n"
        "Code: MIT (local-bodies.LICENSE, beside). Data: INSEE Code officiel géographique and "
        "DGCL list of EPCI, Licence Ouverte / Open Licence 2.0 (Etalab).\n"
        "Special cases: Paris (75056) is a commune, the Métropole de Lyon (MET69) a métropole.\n",
        encoding="utf-8")
    print(f"wrote {DATA / 'local-bodies.tsv.gz'}: {len(found)} bodies")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
