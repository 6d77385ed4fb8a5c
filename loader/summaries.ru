# Summaries, computed once at build time so that the questions that must count everything
# (funders, co-funders, funded themes, structures, keywords, départements, national networks)
# answer at national scale without aggregating every action again. tests/test_summaries.py
# checks each against the live aggregation it replaces. First the funders: per funder, the number of actions it
# pays for, the total of the amounts the texts tie to it, the départements where it funds.
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX id: <https://w3id.org/maillage/id/>
PREFIX mlg: <https://w3id.org/maillage/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT { ?funder mlg:fundedActions ?actions }
WHERE {
  SELECT ?funder (COUNT(DISTINCT ?action) AS ?actions)
  WHERE { ?action mlg:fundedBy ?funder }
  GROUP BY ?funder
} ;

INSERT { ?funder mlg:knownAmount ?total }
WHERE {
  SELECT ?funder (SUM(?amount) AS ?total)
  WHERE { ?funding schema:funder ?funder ; schema:amount ?amount }
  GROUP BY ?funder
} ;

INSERT { ?funder mlg:fundsIn ?departement }
WHERE {
  SELECT DISTINCT ?funder ?departement
  WHERE { ?action mlg:fundedBy ?funder ; mlg:organiser/mlg:departement ?departement }
} ;

# Per structure, keyword and département: how many actions (and structures) they have.
INSERT { ?structure mlg:actionCount ?actions }
WHERE {
  SELECT ?structure (COUNT(?action) AS ?actions)
  WHERE { ?action mlg:organiser ?structure }
  GROUP BY ?structure
} ;

INSERT { ?concept mlg:actionCount ?actions }
WHERE {
  SELECT ?concept (COUNT(DISTINCT ?action) AS ?actions)
  WHERE { ?action a mlg:Action ; dcterms:subject ?concept }
  GROUP BY ?concept
} ;

INSERT { ?departement mlg:actionCount ?actions ; mlg:structureCount ?structures }
WHERE {
  SELECT ?departement (COUNT(DISTINCT ?structure) AS ?structures) (COUNT(?action) AS ?actions)
  WHERE { ?structure mlg:departement ?departement . ?action mlg:organiser ?structure }
  GROUP BY ?departement
} ;

# Co-funders: each pair of funders paying for the same actions, and how many.
INSERT { ?pair a mlg:CoFunding ; schema:funder ?funder, ?other ; mlg:actionCount ?actions }
WHERE {
  SELECT ?funder ?other (COUNT(?action) AS ?actions)
         (IRI(CONCAT(STR(id:), "co-funding/", STRAFTER(STR(?funder), "/id/org/"), "/",
                     STRAFTER(STR(?other), "/id/org/"))) AS ?pair)
  WHERE { ?action mlg:fundedBy ?funder, ?other . FILTER(STR(?funder) < STR(?other)) }
  GROUP BY ?funder ?other
} ;

# Funded themes: per funder and keyword, the funded actions carrying the keyword.
INSERT { ?theme a mlg:FundingTheme ; schema:funder ?funder ; dcterms:subject ?concept ;
           mlg:actionCount ?actions }
WHERE {
  SELECT ?funder ?concept (COUNT(?action) AS ?actions)
         (IRI(CONCAT(STR(id:), "funding-theme/", STRAFTER(STR(?funder), "/id/org/"), "/",
                     STRAFTER(STR(?concept), "/id/keyword/"))) AS ?theme)
  WHERE { ?action mlg:fundedBy ?funder ; dcterms:subject ?concept }
  GROUP BY ?funder ?concept
} ;

# Rows: the summaries above written as the rows of the questions that list every funder and
# every co-funding pair (queries/funders.rq, co-funders.rq), their values joined by line
# breaks, so that a question reads one value per row instead of four to eight. A name, which
# may hold anything, comes last; the first name of a pair has its line breaks (which only a
# name found by NER could hold) written as spaces.
INSERT { ?funderNode mlg:funderRow ?row }
WHERE {
  {
    SELECT ?funderNode ?funder ?kind ?actions ?totalAmount
           (GROUP_CONCAT(DISTINCT ?departement; separator=" | ") AS ?departements)
    WHERE {
      ?funderNode mlg:fundedActions ?actions ;
        rdfs:label ?funder .
      OPTIONAL { ?funderNode mlg:knownAmount ?totalAmount }
      OPTIONAL { ?funderNode mlg:orgKind ?kindNode OPTIONAL { ?kindNode skos:prefLabel ?kind } }
      OPTIONAL { ?funderNode mlg:fundsIn ?fundedIn OPTIONAL { ?fundedIn rdfs:label ?departement } }
    }
    GROUP BY ?funderNode ?funder ?kind ?actions ?totalAmount
  }
  BIND(CONCAT(STR(?actions), "\n", COALESCE(STR(?kind), ""), "\n",
              COALESCE(STR(?totalAmount), ""), "\n", COALESCE(?departements, ""), "\n",
              STR(?funder)) AS ?row)
} ;

INSERT { ?pair mlg:coFundingRow ?row }
WHERE {
  ?pair a mlg:CoFunding ;
    mlg:actionCount ?actions ;
    schema:funder ?first, ?second .
  FILTER(STR(?first) < STR(?second))
  ?first rdfs:label ?firstLabel .
  ?second rdfs:label ?secondLabel .
  FILTER(STR(?firstLabel) != STR(?secondLabel))
  BIND(IF(STR(?firstLabel) < STR(?secondLabel), ?firstLabel, ?secondLabel) AS ?funderLabel)
  BIND(IF(STR(?firstLabel) < STR(?secondLabel), ?secondLabel, ?firstLabel) AS ?otherLabel)
  BIND(CONCAT(STR(?actions), "\n", REPLACE(STR(?funderLabel), "\n", " "), "\n",
              STR(?otherLabel)) AS ?row)
}

# The structure–organisation links the national networks read are counted as the fiches are
# emitted (`loader.emit.link_lines`), not here: aggregating them over the loaded store took
# most of this file's time.
