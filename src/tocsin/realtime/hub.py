"""The connections of this process, per (org, user): several tabs, several devices.

Everything here runs on the event loop and never awaits: handing a message to a connection is a
`put_nowait` into its bounded mailbox, so one slow socket can never hold up another. A connection
whose queue overflows is closed (4409) and its client reconnects and resyncs from `hello`.

A connection whose token dies (the user deactivated, deleted, re-created or their tokens revoked;
the org's signing secret rotated) is closed with 4401 when the notice arrives. The hub also keeps
the notices of the last few minutes: a stream whose token was checked before a notice arrived but
that registers after it is closed at once, so no race leaves a dead token streaming.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tocsin.realtime import metrics
from tocsin.realtime.messages import UserKey
from tocsin.signals import TokensRevoked

# Close codes (WebSocket); an SSE stream simply ends. See docs/realtime.md.
CLOSE_UNAUTHORIZED = 4401  # invalid or expired token: get a new token, then reconnect
CLOSE_OVERFLOW = 4409  # the client fell behind: reconnect now, the hello message resyncs the count
CLOSE_RESTART = 1012  # the server is restarting: reconnect with backoff
CLOSE_TRY_LATER = 1013  # this process holds (or admits) as many streams as it may: come back later
CLOSE_TOO_BIG = 1009  # the client sent a message over the size limit

# How long a revocation notice is remembered for streams still authenticating when it arrived:
# far longer than a token check takes, short enough that the memory stays a handful of entries.
REVOCATION_MEMORY_SECONDS = 300.0


@dataclass(frozen=True, slots=True)
class Closing:
    code: int
    reason: str


class Mailbox:
    """A bounded FIFO of serialized messages with one reader: the stream's sender (an ASGI stream)
    or the socket's writer while its send buffer is full (sockets.py).

    Not an `asyncio.Queue`: that keeps four deques and an event per connection (about 3 KB,
    measured); this is one deque, and one future only while the sender waits."""

    __slots__ = ("_items", "_limit", "_waiter")

    def __init__(self, limit: int) -> None:
        self._items: deque[str] = deque()
        self._limit = max(1, limit)
        self._waiter: asyncio.Future[None] | None = None

    def put_nowait(self, text: str) -> None:
        if len(self._items) >= self._limit:
            raise asyncio.QueueFull
        self._items.append(text)
        self.wake()

    async def get(self) -> str:
        while not self._items:
            await self.wait()
        return self._items.popleft()

    async def wait(self) -> None:
        """Until something is put, or `wake` is called (the stream is ending)."""
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def peek(self) -> str:
        return self._items[0]

    def get_nowait(self) -> str:
        if not self._items:
            raise asyncio.QueueEmpty
        return self._items.popleft()

    def qsize(self) -> int:
        return len(self._items)

    def empty(self) -> bool:
        return not self._items

    def clear(self) -> None:
        self._items.clear()


class Connection:
    """One open stream: a bounded mailbox of serialized messages and a future that says why it ends."""

    __slots__ = ("closing", "issued_at", "looked_at", "org_id", "queue", "secret_id", "sink", "user_id")

    def __init__(self, org_id: int, user_id: int, *, queue_size: int, issued_at: int = 0, secret_id: str = "") -> None:
        self.org_id = org_id
        self.user_id = user_id
        self.issued_at = issued_at  # the token's `iat`: revocations of older tokens close it
        self.secret_id = secret_id  # the signing secret that verified the token (kit.tokens.secret_id)
        self.looked_at = False  # by the token watcher (watch.py) at least once
        self.queue = Mailbox(queue_size)
        # Set once the stream writes straight to its socket (sockets.py): a message is written in
        # the offering turn of the loop, and queued only while the socket cannot take it (False).
        self.sink: Callable[[str], bool] | None = None
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
        sink = self.sink
        if sink is not None and self.queue.empty() and sink(text):
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
        self.queue.clear()
        self.queue.wake()  # a sender waiting on the mailbox sees the connection closing


class Hub:
    def __init__(self, *, queue_size: int, on_revoked: Callable[[TokensRevoked], None] | None = None) -> None:
        self._queue_size = queue_size
        # Told of every notice heard (this process's or another's, through the backplane): the
        # token checks forget what they remember of the org, so REST refuses what the streams do.
        self._on_revoked = on_revoked
        self._by_user: dict[UserKey, set[Connection]] = {}
        # Recent notices, by loop time heard: a user's latest `not_before`, an org's secret rotation.
        self._user_revoked: dict[UserKey, tuple[int, float]] = {}
        self._org_revoked: dict[int, float] = {}
        self._count = 0  # open connections: asked on every connect, so kept rather than summed
        self.connecting = 0  # streams accepted whose token is being checked (realtime/admission.py)

    def __len__(self) -> int:
        return self._count

    def open(
        self,
        org_id: int,
        user_id: int,
        *,
        issued_at: int = 0,
        secret_id: str = "",
        checked_at: float | None = None,
    ) -> Connection:
        """Register a stream whose token (issued at `issued_at`, Unix seconds) was verified from
        loop time `checked_at` on; closed at once (4401) if a notice heard since then kills it."""
        conn = Connection(org_id, user_id, queue_size=self._queue_size, issued_at=issued_at, secret_id=secret_id)
        self._by_user.setdefault(conn.key, set()).add(conn)
        self._count += 1
        metrics.CONNECTIONS.inc()
        user_revoked = self._user_revoked.get(conn.key)
        org_revoked = self._org_revoked.get(org_id)
        if (user_revoked is not None and issued_at < user_revoked[0]) or (
            org_revoked is not None and checked_at is not None and org_revoked >= checked_at
        ):
            conn.close(CLOSE_UNAUTHORIZED, "token revoked")
        return conn

    def revoke(self, notice: TokensRevoked) -> int:
        """Close (4401) the streams whose tokens the notice kills; returns how many."""
        now = asyncio.get_running_loop().time()
        self._forget_before(now - REVOCATION_MEMORY_SECONDS)
        if self._on_revoked is not None:
            self._on_revoked(notice)
        if notice.user_id is None:
            self._org_revoked[notice.org_id] = now
            doomed = [conn for key, conns in self._by_user.items() if key[0] == notice.org_id for conn in conns]
        else:
            key = (notice.org_id, notice.user_id)
            known = self._user_revoked.get(key)
            not_before = max(notice.not_before, known[0] if known else 0)
            self._user_revoked[key] = (not_before, now)
            doomed = [conn for conn in self._by_user.get(key, ()) if conn.issued_at < not_before]
        for conn in doomed:
            conn.close(CLOSE_UNAUTHORIZED, "token revoked")
        return len(doomed)

    def _forget_before(self, cutoff: float) -> None:
        for key in [k for k, (_, heard) in self._user_revoked.items() if heard < cutoff]:
            del self._user_revoked[key]
        for org_id in [o for o, heard in self._org_revoked.items() if heard < cutoff]:
            del self._org_revoked[org_id]

    def remove(self, conn: Connection) -> None:
        conns = self._by_user.get(conn.key)
        if conns is None or conn not in conns:
            return
        conns.discard(conn)
        self._count -= 1
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

    def by_org(self) -> dict[int, list[Connection]]:
        """Every open connection here, per org."""
        out: dict[int, list[Connection]] = {}
        for (org_id, _), conns in self._by_user.items():
            out.setdefault(org_id, []).extend(conns)
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
