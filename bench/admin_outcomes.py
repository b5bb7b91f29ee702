"""Outcomes at scale: GET /v1/admin/outcomes over a period holding many notifications.

Fills one org with N notifications over 30 days (12 event types, two thirds read after 1 second to
2 hours) and an email delivery for each (90 % sent, 10 % failed), then times the outcomes query
(counts and time-to-read percentiles per event type and channel) in-process, median of several runs.
On PostgreSQL the percentiles are computed in the database; on SQLite the read durations are ranked
in Python.

Run: .venv/bin/python -m bench.admin_outcomes [--db sqlite|postgresql] [--notifications 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import timedelta

from sqlalchemy import insert

from bench.common import bench_settings, database, describe, make_org
from tests.factories import bulk_users
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries.models import Delivery
from tocsin.events.models import Event
from tocsin.notifications.models import Notification
from tocsin.outcomes import service as outcomes
from tocsin.users.models import User

TYPES = [f"type_{i:02d}" for i in range(12)]
CHUNK = 5000


def fill(ctx: AppContext, org_id: int, *, notifications: int, users: int) -> None:
    rng = random.Random(7)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as s:
        event = Event(org_id=org_id, type="manual", entity={}, data={}, urgent=False, created_at=now)
        s.add(event)
        s.flush()
        event_id = event.id
        user_ids = [u.id for u in s.query(User).filter(User.org_id == org_id).limit(users)]
    next_id = 1
    for start in range(0, notifications, CHUNK):
        rows, deliveries = [], []
        for i in range(start, min(start + CHUNK, notifications)):
            created = now - timedelta(seconds=rng.uniform(0, 30 * 86400))
            read = created + timedelta(seconds=rng.uniform(1, 7200)) if i % 3 else None
            rows.append(
                {"id": next_id, "org_id": org_id, "user_id": user_ids[i % len(user_ids)], "event_id": event_id,
                 "type": TYPES[i % len(TYPES)], "title": "t", "body": "", "urgent": False, "silent": False,
                 "data": {}, "created_at": created, "read_at": read}
            )  # fmt: skip
            deliveries.append(
                {"org_id": org_id, "notification_id": next_id, "user_id": user_ids[i % len(user_ids)],
                 "event_id": event_id, "event_type": TYPES[i % len(TYPES)], "channel": "email",
                 "status": "failed" if i % 10 == 0 else "sent", "attempts": 1, "created_at": created,
                 "updated_at": created}
            )  # fmt: skip
            next_id += 1
        with ctx.engine.begin() as conn:
            conn.execute(insert(Notification), rows)
            conn.execute(insert(Delivery), deliveries)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--notifications", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with database(args.db) as url:
        ctx = AppContext.build(bench_settings(url))
        try:
            org = make_org(ctx)
            bulk_users(ctx, org.org.id, args.users)
            started = time.perf_counter()
            fill(ctx, org.org.id, notifications=args.notifications, users=args.users)
            print(f"filled {args.notifications} notifications and deliveries in {time.perf_counter() - started:.1f} s")
            samples = []
            for _ in range(args.runs):
                began = time.perf_counter()
                with ctx.reads() as session:
                    out = outcomes.outcomes(
                        session, ctx, org.org.id, since=ctx.clock.now() - timedelta(days=30), until=None
                    )
                samples.append((time.perf_counter() - began) * 1000)
            rows = len(out.items)
            print(f"{args.db}: outcomes over 30 days ({rows} rows of event type x channel): {describe(samples)}")
        finally:
            ctx.dispose()


if __name__ == "__main__":
    main()
