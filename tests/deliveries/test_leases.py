"""Claims are leases: disjoint between workers, taken over after they expire (with a `lost`
attempt in the log), never recorded by a worker that lost them; a message that keeps killing
workers fails; a cancelled worker gives back what it never tried."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tests.deliveries.conftest import attempts, cycle, deliveries, status_counts
from tests.factories import Factory, OrgHandle, bulk_users
from tests.smtp import SmtpSink, email_through
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker, compose, default_channels
from tocsin.deliveries.worker import claim as claims
from tocsin.deliveries.worker import send as sending
from tocsin.deliveries.worker.send import Finished
from tocsin.kit.clock import FrozenClock


def _assign(org: OrgHandle, n: int = 1) -> None:
    for i in range(n):
        org.put_user(f"u{i}", email=f"u{i}@example.com")
        org.event("task_assigned", entity={"type": "task", "id": f"T{i}", "name": f"Task {i}", "owner": f"u{i}"})


def _claim(ctx: AppContext, worker: str, limit: int = 200) -> list[int]:
    claimed = claims.claim(ctx, worker=worker, specs=default_channels(), limit=limit)
    return [w.row.id for w in claimed.work]


def test_an_expired_lease_is_taken_over(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _assign(org)
    assert len(_claim(ctx, "dead-worker")) == 1  # ... which then dies without recording anything
    [d] = deliveries(ctx)
    assert (d.status, d.leased_by, d.attempts) == ("sending", "dead-worker", 1)

    assert cycle(worker).claimed == 0  # the lease still holds
    clock.advance(seconds=ctx.settings.worker_lease_seconds + 1)
    report = cycle(worker)

    assert (report.lost, report.sent) == (1, 1)
    [d] = deliveries(ctx)
    assert (d.status, d.attempts, d.leased_by) == ("sent", 2, None)
    assert [(a.outcome, a.worker) for a in attempts(ctx, d.id)] == [("lost", "dead-worker"), ("sent", "test-worker")]


def test_a_worker_that_lost_its_lease_cannot_record(
    factory: Factory, ctx: AppContext, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _assign(org)
    slow, fast = Worker(ctx, worker_id="slow"), Worker(ctx, worker_id="fast")
    claimed = claims.claim(ctx, worker=slow.id, specs=slow.channels, limit=10)
    clock.advance(seconds=ctx.settings.worker_lease_seconds + 1)
    assert cycle(fast).sent == 1

    # The slow worker finally sends and tries to record a failure: the row is not its own anymore.
    prepared = compose.prepare(ctx, claimed, slow.channels)
    assert len(prepared.jobs) == 1
    sink.handler.refuse_rcpt = "550 5.1.1 gone"
    finished: list[Finished] = []
    asyncio.run(sending.send_batch(ctx, prepared, finished))
    slow._record(finished, [])

    [d] = deliveries(ctx)
    assert (d.status, d.last_error) == ("sent", None)
    assert [(a.outcome, a.worker) for a in attempts(ctx, d.id)] == [
        ("lost", "slow"),
        ("sent", "fast"),
        ("permanent", "slow"),
    ]


def test_concurrent_claims_are_disjoint(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.client.put("/v1/admin/settings", json={"email_batch_size": 1000}, headers=org.headers)
    bulk_users(ctx, org.id, 120)
    org.event("broadcast", data={"title": "Hello"})
    results: dict[str, list[int]] = {}
    barrier = threading.Barrier(3)

    def claim(name: str) -> None:
        barrier.wait()
        results[name] = [i for _ in range(3) for i in _claim(ctx, name, limit=20)]

    threads = [threading.Thread(target=claim, args=(f"w{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    claimed = [i for ids in results.values() for i in ids]
    assert len(claimed) == len(set(claimed)) == 120  # 3 workers x 3 claims x 20 could take 180
    assert status_counts(ctx) == {"sending": 120}


def test_a_message_that_keeps_killing_workers_fails(
    factory: Factory, ctx: AppContext, worker: Worker, clock: FrozenClock
) -> None:
    org = factory.org()
    _assign(org)
    for n in range(4):  # four tries, each worker dies before recording
        assert len(_claim(ctx, f"doomed-{n}")) == 1
        clock.advance(seconds=ctx.settings.worker_lease_seconds + 1)

    report = cycle(worker)

    assert (report.failed, report.sent, report.lost) == (1, 0, 1)
    [d] = deliveries(ctx)
    assert d.status == "failed" and d.last_error is not None and "gave up after 4 attempts" in d.last_error


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink) -> Settings:
    return email_through(sink, base_settings, smtp_connections=1)


def test_a_cancelled_worker_gives_back_what_it_never_tried(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    _assign(org, 3)
    sink.handler.delay_data = 30  # the first message hangs on the server

    async def run_and_cancel() -> None:
        task = asyncio.create_task(worker.cycle())
        while status_counts(ctx).get("sending", 0) < 3:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(run_and_cancel())

    rows = deliveries(ctx)
    assert {(d.status, d.attempts, d.leased_by) for d in rows} == {("pending", 0, None)}
    assert all(d.next_attempt_at is not None for d in rows)
    assert sink.messages == []
    sink.handler.delay_data = 0
    assert cycle(worker).sent == 3


def test_leases_are_extended_while_a_slow_batch_is_out(
    factory: Factory, ctx: AppContext, sink: SmtpSink, settings: Settings, clock: FrozenClock
) -> None:
    settings.worker_lease_seconds = 2  # a heartbeat every 2/3 s
    org = factory.org()
    _assign(org, 2)
    sink.handler.delay_data = 1.5  # the batch takes 3 s: longer than the lease
    worker = Worker(ctx, worker_id="steady")
    stolen: list[int] = []

    async def run() -> None:
        task = asyncio.create_task(worker.cycle())
        while status_counts(ctx).get("sending", 0) < 2:
            await asyncio.sleep(0.02)
        clock.advance(seconds=5)  # the first lease is long gone by this clock...
        await asyncio.sleep(1.0)  # ... but a heartbeat has renewed it since
        assert all(d.lease_until and d.lease_until > clock.now() for d in deliveries(ctx))
        stolen.extend(await asyncio.to_thread(_claim, ctx, "thief"))
        await task

    asyncio.run(run())
    assert stolen == []
    assert status_counts(ctx) == {"sent": 2}
    assert len(sink.messages) == 2
