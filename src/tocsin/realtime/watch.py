"""The net under the revocation notices: every few seconds, a look at whether the tokens of this
instance's open streams still stand.

Notices (`TokensRevoked` on the backplane) close streams within milliseconds, but one can miss an
instance: Redis was down when it was published, or the change came from a process that runs no
server and has no Redis to tell (`tocsin org rotate-signing-secret` beside an embedded server).
So each instance also reads, every `TOCSIN_STREAM_TOKEN_CHECK_SECONDS`, one small row per org it
holds streams for: the org's users version (bumped by every write to its users) and its encrypted
signing secret. Only when that pair changed, or for streams it has never looked at, does it read
the users' states (one query per org) and close (4401) the streams whose tokens no longer stand.

The same pair is what a cache of token checks on connect would be keyed by, so connecting could
later skip the database without revocations going unnoticed for more than one period.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.orm import Session, sessionmaker

from tocsin.context import AppContext
from tocsin.kit import tasks, tokens
from tocsin.realtime import service
from tocsin.realtime.hub import CLOSE_UNAUTHORIZED, Hub
from tocsin.realtime.validity import still_valid

log = logging.getLogger(__name__)


class TokenWatcher:
    def __init__(self, *, ctx: AppContext, sessions: sessionmaker[Session], hub: Hub, every_seconds: float) -> None:
        self._ctx = ctx
        self._sessions = sessions
        self._hub = hub
        self._every = every_seconds
        self._seen: dict[int, tuple[int, str]] = {}
        self._secret_ids: dict[str, str] = {}  # encrypted secret -> its id (decrypting costs)
        self._task: asyncio.Task[None] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tocsin-token-watch")

    def start(self) -> None:
        if self._every > 0:
            self._task = asyncio.create_task(self._run(), name="tocsin-realtime-token-watch")

    async def stop(self) -> None:
        await tasks.cancel(self._task)
        self._task = None
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def _run(self) -> None:
        failing = False
        while True:
            await asyncio.sleep(self._every)
            try:
                await self.sweep()
            except Exception:
                if not failing:  # once per outage, not every period (the database may be away)
                    log.exception("realtime: checking the open streams' tokens failed; retrying")
                failing = True
            else:
                if failing:
                    log.warning("realtime: checking the open streams' tokens works again")
                failing = False

    async def sweep(self) -> int:
        """One look; returns how many streams it closed."""
        by_org = self._hub.by_org()
        if not by_org:
            self._seen.clear()
            return 0
        loop = asyncio.get_running_loop()
        versions = await loop.run_in_executor(self._executor, service.token_versions, self._sessions, list(by_org))
        wanted: dict[int, set[int]] = {}
        for org_id, conns in by_org.items():
            changed = versions.get(org_id) != self._seen.get(org_id)
            users = {conn.user_id for conn in conns if changed or not conn.looked_at}
            if users:
                wanted[org_id] = users
        states = (
            await loop.run_in_executor(self._executor, service.token_states, self._sessions, wanted) if wanted else {}
        )
        self._seen = versions
        closed = 0
        # Streams registered during the reads whose users were not read wait for the next look.
        current = self._hub.by_org()
        for org_id, users in wanted.items():
            version = versions.get(org_id)
            org_secret_id = None if version is None else self._secret_id(version[1])
            org_states = states.get(org_id, {})
            for conn in current.get(org_id, ()):
                if conn.user_id not in users or not conn.open:
                    continue
                if still_valid(
                    issued_at=conn.issued_at,
                    secret_id=conn.secret_id,
                    user=org_states.get(conn.user_id),
                    org_secret_id=org_secret_id,
                ):
                    conn.looked_at = True
                else:
                    conn.close(CLOSE_UNAUTHORIZED, "token revoked")
                    closed += 1
                    # What this process remembers for its token checks is stale too (a rotation
                    # or a revocation from another process): REST refuses what the streams do.
                    self._ctx.tokens.forget_org(org_id)
        return closed

    def _secret_id(self, encrypted: str) -> str:
        found = self._secret_ids.get(encrypted)
        if found is None:
            if len(self._secret_ids) > 10_000:
                self._secret_ids.clear()
            found = self._secret_ids[encrypted] = tokens.secret_id(self._ctx.box.decrypt(encrypted))
        return found
