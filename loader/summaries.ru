# Funder summaries, computed once at build time so that the `funders` query answers at
# national scale without aggregating every funding again: per funder, the number of actions
# it pays for, the total of the amounts the texts tie to it, the départements where it funds.
PREFIX mlg: <https://w3id.org/maillage/ontology#>
PREFIX schema: <https://schema.org/>

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
}
