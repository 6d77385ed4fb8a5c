"""Python's cyclic garbage collector, paused while a national network is built or drawn.

Building hundreds of thousands of edge dicts triggers the collector again and again, and each
of its full passes scans every object alive: at 100,000 fiches that was 1.6 s of the 10 s the
structures network took. What a network is built of (dicts, lists, strings, networkx's
adjacency dicts) is freed by reference counting; anything else waits for the next pass.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (as it was after it).

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
