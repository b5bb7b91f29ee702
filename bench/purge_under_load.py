"""The retention purge of 1,000,000 old notifications on PostgreSQL while events are ingested
at 50/s: the purge's duration, and the ingestion latency p99 during it versus without it.

Run: .venv/bin/python -m bench.purge_under_load [--notifications 1000000] [--rate 50] [--baseline-seconds 20]
"""

from __future__ import annotations

import argparse
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import cast

from sqlalchemy import Table, func, select

from bench.common import bench_settings, database, describe, make_org
from tests.factories import bulk_users
from tocsin.context import AppContext
from tocsin.db import bulk
from tocsin.db.engine import unit_of_work
from tocsin.events import service as events
from tocsin.events.models import Event
from tocsin.events.schemas import EventIn
from tocsin.notifications.models import Notification
from tocsin.orgs import repository as orgs_repo
from tocsin.schedule import retention
from tocsin.users.models import User

USERS = 100


def _seed_old(ctx: AppContext, org_id: int, n: int) -> None:
    """n notifications 200 days old, USERS per event, in COPY batches."""
    events_table = cast(Table, Event.__table__)
    notes_table = cast(Table, Notification.__table__)
    old = datetime.now(UTC) - timedelta(days=200)
    per_batch_events = 1000
    with ctx.sessions() as session:
        first_user = int(session.scalar(select(func.min(User.id)).where(User.org_id == org_id)) or 0)
    n_events = n // USERS
    for start in range(0, n_events, per_batch_events):
        count = min(per_batch_events, n_events - start)
        with unit_of_work(ctx.sessions) as session:
            ids = bulk.allocate_ids(session, events_table, count)
            bulk.insert_rows(
                session,
                events_table,
                [
                    {
                        "id": eid,
                        "org_id": org_id,
                        "type": "broadcast",
                        "actor": None,
                        "entity": {},
                        "data": {"title": "Old news"},
                        "urgent": False,
                        "idempotency_key": None,
                        "result": None,
                        "created_at": old,
                    }
                    for eid in ids
                ],
            )
            bulk.insert_rows(
                session,
                notes_table,
                [
                    {
                        "org_id": org_id,
                        "user_id": first_user + u,
                        "event_id": eid,
                        "type": "broadcast",
                        "title": "Old news",
                        "body": "",
                        "url": None,
                        "entity_type": None,
                        "entity_id": None,
                        "actor": None,
                        "urgent": False,
                        "silent": False,
                        "data": {},
                        "created_at": old,
                    }
                    for eid in ids
                    for u in range(USERS)
                ],
            )


def _ingest_one(ctx: AppContext, org_id: int, i: int, samples: list[float]) -> None:
    body = EventIn(
        type="task_assigned",
        actor="u1",
        entity={"type": "task", "id": f"T{i}", "name": f"Task {i}", "owner": f"u{i % USERS}"},
    )
    started = time.perf_counter()
    with unit_of_work(ctx.sessions) as session:
        org = orgs_repo.get(session, org_id)
        assert org is not None
        events.ingest(session, ctx, org=org, body=body)
    samples.append((time.perf_counter() - started) * 1000)


def _ingest_for(ctx: AppContext, org_id: int, rate: float, stop: threading.Event, samples: list[float]) -> None:
    """Post one-recipient events at `rate` per second, on schedule whatever each one's latency
    (an open loop, as a CRM would), until stopped."""
    interval = 1.0 / rate
    next_at = time.perf_counter()
    i = 0
    with ThreadPoolExecutor(max_workers=8) as pool:
        while not stop.is_set():
            i += 1
            pool.submit(_ingest_one, ctx, org_id, i, samples)
            next_at += interval
            time.sleep(max(0.0, next_at - time.perf_counter()))


def run(notifications: int, rate: float, baseline_seconds: float) -> None:
    with database("postgresql") as url:
        ctx = AppContext.build(bench_settings(url).model_copy(update={"db_pool_size": 20}))
        org = make_org(ctx)
        bulk_users(ctx, org.org.id, USERS)
        started = time.perf_counter()
        _seed_old(ctx, org.org.id, notifications)
        print(f"seeded {notifications} old notifications in {time.perf_counter() - started:.1f} s")

        quiet: list[float] = []
        stop = threading.Event()
        feeder = threading.Thread(target=_ingest_for, args=(ctx, org.org.id, rate, stop, quiet))
        feeder.start()
        time.sleep(baseline_seconds)
        stop.set()
        feeder.join()

        during: list[float] = []
        stop = threading.Event()
        feeder = threading.Thread(target=_ingest_for, args=(ctx, org.org.id, rate, stop, during))
        feeder.start()
        started = time.perf_counter()
        counts = retention.purge_all(ctx)
        purge_seconds = time.perf_counter() - started
        stop.set()
        feeder.join()
        ctx.dispose()
        print(
            f"postgresql purge: {counts['notifications']} notifications, {counts['events']} events"
            f" in {purge_seconds:.1f} s"
        )
        print(f"{'':10s} ingestion at {rate:.0f}/s without purge: {describe(quiet)}")
        print(f"{'':10s} ingestion at {rate:.0f}/s during purge:  {describe(during)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notifications", type=int, default=1_000_000)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--baseline-seconds", type=float, default=20.0)
    args = parser.parse_args()
    run(args.notifications, args.rate, args.baseline_seconds)


if __name__ == "__main__":
    main()
