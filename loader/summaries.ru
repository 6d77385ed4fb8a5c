# Summaries, computed once at build time so that the questions that must count everything
# (funders, co-funders, funded themes, structures, keywords, départements, national networks)
# answer at national scale without aggregating every action again. tests/test_summaries.py
# checks each against the live aggregation it replaces. First the funders: per funder, the number of actions it
# pays for, the total of the amounts the texts tie to it, the départements where it funds.
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX id: <https://w3id.org/maillage/id/>
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
}

# The structure–organisation links the national networks read are counted as the fiches are
# emitted (`loader.emit.link_lines`), not here: aggregating them over the loaded store took
# most of this file's time.
