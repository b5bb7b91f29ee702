"""Exactly one firing per row across schedulers: concurrent claims are disjoint, an expired lease
is taken over, a scheduler that lost its lease fires nothing, and two `tocsin worker` processes
on PostgreSQL fire every reminder once (counted). The loop wakes on a schedule change."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories import OrgHandle
from tests.schedule.conftest import firings, notes, put
from tests.servers import server_env, start
from tests.waiting import wait_until
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.events.models import Event
from tocsin.kit.clock import FrozenClock, isoformat
from tocsin.notifications.models import Notification
from tocsin.orgs import repository as orgs_repo
from tocsin.schedule import firing, service
from tocsin.schedule.runner import Scheduler
from tocsin.schedule.schemas import ActivityIn


def _register(ctx: AppContext, org: OrgHandle, n: int, *, starts_at: datetime) -> None:
    """n activities of jane's, registered through the service in one transaction (fast)."""
    with unit_of_work(ctx.sessions) as session:
        row = orgs_repo.get(session, org.id)
        assert row is not None
        for i in range(n):
            body = ActivityIn(owner="jane", title=f"Call {i}", starts_at=starts_at)
            service.put_activity(session, ctx, org=row, external_id=f"A{i}", body=body)


def _count(ctx: AppContext, model: type) -> int:
    with ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_concurrent_schedulers_fire_each_row_once(org: OrgHandle, ctx: AppContext, clock: FrozenClock) -> None:
    n = 60
    _register(ctx, org, n, starts_at=clock.now() + timedelta(minutes=20))
    clock.advance(minutes=5)
    fired: dict[str, int] = {}
    barrier = threading.Barrier(3)

    def run(name: str) -> None:
        scheduler = Scheduler(ctx, scheduler_id=name)
        barrier.wait()
        total = 0
        for _ in range(10):  # bounded: each round claims at most 10
            ids = firing.claim(ctx, worker=name, limit=10)
            total += firing.fire(ctx, ids, worker=name).fired
        fired[scheduler.id] = total

    threads = [threading.Thread(target=run, args=(f"s{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sum(fired.values()) == n
    assert _count(ctx, Notification) == n and _count(ctx, Event) == n
    assert {f.status for f in firings(ctx)} == {"fired"}


def test_an_expired_lease_is_taken_over_and_the_loser_fires_nothing(
    org: OrgHandle, ctx: AppContext, clock: FrozenClock
) -> None:
    put(org, "/v1/activities/A1", 201, owner="jane", starts_at=isoformat(clock.now() + timedelta(minutes=20)))
    clock.advance(minutes=5)
    taken = firing.claim(ctx, worker="dead", limit=10)
    assert len(taken) == 1 and firing.claim(ctx, worker="other", limit=10) == []  # the lease holds
    clock.advance(seconds=ctx.settings.schedule_lease_seconds + 1)
    again = firing.claim(ctx, worker="alive", limit=10)
    assert again == taken
    assert firing.fire(ctx, taken, worker="dead").fired == 0  # no longer its lease
    assert firing.fire(ctx, again, worker="alive").fired == 1
    assert len(notes(ctx)) == 1


def test_the_loop_wakes_on_a_change_and_sleeps_until_the_next_due_time(
    org: OrgHandle, ctx: AppContext, clock: FrozenClock
) -> None:
    ctx.settings.schedule_max_sleep_seconds = 3600  # only a wake-up or the due time can end a sleep

    async def scenario() -> None:
        scheduler = Scheduler(ctx, scheduler_id="loop")
        task = asyncio.create_task(scheduler.run())
        try:
            await asyncio.sleep(0)  # the loop subscribes, finds nothing, and sleeps
            await asyncio.to_thread(
                put,
                org,
                "/v1/activities/A1",
                201,
                owner="jane",
                starts_at=isoformat(clock.now() + timedelta(minutes=16)),
            )
            # Due in one minute of the frozen clock: the loop sleeps (up to a minute of real time)...
            clock.advance(minutes=1)
            scheduler.wake()  # ... and a change wakes it at once
            for _ in range(500):  # bounded: at most ~5 s
                if notes(ctx):
                    break
                await asyncio.sleep(0.01)
        finally:
            scheduler.stop()
            await asyncio.wait_for(task, timeout=10)

    asyncio.run(scenario())
    assert [n[1] for n in notes(ctx)] == ["activity_reminder"]


@pytest.mark.slow
def test_two_worker_processes_on_postgresql_fire_each_reminder_once(
    org: OrgHandle, ctx: AppContext, clock: FrozenClock, settings: Settings, tmp_path: Path
) -> None:
    if settings.is_sqlite:
        pytest.skip("several scheduler processes run on PostgreSQL")
    n = 100
    clock.set(datetime.now(UTC))  # the workers run on the real clock
    _register(ctx, org, n, starts_at=clock.now() + timedelta(minutes=15, seconds=1))
    env = server_env(settings, TOCSIN_SCHEDULE_CLAIM_BATCH="20", TOCSIN_EMAIL_PROVIDER="none")
    workers = [start(["worker"], env, tmp_path / f"worker{i}.log") for i in range(2)]

    def alive() -> str | None:
        for w in workers:
            if w.process.poll() is not None:
                return f"a worker exited:\n{w.log()}"
        return None

    try:
        wait_until(
            lambda: all(f.status == "fired" for f in firings(ctx)),
            "every reminder fired",
            alive=alive,
            every=0.1,
            timeout=90,
        )
    finally:
        for w in workers:
            w.stop()
    assert _count(ctx, Notification) == n
    assert _count(ctx, Event) == n
    with ctx.sessions() as session:
        per_event = session.execute(
            select(Notification.event_id, func.count()).group_by(Notification.event_id).having(func.count() > 1)
        ).all()
    assert per_event == []
