"""Parse SENACS exports, read funders and partners in their text, emit RDF and load it.

`NATIVE` says whether the reading modules run compiled (`loader.native`).
"""

from loader.native import activate

NATIVE = activate(__path__)
