"""100,000 emails deferred by quiet hours to the same window end, released and sent by one worker.

The org's quiet hours end at E. 100 broadcasts to 1,000 users are ingested inside the window (the
planner defers every email to E, reason `quiet_hours`); then one delivery worker runs with a clock
set a few seconds before E (the same offset for the whole run, so every duration is real time)
and sends over SMTP to an aiosmtpd sink in its own process.

The deliveries table is ANALYZEd after the load, as autovacuum would. Printed: the query plan of
the worker's claim read (`deliveries.repository.due_query`) while the
100,000 rows wait — it reads a range of the partial index `ix_deliveries_due` up to now and never
touches a deferred row that is not due (PostgreSQL: EXPLAIN ANALYZE with the rows it read; SQLite:
EXPLAIN QUERY PLAN); then the time from E to the first and the last send, the send rate, and
whether the sends followed the due order (ties by id) batch by batch.

Run: .venv/bin/python -m bench.quiet_release [--deliveries 100000] [--users 1000] [--db postgresql|sqlite]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries import repository
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.deliveries.worker import Worker
from tocsin.events import service as events
from tocsin.events.schemas import EventIn
from tocsin.kit.clock import FrozenClock
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs
from tocsin.orgs.schemas import DndWindow, OrgSettingsPatch

LEAD_SECONDS = 5.0  # the worker starts this long before the window ends


class OffsetClock:
    """Real time, shifted: durations are real, the calendar is the benchmark's."""

    def __init__(self, offset: timedelta) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _seed(ctx: AppContext, *, deliveries: int, users: int, window_end: datetime) -> None:
    org = make_org(ctx)
    bulk_users(ctx, org.org.id, users)
    start = window_end - timedelta(hours=2)
    with unit_of_work(ctx.sessions) as session:
        row = orgs_repo.get(session, org.org.id)
        assert row is not None
        dnd = DndWindow(enabled=True, start=start.strftime("%H:%M"), end=window_end.strftime("%H:%M"), timezone="UTC")
        orgs.update_settings(session, row, OrgSettingsPatch(dnd=dnd, email_batch_size=10_000))
    for n in range(deliveries // users):
        with unit_of_work(ctx.sessions) as session:
            row = orgs_repo.get(session, org.org.id)
            assert row is not None
            body = EventIn(type="broadcast", data={"title": f"Overnight {n}", "message": "Good morning"})
            result = events.ingest(session, ctx, org=row, body=body)
            assert result.deliveries == {"email": users}, result


def _plan(ctx: AppContext, *, now: datetime) -> str:
    """The claim's due read, explained while every row waits for the window's end."""
    stmt = repository.due_query(now=now, channels=["email"], limit=ctx.settings.worker_claim_batch)
    with ctx.engine.connect() as conn:
        compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        if conn.dialect.name == "postgresql":
            sql = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + str(compiled)
            lines = [r[0] for r in conn.exec_driver_sql(sql, compiled.params).all()]
        else:
            params = tuple(
                compiled.params[name].replace(tzinfo=None)
                if isinstance(compiled.params[name], datetime)
                else compiled.params[name]
                for name in (compiled.positiontup or [])
            )
            lines = [str(r[3]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params).all()]
        conn.rollback()
    return "\n".join("    " + line for line in lines)


async def _release(ctx: AppContext, total: int) -> float:
    worker = Worker(ctx, worker_id="bench-worker")
    task = asyncio.create_task(worker.run())
    started = time.perf_counter()
    try:
        while True:
            await asyncio.sleep(0.25)
            if task.done():
                task.result()
            sent = await asyncio.to_thread(_count_sent, ctx)
            if sent >= total:
                return time.perf_counter() - started
            if time.perf_counter() - started > 3600:
                raise TimeoutError(f"only {sent} of {total} sent after an hour")
    finally:
        worker.stop()
        await task


def _count_sent(ctx: AppContext) -> int:
    with ctx.sessions() as session:
        return int(session.scalar(select(func.count()).where(Delivery.status == "sent")) or 0)


def run(kind: str, total: int, users: int) -> None:
    port = free_port()
    sink = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with database(kind) as url:
            settings = bench_settings(url).model_copy(
                update={
                    "email_provider": "smtp",
                    "smtp_host": "127.0.0.1",
                    "smtp_port": port,
                    "smtp_encryption": "none",
                }
            )
            # The window ends at E, a whole minute; the ingestion happens an hour before it.
            window_end = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)
            seeding = AppContext.build(settings, clock=FrozenClock(window_end - timedelta(hours=1)))
            t0 = time.perf_counter()
            _seed(seeding, deliveries=total, users=users, window_end=window_end)
            seed_seconds = time.perf_counter() - t0
            # Statistics after a bulk load, as autovacuum's ANALYZE would take them (with the stats
            # of an empty table, PostgreSQL might sort the due rows instead of reading the index
            # in order).
            with seeding.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE deliveries")
                conn.commit()
            seeding.dispose()

            ctx = AppContext.build(settings, clock=OffsetClock(timedelta(0)))
            with ctx.sessions() as session:
                waiting = session.scalar(
                    select(func.count()).where(Delivery.status == "deferred", Delivery.reason == "quiet_hours")
                )
                due_at = session.scalar(select(func.max(Delivery.next_attempt_at)))
            assert waiting == total and due_at == window_end, (waiting, due_at)
            ctx.clock = OffsetClock(window_end - timedelta(seconds=LEAD_SECONDS) - datetime.now(UTC))
            plan = _plan(ctx, now=ctx.clock.now())
            print(f"{kind}: {total} emails deferred to {window_end.isoformat()} (ingested in {seed_seconds:.1f} s)")
            print(f"  the claim's due read {LEAD_SECONDS:.0f} s before the window ends:\n{plan}")
            wall = asyncio.run(_release(ctx, total))

            with ctx.sessions() as session:
                first, last = session.execute(
                    select(func.min(DeliveryAttempt.started_at), func.max(DeliveryAttempt.finished_at))
                ).one()
                tries = session.scalar(select(func.count()).select_from(DeliveryAttempt))
                order = session.execute(
                    select(DeliveryAttempt.delivery_id, DeliveryAttempt.started_at).order_by(
                        DeliveryAttempt.started_at, DeliveryAttempt.id
                    )
                ).all()
            ctx.dispose()
    finally:
        sink.terminate()
        sink.wait(timeout=10)
    ids = sorted(d for d, _ in order)
    rank = {d: i for i, d in enumerate(ids)}
    batch = settings.worker_claim_batch
    # The worker claims in due order (ties by id) and sends a batch's lanes concurrently: a send
    # may overtake others of its own batch and of the one claimed ahead, never more.
    displacement = max(abs(rank[d] - i) for i, (d, _) in enumerate(order))
    print(
        f"  window end -> first send {(first - window_end).total_seconds():.2f} s, "
        f"-> last send {(last - window_end).total_seconds():.2f} s; "
        f"{total / (last - first).total_seconds():,.0f} emails/s; attempts {tries}; "
        f"largest distance from due order {displacement} (claim batch {batch}: "
        f"{'in order batch by batch' if displacement < 2 * batch else 'OUT OF ORDER'}); wall {wall:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deliveries", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=1_000)
    parser.add_argument("--db", default="postgresql", choices=["postgresql", "sqlite"])
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}; one delivery worker in this process; SMTP sink: aiosmtpd in its own process")
    run(args.db, args.deliveries, args.users)


if __name__ == "__main__":
    main()
