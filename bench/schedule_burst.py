"""100,000 activity reminders due at the same instant, fired by two `tocsin worker` processes on
PostgreSQL: the time from the due time to the last notification created.

Run: .venv/bin/python -m bench.schedule_burst [--reminders 100000] [--workers 2] [--users 1000]
Prints the lag of the last notification behind the due time and the firing rate.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import Table, func, select

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tocsin.context import AppContext
from tocsin.db import bulk
from tocsin.db.engine import unit_of_work
from tocsin.notifications.models import Notification
from tocsin.schedule.models import Firing, ScheduledItem

LEAD_SECONDS = 20  # time for the workers to start before the reminders come due


def _seed(ctx: AppContext, org_id: int, n: int, users: int, due: datetime) -> None:
    items_table = cast(Table, ScheduledItem.__table__)
    firings_table = cast(Table, Firing.__table__)
    now = datetime.now(UTC)
    starts = due + timedelta(minutes=15)
    with unit_of_work(ctx.sessions) as session:
        ids = bulk.allocate_ids(session, items_table, n)
        bulk.insert_rows(
            session,
            items_table,
            [
                {
                    "id": item_id,
                    "org_id": org_id,
                    "kind": "activity",
                    "external_id": f"A{i}",
                    "owner": f"u{i % users}",
                    "title": f"Call {i}",
                    "url": f"https://crm.example.com/activities/{i}",
                    "at": starts,
                    "completed": False,
                    "milestone_fired": 0,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for i, item_id in enumerate(ids)
            ],
        )
        bulk.insert_rows(
            session,
            firings_table,
            [
                {
                    "org_id": org_id,
                    "item_id": item_id,
                    "item_version": 1,
                    "type": "activity_reminder",
                    "anchor_at": starts,
                    "due_at": due,
                    "recipient": f"u{i % users}",
                    "status": "pending",
                    "created_at": now,
                }
                for i, item_id in enumerate(ids)
            ],
        )


def run(reminders: int, workers: int, users: int) -> None:
    with database("postgresql") as url:
        settings = bench_settings(url).model_copy(update={"email_provider": "none"})
        ctx = AppContext.build(settings)
        org = make_org(ctx)
        bulk_users(ctx, org.org.id, users)
        due = datetime.now(UTC) + timedelta(seconds=LEAD_SECONDS)
        _seed(ctx, org.org.id, reminders, users, due)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
        env.update(
            TOCSIN_ENV="test",
            TOCSIN_DATABASE_URL=url,
            TOCSIN_SECRET_KEY=settings.secret_key,
            TOCSIN_DATA_DIR=str(settings.data_dir),
            TOCSIN_EMAIL_PROVIDER="none",
            TOCSIN_LOG_LEVEL="warning",
        )
        logs = Path(tempfile.mkdtemp(prefix="tocsin-bench-"))
        procs = []
        for i in range(workers):
            with (logs / f"worker{i}.log").open("wb") as log:
                procs.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "tocsin", "worker"], env=env, stdout=log, stderr=subprocess.STDOUT
                    )
                )
        try:
            deadline = time.monotonic() + LEAD_SECONDS + 3600
            while time.monotonic() < deadline:
                with ctx.sessions() as session:
                    left = session.scalar(
                        select(func.count()).select_from(Firing).where(Firing.status.in_(("pending", "firing")))
                    )
                if left == 0:
                    break
                if any(p.poll() is not None for p in procs):
                    raise SystemExit(f"a worker exited; logs in {logs}")
                time.sleep(0.5)
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                p.wait(timeout=60)
        with ctx.sessions() as session:
            made = session.scalar(select(func.count()).select_from(Notification)) or 0
            first = session.scalar(select(func.min(Notification.created_at)))
            last = session.scalar(select(func.max(Notification.created_at)))
        ctx.dispose()
        assert first is not None and last is not None
        lag = (last - due).total_seconds()
        rate = made / max((last - first).total_seconds(), 1e-9)
        print(f"postgresql {reminders} reminders due at one instant, {workers} workers: {made} notifications")
        print(f"{'':10s} first notification {(first - due).total_seconds():.2f} s after due, last {lag:.2f} s after")
        print(f"{'':10s} firing rate {rate:.0f} reminders/s (each one event, one notification, its deliveries)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reminders", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--users", type=int, default=1000)
    args = parser.parse_args()
    run(args.reminders, args.workers, args.users)


if __name__ == "__main__":
    main()
