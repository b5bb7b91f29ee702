"""Handing published messages to this process's connections, a slice of users at a time.

A broadcast to 15,000 users is 15,000 messages. Handed to the hub in one go, all 15,000 would be
written (or their senders woken) in one turn of the event loop, and `/healthz`, another user's
push or a new connection would wait behind them all. Here a large batch waits in an ordered table and
is handed over `SLICE` users at a time, the loop turning between slices (its I/O polled each
time), so other work interleaves and the broadcast still leaves in well under a second.

Order per user is kept without holding others up: a small batch (a single push, `DIRECT`) is
delivered at once, but a user of it who still has messages waiting in the table gets those first. So a user's
messages leave in the order they were published, and a push to one user never waits for the rest
of somebody else's broadcast.

Each large fan-out is timed here, on the server's side: from the moment its first batch is
offered (for a single instance, the publish itself) to the turn of the loop after its last slice,
when every message it handed has been written, or its stream's sender has made its send call
(`tocsin_fanout_seconds`, and a log line with the number of messages handed). A message that has
to wait for a full socket buffer leaves later than that; the figure is the server's work, never
the clients' receive time.

Everything here runs on the event loop; `deliver` never awaits.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict

from tocsin.kit import tasks
from tocsin.realtime import metrics
from tocsin.realtime.hub import Hub
from tocsin.realtime.messages import Envelope, UserKey
from tocsin.signals import TokensRevoked

# Users per slice: a slice's sends take a few milliseconds on one core, short enough for a
# health check or a single push waiting behind it, large enough that the slices' own turns of the
# loop cost little.
SLICE = 500
# A batch this small (a push to one user, or to a team) is delivered at once; a larger one (a
# broadcast arrives as backplane chunks of 500 users) goes through the table, a slice at a time.
DIRECT = 64

log = logging.getLogger(__name__)


class Fanout:
    def __init__(self, hub: Hub, *, slice_size: int = SLICE) -> None:
        self._hub = hub
        self._slice = max(1, slice_size)
        self._waiting: OrderedDict[UserKey, list[str]] = OrderedDict()
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._began: float | None = None  # loop time the current large fan-out's first batch came

    @property
    def waiting(self) -> int:
        """Users with messages not yet handed to their connections."""
        return len(self._waiting)

    def start(self) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="tocsin-realtime-fanout")

    async def stop(self) -> None:
        await tasks.cancel(self._task)
        self._task = None
        self._waiting.clear()  # the streams are closing: what waits is stale
        self._began = None

    def deliver(self, envelope: Envelope) -> None:
        """A backplane envelope: messages for users of an org, or a notice that tokens died."""
        if isinstance(envelope, TokensRevoked):
            self._hub.revoke(envelope)  # closing sooner than queued messages is never wrong
        else:
            self.offer(envelope.org_id, envelope.items)

    def offer(self, org_id: int, items: list[tuple[int, str]]) -> None:
        """(user_id, message) pairs in publication order."""
        if len(items) <= DIRECT or self._task is None:
            self._now(org_id, items)
            return
        waiting, has = self._waiting, self._hub.has
        kept = False
        for user_id, text in items:
            key = (org_id, user_id)
            found = waiting.get(key)
            if found is not None:
                found.append(text)
                kept = True
            elif has(org_id, user_id):  # with several instances, most of a broadcast's users are elsewhere
                waiting[key] = [text]
                kept = True
        if not kept:
            return
        if self._began is None:
            self._began = asyncio.get_running_loop().time()
        if self._wake is not None:
            self._wake.set()

    def _now(self, org_id: int, items: list[tuple[int, str]]) -> None:
        waiting = self._waiting
        if waiting:
            earlier = [(user_id, text) for user_id, _ in items for text in waiting.pop((org_id, user_id), ())]
            self._hub.deliver(org_id, earlier)
        self._hub.deliver(org_id, items)

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            await self._wake.wait()
            self._wake.clear()
            handed = 0
            while self._waiting:
                handed += self._hand_slice()
                # One turn of the loop: the slice's senders (ASGI streams) write, I/O is polled, others run.
                await asyncio.sleep(0)
            self._timed(handed)

    def _timed(self, handed: int) -> None:
        """The fan-out just drained: its last slice is written (or its senders have sent)."""
        began, self._began = self._began, None
        if began is None or not handed:
            return
        took = asyncio.get_running_loop().time() - began
        metrics.FANOUT_SECONDS.observe(took)
        metrics.FANOUT_SOCKETS.inc(handed)
        log.info("realtime: fan-out of %d messages to local sockets took %.3f s", handed, took)

    def _hand_slice(self) -> int:
        """Hands the next slice of users their messages; returns how many messages were queued."""
        waiting, hub = self._waiting, self._hub
        queued = 0
        for _ in range(min(self._slice, len(waiting))):
            (org_id, user_id), texts = waiting.popitem(last=False)
            queued += hub.deliver(org_id, [(user_id, text) for text in texts])
        return queued
