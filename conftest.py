"""pytest's collection from the project root.

When `loader`'s reading modules run compiled (`loader.native`), pytest cannot read the `>>>`
examples out of them in this process: their doctests run in a process of their own, where the
modules run as Python (`tests/test_native.py`).
"""

import loader
from loader.native import MODULES

collect_ignore = [f"loader/{name}.py" for name in MODULES] if loader.NATIVE else []
