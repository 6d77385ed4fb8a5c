"""Where the graph is kept: the embedded store on disk and SPARQL servers.

The bottom layer with `ontology`: `loader` (which writes the graph) and `queries` (which reads
it) both open stores and talk to servers through it, and it imports neither.
"""
