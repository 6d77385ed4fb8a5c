"""The explorer: a static site of the graph (search, facets, one page per funder, structure,
territory, theme and action) written by `maillage site` and served by `maillage serve --site`."""
