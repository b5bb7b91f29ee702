"""The retention purge: strictly older than `retention_days` goes (notifications with their
deliveries, held ones included, attempts and events), in batches; the daily run is taken by one
process a day; `tocsin purge` reports counts."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from tests.factories import OrgHandle
from tests.servers import server_env
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.events.models import Event
from tocsin.kit.clock import FrozenClock
from tocsin.notifications.models import Notification
from tocsin.schedule import retention
from tocsin.schedule.models import MaintenanceRun
from tocsin.schedule.runner import Scheduler


def _aged(org: OrgHandle, clock: FrozenClock, now: datetime, days_old: float, *, held: bool = False) -> None:
    clock.set(now - timedelta(days=days_old))
    if held:
        assert org.client.post("/v1/admin/channels/email/disable", headers=org.headers).status_code == 200
    org.event("task_assigned", actor="bob", entity={"type": "task", "id": f"T{days_old}", "owner": "jane"})


def _counts(ctx: AppContext) -> dict[str, int]:
    with ctx.sessions() as session:
        return {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("notifications", Notification),
                ("deliveries", Delivery),
                ("attempts", DeliveryAttempt),
                ("events", Event),
            )
        }


def _attempt(ctx: AppContext, at: datetime) -> None:
    """A logged try on every delivery (as if the worker had tried each once)."""
    with unit_of_work(ctx.sessions) as session:
        for d in session.scalars(select(Delivery)):
            session.add(
                DeliveryAttempt(
                    org_id=d.org_id, delivery_id=d.id, attempt_no=1, started_at=at, finished_at=at, outcome="transient"
                )
            )


def test_purge_boundaries_89_90_91_days(org: OrgHandle, ctx: AppContext, clock: FrozenClock) -> None:
    now = clock.now()
    # The admin disabled email 91 days ago: every delivery since is held.
    _aged(org, clock, now, 91, held=True)  # older than 90 days: purged, its held delivery too
    _aged(org, clock, now, 90)  # exactly 90 days: kept (only strictly older goes)
    _aged(org, clock, now, 89)
    clock.set(now)
    _attempt(ctx, now)
    with ctx.sessions() as session:
        statuses = sorted(d.status for d in session.scalars(select(Delivery)))
    assert statuses == ["held", "held", "held"]
    before = _counts(ctx)

    [target] = retention.plan(ctx, slug=org.slug)
    expected = {"notifications": 1, "deliveries": 1, "attempts": 1, "events": 1}
    assert target.counts == expected
    assert _counts(ctx) == before  # a dry run deletes nothing

    seen: list[int] = []
    assert retention.purge_org(ctx, target, batch=1, progress=seen.append) == expected
    assert sum(seen) == 1
    assert _counts(ctx) == {k: n - expected[k] for k, n in before.items()}
    with ctx.sessions() as session:
        left = sorted(n.entity_id for n in session.scalars(select(Notification)))
        assert left == ["T89", "T90"]
        assert sorted(d.status for d in session.scalars(select(Delivery))) == ["held", "held"]


def test_each_org_by_its_own_window(factory, org: OrgHandle, ctx: AppContext, clock: FrozenClock) -> None:  # type: ignore[no-untyped-def]
    short = factory.org()
    short.put_user("jane", email="jane@example.com")
    short.put_user("bob", email="bob@example.com")
    assert short.client.put("/v1/admin/settings", json={"retention_days": 30}, headers=short.headers).status_code == 200
    now = clock.now()
    for handle in (org, short):
        _aged(handle, clock, now, 45)
    clock.set(now)
    total = retention.purge_all(ctx, batch=2)
    assert total["notifications"] == 1 and total["events"] == 1
    with ctx.sessions() as session:
        assert [n.org_id for n in session.scalars(select(Notification))] == [org.id]


def test_the_daily_purge_runs_once_a_day_across_processes(org: OrgHandle, ctx: AppContext, clock: FrozenClock) -> None:
    now = clock.now()
    _aged(org, clock, now, 100)
    clock.set(now)
    one, two = Scheduler(ctx, scheduler_id="one"), Scheduler(ctx, scheduler_id="two")
    assert one._take_purge() is True
    assert two._take_purge() is False  # one holds the lease
    one.purge_now()
    assert _counts(ctx)["notifications"] == 0
    assert two._take_purge() is False  # done for today
    clock.advance(hours=23, minutes=59)
    assert one._take_purge() is False
    clock.advance(minutes=1)
    assert two._take_purge() is True
    with ctx.sessions() as session:
        run = session.get(MaintenanceRun, "purge")
        assert run is not None and run.leased_by == "two"
        assert json.loads(run.last_report or "{}")["notifications"] == 1


def test_tocsin_purge_command(org: OrgHandle, ctx: AppContext, clock: FrozenClock, settings: Settings) -> None:
    now = datetime.now(UTC)  # the command runs on the real clock
    _aged(org, clock, now, 120)
    _aged(org, clock, now, 10)
    env = server_env(settings)

    def purge(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tocsin", "purge", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    dry = purge("--org", org.slug, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would delete 1 notifications, 1 deliveries, 0 attempts, 1 events" in dry.stdout
    assert _counts(ctx)["notifications"] == 2
    assert purge("--org", "no-such-org").returncode == 1
    done = purge()
    assert done.returncode == 0, done.stderr
    assert f"{org.slug} (before" in done.stdout and "deleted 1 notifications, 1 deliveries" in done.stdout
    assert _counts(ctx)["notifications"] == 1
