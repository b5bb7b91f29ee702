"""The scheduler loop, embedded in `tocsin serve` and run beside the delivery worker by
`tocsin worker`.

It sleeps until the nearest due firing (or expiring lease), capped at
`schedule_max_sleep_seconds`, instead of polling often; a change to the schedule wakes it at
once (in-process signal, and on PostgreSQL a NOTIFY that schedulers in other processes LISTEN
to). Each wake-up claims due firings with leases and fires them (`firing`). Once a day one
process (whoever takes the shared `purge` lease) runs the retention purge in small batches.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import timedelta

from tocsin.context import AppContext
from tocsin.db import wakeup
from tocsin.db.engine import unit_of_work
from tocsin.schedule import firing, repository, retention, service
from tocsin.schedule.firing import TickReport

log = logging.getLogger(__name__)

CHANNEL = "tocsin_schedule_changed"
PURGE_JOB = "purge"
PURGE_EVERY = timedelta(days=1)
PURGE_LEASE = timedelta(hours=6)
MIN_SLEEP_SECONDS = 0.2  # rows due now but locked by another scheduler: look again shortly


class Scheduler:
    def __init__(self, ctx: AppContext, *, scheduler_id: str | None = None) -> None:
        self.ctx = ctx
        self.id = scheduler_id or firing.new_scheduler_id()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = False
        self._purge: asyncio.Task[None] | None = None

    def wake(self) -> None:
        """Recompute the next due time now; safe from any thread."""
        loop, event = self._loop, self._wake
        if loop is None or event is None or loop.is_closed():
            return
        with suppress(RuntimeError):
            loop.call_soon_threadsafe(event.set)

    def stop(self) -> None:
        self._stopping = True
        self.wake()

    async def tick(self) -> TickReport:
        """Claim one batch of due firings and fire them. Tests call this directly.

        Firing is mostly waiting on the database (each firing is one ingested event), so the
        batch's chunks fire in up to `schedule_concurrency` threads, each chunk its own
        transaction that re-checks its leases."""
        settings = self.ctx.settings
        ids = await asyncio.to_thread(firing.claim, self.ctx, worker=self.id, limit=settings.schedule_claim_batch)
        if not ids:
            return TickReport()
        chunks = [ids[i : i + firing.FIRE_CHUNK] for i in range(0, len(ids), firing.FIRE_CHUNK)]
        gate = asyncio.Semaphore(max(1, settings.schedule_concurrency))

        async def one(chunk: list[int]) -> TickReport:
            async with gate:
                return await asyncio.to_thread(firing.fire, self.ctx, chunk, worker=self.id)

        try:
            reports = await asyncio.gather(*(one(chunk) for chunk in chunks))
        except BaseException:
            # Whatever did not fire goes back at once rather than when the lease runs out.
            await asyncio.shield(asyncio.to_thread(firing.give_back, self.ctx, ids, worker=self.id))
            raise
        total = TickReport(claimed=len(ids))
        for report in reports:
            total.fired += report.fired
            total.missed += report.missed
            total.skipped += report.skipped
        return total

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self.ctx.signals.on_schedule_changed(self.wake)
        settings = self.ctx.settings
        log.info("scheduler %s started", self.id)
        try:
            while not self._stopping:
                self._wake.clear()
                try:
                    report = await self.tick()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("scheduler cycle failed; retrying shortly")
                    report = TickReport()
                    await asyncio.sleep(settings.schedule_max_sleep_seconds / 10)
                if report.fired or report.missed:
                    log.info("scheduler fired %d, missed %d", report.fired, report.missed)
                if report.claimed >= settings.schedule_claim_batch:
                    continue  # more is due: no sleep
                if settings.retention_purge_enabled:
                    await self._maybe_purge()
                delay = await self._delay()
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=delay)
        finally:
            if self._purge is not None:
                await self._purge_stopped()
            log.info("scheduler %s stopped", self.id)

    async def _delay(self) -> float:
        cap = self.ctx.settings.schedule_max_sleep_seconds
        try:
            due = await asyncio.to_thread(firing.next_due_at, self.ctx)
        except Exception as exc:
            log.warning("could not read the next due time: %s", type(exc).__name__)
            return cap
        if due is None:
            return cap
        return min(cap, max(MIN_SLEEP_SECONDS, (due - self.ctx.clock.now()).total_seconds()))

    # --- the daily purge -----------------------------------------------------------------------------

    async def _maybe_purge(self) -> None:
        if self._purge is not None and not self._purge.done():
            return
        try:
            taken = await asyncio.to_thread(self._take_purge)
        except Exception as exc:
            log.warning("could not check the purge schedule: %s", type(exc).__name__)
            return
        if taken:
            self._purge = asyncio.create_task(asyncio.to_thread(self.purge_now), name="tocsin-purge")

    def _take_purge(self) -> bool:
        now = self.ctx.clock.now()
        with unit_of_work(self.ctx.sessions) as session:
            repository.ensure_run(session, PURGE_JOB)
        with unit_of_work(self.ctx.sessions) as session:
            return repository.take_run(session, name=PURGE_JOB, now=now, lease_until=now + PURGE_LEASE, worker=self.id)

    def purge_now(self) -> None:
        """Run the daily purge (the lease is already ours); the next run is a day after this one."""
        started = self.ctx.clock.now()
        counts = retention.purge_all(self.ctx, keep_going=lambda: not self._stopping)
        if self._stopping:
            return  # interrupted: the lease runs out and the purge is taken up again
        log.info("retention purge: %s", ", ".join(f"{n} {k}" for k, n in counts.items()))
        with unit_of_work(self.ctx.sessions) as session:
            repository.finish_run(
                session,
                name=PURGE_JOB,
                worker=self.id,
                now=self.ctx.clock.now(),
                next_run_at=started + PURGE_EVERY,
                report=json.dumps(counts),
            )

    async def _purge_stopped(self) -> None:
        assert self._purge is not None
        with suppress(Exception):
            await self._purge


@asynccontextmanager
async def embedded(ctx: AppContext, *, start: bool) -> AsyncIterator[Scheduler | None]:
    """Tell other processes' schedulers about schedule changes (PostgreSQL) and, when `start`,
    run a scheduler in this event loop until the block ends."""
    service.subscribe(ctx)
    async with wakeup.running(
        Scheduler(ctx) if start else None,
        engine=ctx.engine,
        database_url=ctx.settings.database_url,
        channel=CHANNEL,
        on_due=ctx.signals.on_schedule_changed,
        grace_seconds=ctx.settings.worker_shutdown_seconds,
        name="tocsin-scheduler",
    ) as scheduler:
        yield scheduler
