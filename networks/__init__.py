"""Networks projected from the graph (`project`), with metrics, written as pages or files.

The choices the package offers are declared here, where the command reads them without
importing networkx:

>>> KINDS, FORMATS
(('partners', 'funders', 'structures', 'keywords'), ('html', 'graphml', 'gexf', 'json'))
"""

__all__ = ["AGGREGATES", "COLOUR_BY", "FORMATS", "KINDS"]

KINDS = ("partners", "funders", "structures", "keywords")
"""The networks `networks.project.project` projects."""
FORMATS = ("html", "graphml", "gexf", "json")
"""The files `networks.render.render` writes."""
AGGREGATES = ("departement", "community")
"""The groupings of `networks.project.aggregate`."""
COLOUR_BY = ("kind", "community")
"""What the colours of a page (`networks.page.page`) tell."""
