"""The connections of this process, per (org, user): several tabs, several devices.

Everything here runs on the event loop and never awaits: handing a message to a connection is a
`put_nowait` into its bounded queue, so one slow socket can never hold up another. A connection
whose queue overflows is closed (4409) and its client reconnects and resyncs from `hello`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass

from tocsin.realtime import metrics
from tocsin.realtime.messages import UserKey

# Close codes (WebSocket); an SSE stream simply ends. See docs/realtime.md.
CLOSE_UNAUTHORIZED = 4401  # invalid or expired token: get a new token, then reconnect
CLOSE_OVERFLOW = 4409  # the client fell behind: reconnect now, the hello message resyncs the count
CLOSE_RESTART = 1012  # the server is restarting: reconnect with backoff


@dataclass(frozen=True, slots=True)
class Closing:
    code: int
    reason: str


class Connection:
    """One open stream: a bounded queue of serialized messages and a future that says why it ends."""

    __slots__ = ("closing", "org_id", "queue", "user_id")

    def __init__(self, org_id: int, user_id: int, *, queue_size: int) -> None:
        self.org_id = org_id
        self.user_id = user_id
        self.queue: asyncio.Queue[str] = asyncio.Queue(maxsize=max(1, queue_size))
        self.closing: asyncio.Future[Closing] = asyncio.get_running_loop().create_future()

    @property
    def key(self) -> UserKey:
        return (self.org_id, self.user_id)

    @property
    def open(self) -> bool:
        return not self.closing.done()

    def offer(self, text: str) -> None:
        if self.closing.done():
            return
        try:
            self.queue.put_nowait(text)
        except asyncio.QueueFull:
            metrics.OVERFLOWS.inc()
            self.close(CLOSE_OVERFLOW, "client too slow: reconnect to resync")

    def close(self, code: int, reason: str) -> None:
        if self.closing.done():
            return
        self.closing.set_result(Closing(code, reason))
        # What is still queued is stale: the client resyncs from hello when it reconnects.
        while not self.queue.empty():
            self.queue.get_nowait()


class Hub:
    def __init__(self, *, queue_size: int) -> None:
        self._queue_size = queue_size
        self._by_user: dict[UserKey, set[Connection]] = {}

    def __len__(self) -> int:
        return sum(len(conns) for conns in self._by_user.values())

    def open(self, org_id: int, user_id: int) -> Connection:
        conn = Connection(org_id, user_id, queue_size=self._queue_size)
        self._by_user.setdefault(conn.key, set()).add(conn)
        metrics.CONNECTIONS.inc()
        return conn

    def remove(self, conn: Connection) -> None:
        conns = self._by_user.get(conn.key)
        if conns is None or conn not in conns:
            return
        conns.discard(conn)
        metrics.CONNECTIONS.dec()
        if not conns:
            del self._by_user[conn.key]

    def has(self, org_id: int, user_id: int) -> bool:
        return (org_id, user_id) in self._by_user

    def users(self) -> dict[int, list[int]]:
        """The users with at least one connection here, per org."""
        out: dict[int, list[int]] = {}
        for org_id, user_id in self._by_user:
            out.setdefault(org_id, []).append(user_id)
        return out

    def deliver(self, org_id: int, items: Iterable[tuple[int, str]]) -> int:
        """Queue each (user_id, message) on every connection of that user; returns how many were queued."""
        queued = 0
        by_user = self._by_user
        for user_id, text in items:
            conns = by_user.get((org_id, user_id))
            if conns:
                for conn in tuple(conns):
                    conn.offer(text)
                    queued += 1
        return queued

    def close_all(self, code: int, reason: str) -> None:
        for conns in list(self._by_user.values()):
            for conn in tuple(conns):
                conn.close(code, reason)
