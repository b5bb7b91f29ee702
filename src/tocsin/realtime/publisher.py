"""From committed changes to published messages.

Signals arrive after the commit, often on a request's worker thread: they only hop onto the
event loop (`call_soon_threadsafe`) and return. One task on the loop then takes everything that
arrived meanwhile, reads the affected users' unread counts in one grouped query per org (on its
own thread), renders each user's message once and publishes the lot. Batches are handled one
after the other, so a user's messages leave in commit order and the last count a client sees
was read after the last change it heard of.

Notices that tokens died need no read: each batch publishes them first, so the streams they end
close before anything else of that batch is sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.orm import Session, sessionmaker

from tocsin.kit import tasks
from tocsin.notifications.counts import Counts
from tocsin.realtime import messages, service
from tocsin.realtime.backplane import Backplane
from tocsin.realtime.fanout import Fanout
from tocsin.realtime.hub import Hub
from tocsin.signals import NotificationCreated, NotificationsRead, TokensRevoked

log = logging.getLogger(__name__)

# Users per backplane message: a broadcast to thousands becomes a few bounded Redis messages.
CHUNK = 500


class Publisher:
    def __init__(self, *, sessions: sessionmaker[Session], hub: Hub, backplane: Backplane, fanout: Fanout) -> None:
        self._sessions = sessions
        self._hub = hub
        self._fanout = fanout
        self._backplane = backplane
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pending: list[messages.Change] = []
        self._revoked: list[TokensRevoked] = []
        self._resync = False
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        # One thread: batches are serial anyway, and the hello queries of connecting clients use
        # the request thread pool, so a burst of connections cannot delay pushes.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tocsin-realtime")

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="tocsin-realtime-publisher")

    async def stop(self) -> None:
        self._loop = None  # later signals are dropped: the server is stopping
        await tasks.cancel(self._task)
        self._task = None
        self._executor.shutdown(wait=False, cancel_futures=True)

    # Signal subscribers: called from any thread, after the commit; they never block.

    def notifications_created(self, items: list[NotificationCreated]) -> None:
        self._submit(items)

    def notifications_read(self, item: NotificationsRead) -> None:
        self._submit([item])

    def tokens_revoked(self, item: TokensRevoked) -> None:
        loop = self._loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(self._enqueue_revoked, item)
        except RuntimeError:
            return

    def resync(self) -> None:
        """Send every client here a fresh hello (after the backplane lost messages). Loop only."""
        self._resync = True
        if self._wake is not None:
            self._wake.set()

    def _submit(self, changes: Sequence[messages.Change]) -> None:
        loop = self._loop
        if loop is None:  # not started, or stopping: nobody is connected to hear it
            return
        try:
            loop.call_soon_threadsafe(self._enqueue, changes)
        except RuntimeError:  # the loop closed between the check and the call
            return

    def _enqueue(self, changes: Sequence[messages.Change]) -> None:
        self._pending.extend(changes)
        if self._wake is not None:
            self._wake.set()

    def _enqueue_revoked(self, item: TokensRevoked) -> None:
        self._revoked.append(item)
        if self._wake is not None:
            self._wake.set()

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            await self._wake.wait()
            self._wake.clear()
            changes, self._pending = self._pending, []
            resync, self._resync = self._resync, False
            revoked, self._revoked = self._revoked, []
            if revoked:
                try:
                    await self._backplane.publish(list(revoked))
                except Exception:
                    log.exception("realtime: could not publish %d revocation(s)", len(revoked))
            try:
                if resync:
                    await self._send_hellos()
                if changes:
                    await self._publish(changes)
            except Exception:
                log.exception("realtime: could not publish %d change(s)", len(changes))

    async def _publish(self, changes: list[messages.Change]) -> None:
        wanted = messages.affected(changes)
        if not self._backplane.shared:
            # Only this process holds connections: users not connected here need no count.
            wanted = {
                org_id: kept
                for org_id, user_ids in wanted.items()
                if (kept := [u for u in user_ids if self._hub.has(org_id, u)])
            }
            if not wanted:
                return
        loop = asyncio.get_running_loop()
        # Read and rendered on the publisher's thread: a broadcast shapes and serializes one
        # message per connected user (15,000 take a few hundred ms), which on the loop would hold
        # up every socket, health check and single push meanwhile.
        batch = await loop.run_in_executor(self._executor, _read_and_render, self._sessions, wanted, changes)
        await self._backplane.publish(batch)

    async def _send_hellos(self) -> None:
        wanted = self._hub.users()
        if not wanted:
            return
        counts = await self._read(wanted)
        for org_id, user_ids in wanted.items():
            items = [(u, messages.hello(counts[(org_id, u)])) for u in user_ids if (org_id, u) in counts]
            self._fanout.offer(org_id, items)

    async def _read(self, wanted: dict[int, list[int]]) -> dict[messages.UserKey, Counts]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, service.unread_counts, self._sessions, wanted)


def _read_and_render(
    sessions: sessionmaker[Session], wanted: dict[int, list[int]], changes: list[messages.Change]
) -> list[messages.Envelope]:
    counts = service.unread_counts(sessions, wanted)
    return [piece for out in messages.render(changes, counts) for piece in messages.chunks(out, CHUNK)]
