"""A broadcast to 10,000 users: in-app notification + one email delivery row each, committed.

Run: .venv/bin/python -m bench.core_broadcast [--users 10000] [--runs 3] [--db sqlite,postgresql]
Prints the wall time from the start of ingestion to the end of the commit, per run. The first
run reads the org's directory (every active user's facts); the later ones find it cached at the
org's users version, as a server's second broadcast would.
"""

from __future__ import annotations

import argparse
import time

from sqlalchemy import func, select

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries.models import Delivery
from tocsin.events import service as events
from tocsin.events.schemas import EventIn
from tocsin.kit import collector
from tocsin.notifications.models import Notification
from tocsin.orgs import repository as orgs_repo


def run(kind: str, users: int, runs: int) -> None:
    with database(kind) as url:
        ctx = AppContext.build(bench_settings(url))
        org = make_org(ctx)
        bulk_users(ctx, org.org.id, users)
        # As `tocsin serve` and `tocsin worker` do once started: what start-up made is frozen out
        # of the collector, so a full collection walks only what the work itself made.
        collector.settle()
        timings = []
        for i in range(runs):
            body = EventIn(type="broadcast", data={"title": f"Announcement {i}", "message": "All hands at 3pm"})
            started = time.perf_counter()
            with unit_of_work(ctx.sessions) as session:
                org_row = orgs_repo.get(session, org.org.id)
                assert org_row is not None
                result = events.ingest(session, ctx, org=org_row, body=body)
            timings.append(time.perf_counter() - started)
            assert result.notifications == users and result.deliveries == {"email": users}, result
        with ctx.sessions() as session:
            n = session.scalar(select(func.count()).select_from(Notification))
            d = session.scalar(select(func.count()).select_from(Delivery))
        ctx.dispose()
        shown = ", ".join(f"{t:.3f} s" for t in timings)
        print(f"{kind:10s} broadcast to {users} users (+{users} email rows): {shown}  (best {min(timings):.3f} s)")
        print(f"{'':10s} rows written: {n} notifications, {d} deliveries")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.db.split(","):
        run(kind, args.users, args.runs)


if __name__ == "__main__":
    main()
