"""The two numbers a bell shows: unread, and unseen (never shown to the user in a list).

Seeing is implied by reading (reading sets `seen_at` too), so unseen notifications are a subset of
the unread ones and one grouped query over the unread index yields both.
"""

from __future__ import annotations

from typing import NamedTuple


class Counts(NamedTuple):
    unread: int
    unseen: int


ZERO = Counts(0, 0)
