"""The Maillage schema: OWL ontology, SKOS vocabularies, territories and SHACL shapes."""
