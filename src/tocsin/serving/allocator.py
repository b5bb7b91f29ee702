"""The C allocator's share of an open socket, under `tocsin serve` (docs/realtime.md, "Capacity").

Measured with thousands of live bells: after a connect storm the server's RSS grows by far more
than what Python allocated for the sockets. Two things of glibc's malloc are behind most of it:

- Arenas: every thread that allocates gets an arena of its own (up to eight per core), and the
  token checks and hello queries of a storm run on the thread pools, so the storm's short-lived
  allocations are spread over many arenas that each keep their free pages. Two arenas are enough
  for a server whose work is on one event loop.
- Free pages kept: memory freed at the end of the storm (handshake buffers, parsed headers, query
  results) stays in the heap. `malloc_trim(0)` gives it back; it runs on a thread, once the number
  of open connections has changed by `TRIM_AFTER_CHANGE` since the last trim, checked every
  `TRIM_CHECK_SECONDS`, so a steady server never trims and a storm is trimmed once it settles.

Elsewhere than glibc (musl, macOS) both are skipped: nothing is called that does not exist.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # mallopt's parameter number (glibc's malloc.h)
ARENAS = 2
TRIM_CHECK_SECONDS = 5.0
TRIM_AFTER_CHANGE = 200  # open connections more or fewer than at the last trim


def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Caps glibc's malloc arenas; returns whether it could (an explicit MALLOC_ARENA_MAX wins)."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, arenas))


def trim() -> bool:
    """Gives the heap's free pages back to the system; returns whether any were."""
    libc = _libc()
    return bool(libc is not None and libc.malloc_trim(0))


class Trimmer:
    """Trims once the count of open connections has moved far enough since the last trim."""

    def __init__(self, *, after_change: int = TRIM_AFTER_CHANGE) -> None:
        self._after = after_change
        self._trimmed_at = 0  # open connections at the last trim
        self._running: asyncio.Future[bool] | None = None

    def check(self, connections: int) -> bool:
        """Called every few seconds from the loop with the open connections; starts a trim on a
        thread when due (never two at once). Returns whether it started one."""
        if self._running is not None and not self._running.done():
            return False
        if abs(connections - self._trimmed_at) < self._after:
            return False
        self._trimmed_at = connections
        self._running = asyncio.get_running_loop().run_in_executor(None, trim)
        self._running.add_done_callback(_report)
        return True


def _report(done: asyncio.Future[bool]) -> None:
    if not done.cancelled() and done.exception() is not None:
        log.warning("malloc_trim failed: %s", done.exception())
