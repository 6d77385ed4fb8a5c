# The rows of the questions that list every funder and every co-funding pair
# (queries/funders.rq, co-funders.rq), written once the data is in: the counts they read
# (mlg:fundedActions, mlg:knownAmount, mlg:fundsIn, mlg:CoFunding) are written with the data
# (`loader.summaries.Tally`), and tests/test_summaries.py checks the rows against the live
# aggregation they replace.
PREFIX mlg: <https://w3id.org/maillage/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# A row's values are joined by line breaks, so that a question reads one value per row
# instead of four to eight. A name, which
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
# emitted (`loader.emit.link_lines`), and so are the counts above (`loader.summaries.Tally`):
# aggregating them over the loaded store took most of the build's last seconds.
