"""A small in-process cache of per-org values, each stamped with the version it was loaded at.

The org row carries a `config_version` that every admin change bumps in the same transaction;
every request loads the org row anyway (to authenticate), so comparing versions costs nothing
and a change made by any process is seen by every process on its next request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class VersionedCache:
    def __init__(self, max_entries: int = 10_000) -> None:
        self._entries: dict[Hashable, tuple[int, Any]] = {}
        self._lock = threading.Lock()
        self._max = max_entries

    def get(self, key: Hashable, *, version: int, load: Callable[[], T]) -> T:
        """The value cached for `key` at `version`, else `load()` (stored for the next caller).

        An older version is replaced; a newer one is kept (a request that authenticated just
        before an admin change must not evict the fresher entry).
        """
        with self._lock:
            found = self._entries.get(key)
        if found is not None and found[0] == version:
            value: T = found[1]
            return value
        value = load()
        with self._lock:
            current = self._entries.get(key)
            if current is None or current[0] <= version:
                if len(self._entries) >= self._max and key not in self._entries:
                    self._entries.clear()  # a crude bound: orgs are few, so this is rare
                self._entries[key] = (version, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
