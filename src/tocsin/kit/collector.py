"""The garbage collector's settings for a long-running Tocsin process.

Two measured costs, both under batch load:
- Full collections walk every live object. What start-up loaded (modules, routes, templates, the
  engine) lives as long as the process, so it is frozen out of the collector's reach once the
  process is ready: a full collection then walks only what requests made.
- A batch (a write group, a rule matching 10,000 records, a broadcast) allocates hundreds of
  thousands of objects that live until its commit. With the default young-generation threshold
  (700 allocations) the collector ran dozens of times during one such batch, each older pass
  walking the batch's growing set again: about a third of a 10,000-event batch's time. Raised, the
  young collections are fewer and proportionally larger; cyclic garbage is reclaimed as before,
  only later, and almost all of Tocsin's garbage is freed by reference counting anyway.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000  # allocations between young collections (CPython's default: 700)


def settle() -> None:
    """Call once the process is ready to serve: collect, freeze the survivors, raise the threshold."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
