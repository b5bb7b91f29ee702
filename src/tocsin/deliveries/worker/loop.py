"""The delivery worker: an asyncio loop of claim -> send -> record cycles.

Database work runs in threads (`asyncio.to_thread`) so the loop keeps sending meanwhile. Sends
go through lanes: per org and channel, up to the provider's `max_connections` lanes, each with one
connection reused for its share of the batch; at most `worker_concurrency` lanes at once. While a
batch is out, its leases are extended, so a slow provider does not let another worker take rows
that are still being sent. A stopping worker finishes the batch in hand (or, past its grace
period, records what it finished and gives the rest back).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta

from tocsin.channels import http, registry
from tocsin.channels.base import ChannelSpec, public_error
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries import metrics, reports, repository
from tocsin.deliveries.policy import after_attempt
from tocsin.deliveries.repository import AttemptRecord
from tocsin.deliveries.worker import attachments, compose
from tocsin.deliveries.worker import callbacks as callback_sender
from tocsin.deliveries.worker import claim as claims
from tocsin.deliveries.worker import send as sending
from tocsin.deliveries.worker.compose import Batch
from tocsin.deliveries.worker.send import Finished

log = logging.getLogger(__name__)


def _earlier_tries(f: Finished) -> list[AttemptRecord]:
    """The rows of providers that failed before the one that ended the attempt (failover)."""
    return [
        AttemptRecord(
            delivery_id=delivery_id,
            org_id=f.job.org_id,
            attempt_no=f.job.attempt,
            started_at=t.started_at,
            finished_at=t.finished_at,
            outcome=t.outcome,
            error=public_error(t.error),
            provider_message_id=None,
            status="",
            next_attempt_at=None,
            provider=t.provider,
            row_only=True,
        )
        for t in f.tries
        for delivery_id in f.job.ids
    ]


def default_channels() -> dict[str, ChannelSpec]:
    """The channels this build can send on (the channel registry's), and the CRM callbacks."""
    return {**registry.sending(), callback_sender.CHANNEL: callback_sender.SPEC}


@dataclass
class CycleReport:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    held: int = 0
    lost: int = 0


@dataclass
class _Taken:
    report: CycleReport
    batch: Batch | None = None
    heartbeat: asyncio.Task[None] | None = None


class Worker:
    def __init__(
        self,
        ctx: AppContext,
        *,
        worker_id: str | None = None,
        channels: Mapping[str, ChannelSpec] | None = None,
    ) -> None:
        self.ctx = ctx
        self.id = worker_id or claims.new_worker_id()
        self.channels = dict(channels) if channels is not None else default_channels()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = False

    # --- waking and stopping (thread-safe) ------------------------------------------------

    def wake(self) -> None:
        """Ask for a cycle now; safe to call from any thread (signals fire after commits)."""
        loop, event = self._loop, self._wake
        if loop is None or event is None or loop.is_closed():
            return
        with suppress(RuntimeError):  # the loop closed between the check and the call
            loop.call_soon_threadsafe(event.set)

    def stop(self) -> None:
        self._stopping = True
        self.wake()

    # --- the loop ------------------------------------------------------------------------

    async def run(self) -> None:
        """Cycle until stopped: at once while there is work, else on a wake-up or every poll.

        While a full batch is being sent, the next one is claimed and prepared (a two-stage
        pipeline): rendering is CPU work and sending is mostly waiting, so they overlap. The
        providers' HTTP clients are kept for the worker's life."""
        async with http.kept_clients():
            await self._cycles()

    async def _cycles(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self.ctx.signals.on_deliveries_due(self.wake)
        limit = self.ctx.settings.worker_claim_batch
        log.info("delivery worker %s started (channels: %s)", self.id, ", ".join(sorted(self.channels)))
        ahead: asyncio.Task[_Taken] | None = None
        try:
            while not self._stopping:
                self._wake.clear()
                try:
                    taken = await ahead if ahead is not None else await self._take()
                    ahead = None
                    if taken.batch is not None and taken.report.claimed >= limit:
                        ahead = asyncio.create_task(self._take())
                    report = await self._deliver(taken)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("delivery cycle failed; retrying after the poll interval")
                    if ahead is not None:  # never leave a claimed batch behind with live leases
                        await self._give_back(ahead)
                    ahead, report = None, CycleReport()
                if ahead is not None or report.claimed >= limit or self._stopping:
                    continue
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=self.ctx.settings.worker_poll_seconds)
        finally:
            if ahead is not None:
                await self._give_back(ahead)
            log.info("delivery worker %s stopped", self.id)

    async def cycle(self) -> CycleReport:
        """Claim one batch, send it and record every attempt. Tests call this directly."""
        return await self._deliver(await self._take())

    async def _take(self) -> _Taken:
        """Claim and prepare a batch; its leases are kept alive from now until it is recorded."""
        claimed = await asyncio.to_thread(
            claims.claim, self.ctx, worker=self.id, specs=self.channels, limit=self.ctx.settings.worker_claim_batch
        )
        report = CycleReport(
            claimed=claimed.claimed,
            skipped=claimed.skipped,
            held=claimed.held,
            failed=claimed.failed,
            lost=claimed.lost,
        )
        for (channel, outcome), n in claimed.outcomes.items():
            metrics.count(channel, outcome, n)
        if not claimed.work:
            return _Taken(report)
        ids = [i for work in claimed.work for i in work.ids]
        heartbeat = asyncio.create_task(self._heartbeat(ids))
        try:
            await attachments.fetch_all(self.ctx, claimed, self.channels)
            batch = await asyncio.to_thread(compose.prepare, self.ctx, claimed, self.channels)
        except BaseException:
            heartbeat.cancel()
            await asyncio.shield(asyncio.to_thread(self._record, [], ids))
            raise
        return _Taken(report, batch, heartbeat)

    async def _deliver(self, taken: _Taken) -> CycleReport:
        report, batch = taken.report, taken.batch
        if batch is None:
            return report
        finished: list[Finished] = []
        try:
            await sending.send_batch(self.ctx, batch, finished)
        except asyncio.CancelledError:
            done = {f.job.delivery_id for f in finished}
            unsent = [i for job in batch.jobs if job.delivery_id not in done for i in job.ids]
            await asyncio.shield(asyncio.to_thread(self._record, finished, unsent))
            raise
        finally:
            if taken.heartbeat is not None:
                taken.heartbeat.cancel()
        statuses = await asyncio.to_thread(self._record, finished, [])
        report.sent += statuses["sent"]
        report.retried += statuses["deferred"]
        report.failed += statuses["failed"]
        report.skipped += statuses["skipped"]
        return report

    async def _give_back(self, ahead: asyncio.Task[_Taken]) -> None:
        """A stopping worker returns the batch it claimed ahead, untried."""
        try:
            taken = await ahead
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # we are being cancelled ourselves
            return  # the take was cancelled and gave its rows back itself
        except Exception:  # it failed: its leases expire on their own
            return
        if taken.heartbeat is not None:
            taken.heartbeat.cancel()
        if taken.batch is not None:
            ids = [i for job in taken.batch.jobs for i in job.ids]
            await asyncio.shield(asyncio.to_thread(self._record, [], ids))

    # --- recording -----------------------------------------------------------------------------

    def _record(self, finished: list[Finished], unsent: list[int]) -> Counter[str]:
        """Write every finished try and give back what was never tried; returns the next statuses."""
        settings = self.ctx.settings
        now = self.ctx.clock.now()
        records: list[AttemptRecord] = []
        primary: list[tuple[Finished, AttemptRecord]] = []
        statuses: Counter[str] = Counter()
        for f in finished:
            step = after_attempt(
                attempt=f.job.attempt,
                outcome=f.outcome,
                now=now,
                delays=settings.retry_delays_seconds,
                retry_after_seconds=f.retry_after_seconds,
            )
            records.extend(_earlier_tries(f))
            records.extend(
                AttemptRecord(
                    delivery_id=delivery_id,
                    org_id=f.job.org_id,
                    attempt_no=f.job.attempt,
                    started_at=f.started_at,
                    finished_at=f.finished_at,
                    outcome=f.outcome,
                    error=f.error,
                    provider_message_id=f.provider_message_id,
                    parts=f.parts,
                    status=step.status,
                    next_attempt_at=step.next_attempt_at,
                    provider=f.provider,
                )
                for delivery_id in f.job.ids  # a digest's deliveries share its one message
            )
            primary.append((f, records[len(records) - len(f.job.ids)]))  # the job's own delivery
            statuses[step.status] += len(f.job.ids)
            outcome = {"sent": "sent", "deferred": "retry", "failed": "failed", "skipped": "skipped"}[step.status]
            metrics.count(f.job.channel, outcome)
        gone: dict[tuple[int, str], list[str]] = {}
        for f in finished:
            if f.gone:
                gone.setdefault((f.job.org_id, f.job.channel), []).extend(f.gone)
        told = [
            reports.delivery_callback(
                work.row,
                work.notification,
                work.user,
                status=record.status,
                error=record.error,
                provider_message_id=record.provider_message_id,
            )
            for f, record in primary
            if (work := f.job.work) is not None
            and work.user is not None  # a copy to a fixed address tells the CRM nothing
            and work.row.channel != callback_sender.CHANNEL
            and record.status in ("sent", "failed")
        ]
        with unit_of_work(self.ctx.sessions) as session:
            repository.record(session, records, worker=self.id, now=now)
            repository.give_back(session, unsent, worker=self.id, now=now)
            for (org_id, channel), addresses in gone.items():
                spec = self.channels.get(channel)
                if spec is not None and spec.forget is not None:
                    spec.forget(session, self.ctx, org_id, addresses)
            reports.queue_callbacks(session, self.ctx, told, now=now)
        return statuses

    async def _heartbeat(self, ids: list[int]) -> None:
        lease = self.ctx.settings.worker_lease_seconds
        while True:
            await asyncio.sleep(max(0.5, lease / 3))
            until = self.ctx.clock.now() + timedelta(seconds=lease)
            try:
                await asyncio.to_thread(self._extend, ids, until)
            except Exception as exc:  # try again next beat; the lease has two more beats to go
                log.warning("could not extend leases: %s", type(exc).__name__)

    def _extend(self, ids: list[int], until: datetime) -> None:
        with unit_of_work(self.ctx.sessions) as session:
            repository.extend_lease(session, ids, worker=self.id, lease_until=until)
