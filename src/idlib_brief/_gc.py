"""Pausing Python's cyclic garbage collector while a helper builds many small objects.

Loading a brief, deriving positions and building a timeline allocate one object after
another and free none of them, so the collector's passes find nothing to collect; but
each full pass walks every object alive, the whole brief included, which made these
steps several times slower on large briefs (see docs/performance.md). The collector is
paused for the duration and then restored as it was; reference counting still frees
everything at once, as usual, and nothing here creates cycles that would wait.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block, if it was running.

    Another thread's pause may overlap; the collector is re-enabled only by the pause
    that found it running, so the worst case is a pass that runs a little early.
    """
    running = gc.isenabled()
    if running:
        gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
