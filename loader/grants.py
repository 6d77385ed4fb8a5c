"""The fate of a grant as a fiche tells it: obtained, asked for and pending, or refused; and
the grants that were never asked for at all."""

from __future__ import annotations

import re

from loader.records import GrantStatus
from ontology.keys import fold

__all__ = ["grant_status"]

_REFUSED = re.compile(
    r"\brefus|non retenue?|pas (?:ete )?retenue?|n'a pas (?:ete )?(?:retenue?|accorde|obtenu)|"
    r"rejet|defavorable|pas obtenu|n'ont pas (?:ete )?retenu|sans suite|pas donne suite")
_REQUESTED = re.compile(
    r"en attente|dossier (?:depose|en cours|envoye)|demande (?:deposee|en cours|envoyee)|"
    r"demande de (?:financement|subvention)|sollicite|pas de reponse|reponse attendue|"
    r"en cours d'instruction|a solliciter|sera (?:sollicite|demande)|envisage|a l'etude|"
    r"reponse en|attendons|esperons")
_NEVER = re.compile(r"pas de (?:dossier|demande)|aucune demande|pas (?:ete )?demande|"
                    r"pas (?:fait|depose) de (?:dossier|demande)|pas (?:ete )?sollicite")


def grant_status(text: str) -> GrantStatus | None:
    """"refuse", "demande", "obtenu", or None when the text says no grant was asked.

    >>> grant_status("Région Auvergne-Rhône-Alpes : dossier déposé en mars")
    'demande'
    >>> grant_status("Caf du Doubs : demande refusée")
    'refuse'
    """
    folded = fold(text)
    if _NEVER.search(folded):
        return None
    if _REFUSED.search(folded):
        return "refuse"
    if _REQUESTED.search(folded):
        return "demande"
    return "obtenu"
