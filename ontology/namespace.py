"""The Maillage ontology's terms as an rdflib namespace: a misspelt term raises.

Generated from ontology/maillage.ttl by `python -m ontology.generate`: do not edit.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["ID", "MLG"]

# Base IRI of the data (docs/model.md).
ID = "https://w3id.org/maillage/id/"


class MLG(DefinedNamespace):
    """Maillage ontology: https://w3id.org/maillage/ontology#"""

    _fail = True
    _NS = Namespace("https://w3id.org/maillage/ontology#")

    # Classes
    Action: URIRef  # action
    CoFunding: URIRef  # co-funding
    CommunauteDAgglomeration: URIRef  # agglomeration community
    CommunauteDeCommunes: URIRef  # community of communes
    CommunauteUrbaine: URIRef  # urban community
    Commune: URIRef  # commune
    Departement: URIRef  # département
    EtablissementPublicTerritorial: URIRef  # territorial public establishment
    Funder: URIRef  # funder
    FunderLink: URIRef  # funder link
    Funding: URIRef  # funding
    FundingTheme: URIRef  # funded theme
    Intercommunality: URIRef  # intercommunality
    Keyword: URIRef  # keyword
    LocalBody: URIRef  # local body
    Metropole: URIRef  # metropolis
    Partner: URIRef  # partner
    PartnerLink: URIRef  # partner link
    Partnership: URIRef  # partnership
    Region: URIRef  # region
    SourceFile: URIRef  # source file
    Structure: URIRef  # structure
    Territory: URIRef  # territory

    # Properties
    actionCount: URIRef  # action count
    attachedFiles: URIRef  # attached files
    audience: URIRef  # audience
    body: URIRef  # local body
    budget: URIRef  # budget
    budgetEvidence: URIRef  # budget evidence
    coFundingRow: URIRef  # co-funders row
    departement: URIRef  # département
    diagnostic: URIRef  # diagnostic
    dimension: URIRef  # dimension
    endReason: URIRef  # end reason
    field: URIRef  # field
    financialResources: URIRef  # financial resources
    fundedActions: URIRef  # funded actions
    fundedBy: URIRef  # funded by
    funderLinks: URIRef  # funder links (list)
    funderRow: URIRef  # funders row
    funding: URIRef  # funding
    fundsIn: URIRef  # funds in
    generalDescription: URIRef  # general description
    grantRequest: URIRef  # grant request
    grantStatus: URIRef  # grant status
    impacts: URIRef  # impacts
    initiative: URIRef  # initiative
    initiativeDetail: URIRef  # initiative detail
    inseeCode: URIRef  # INSEE code
    key: URIRef  # key
    knownAmount: URIRef  # known amount
    limits: URIRef  # limits
    line: URIRef  # line
    lineEnd: URIRef  # end line
    lineStart: URIRef  # start line
    linkedOrganisation: URIRef  # linked organisation
    linkedStructure: URIRef  # linked structure
    method: URIRef  # method
    orgKind: URIRef  # organisation kind
    organiser: URIRef  # organiser
    partner: URIRef  # partner
    partnerLinks: URIRef  # partner links (list)
    partnerOrg: URIRef  # partner organisation
    partnerType: URIRef  # partner type
    partnership: URIRef  # partnership
    peopleMobilised: URIRef  # people mobilised
    perspectives: URIRef  # perspectives
    publisher: URIRef  # publisher
    quote: URIRef  # quote
    region: URIRef  # region
    resultInhabitants: URIRef  # result for the inhabitants
    resultStructure: URIRef  # result for the structure
    resultTerritory: URIRef  # result for the territory
    siren: URIRef  # SIREN number
    status: URIRef  # status
    structureCount: URIRef  # structure count
    successFactors: URIRef  # success factors
    territoryScope: URIRef  # territory scope
    truncated: URIRef  # truncated
    year: URIRef  # year
