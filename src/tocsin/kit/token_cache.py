"""What a process remembers of the orgs and users whose tokens it has checked, so that checking a
user token is a signature check in memory, not a database round trip.

An org's entry carries the pair that changes whenever any of its tokens may have died: its users
version (bumped by every write to its users) and its encrypted signing secret. The entry is
trusted for `every_seconds`; after that the next check reads that pair again (one small row), and
a changed pair drops the org's users. Deaths in this process (`TokensRevoked`, after commit) drop
the org at once; deaths in another process are seen at the next re-read, within `every_seconds`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

Stamp = tuple[int, str]  # (users version, encrypted signing secret)


@dataclass(slots=True)
class OrgEntry:
    org: Any  # the detached Org row
    secret: str  # its signing secret, decrypted once
    stamp: Stamp
    checked_at: float  # monotonic seconds when the stamp was last read
    users: dict[str, Any] = field(default_factory=dict)  # username -> detached User row


class TokenCache:
    def __init__(self, *, max_users: int = 200_000) -> None:
        self._orgs: dict[str, OrgEntry] = {}
        self._lock = threading.Lock()
        self._max_users = max_users
        self._users = 0

    def org(self, slug: str) -> OrgEntry | None:
        return self._orgs.get(slug)

    def put_org(self, slug: str, entry: OrgEntry) -> None:
        with self._lock:
            old = self._orgs.get(slug)
            self._users += len(entry.users) - (len(old.users) if old else 0)
            self._orgs[slug] = entry

    def put_user(self, entry: OrgEntry, username: str, user: Any) -> None:
        with self._lock:
            if self._users >= self._max_users:  # a crude bound: start again
                for each in self._orgs.values():
                    each.users.clear()
                self._users = 0
            if username not in entry.users:
                self._users += 1
            entry.users[username] = user

    def forget_org(self, org_id: int) -> None:
        """Drop what is known of the org (a token of it died in this process)."""
        with self._lock:
            for slug, entry in list(self._orgs.items()):
                if entry.org.id == org_id:
                    self._users -= len(entry.users)
                    del self._orgs[slug]

    def clear(self) -> None:
        with self._lock:
            self._orgs.clear()
            self._users = 0


def stale(entry: OrgEntry, *, now: float, every_seconds: float) -> bool:
    """Whether the org's stamp must be read again before its tokens are trusted."""
    return now - entry.checked_at >= every_seconds
