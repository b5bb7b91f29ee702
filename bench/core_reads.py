"""Reads at scale on PostgreSQL: 1,000,000 notifications across 10,000 users.

Measures over HTTP against a real `tocsin serve` (one process, keep-alive client on loopback):
first page of /v1/me/notifications and /v1/me/notifications/unread-count (median of many users),
and read-all for users with 1,000 unread each.

Run: .venv/bin/python -m bench.core_reads [--notifications 1000000] [--users 10000] [--requests 500]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import text

from bench.common import bench_settings, database, describe, make_org
from tests.factories import bulk_users
from tests.servers import server_env, start_server
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.events.models import Event
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs

HOT_USERS = 10
HOT_UNREAD = 1000


def fill(ctx: AppContext, org_id: int, *, users: int, notifications: int) -> None:
    with unit_of_work(ctx.sessions) as s:
        event = Event(org_id=org_id, type="manual", entity={}, data={}, urgent=False, created_at=ctx.clock.now())
        s.add(event)
        s.flush()
        event_id = event.id
    started = time.perf_counter()
    fill_sql = """
        INSERT INTO notifications (org_id, user_id, event_id, type, title, body, urgent, silent, data,
                                   created_at, read_at)
        SELECT :org, u.id, :event, 'manual', 'Note ' || g, 'Body of note ' || g, false, false, '{}'::jsonb,
               now() - make_interval(secs => :n - g), CASE WHEN g % 3 = 0 THEN NULL ELSE now() END
        FROM generate_series(1, :n) AS g
        JOIN users u ON u.org_id = :org AND u.username = 'u' || (g % :users)
    """
    hot_sql = """
        INSERT INTO notifications (org_id, user_id, event_id, type, title, body, urgent, silent, data, created_at)
        SELECT :org, u.id, :event, 'manual', 'Hot ' || g, '', false, false, '{}'::jsonb, now()
        FROM generate_series(1, :per) AS g
        JOIN users u ON u.org_id = :org AND u.username = 'hot' || :k
    """
    with ctx.engine.begin() as conn:
        conn.execute(text(fill_sql), {"org": org_id, "event": event_id, "n": notifications, "users": users})
        for k in range(HOT_USERS):
            conn.execute(text(hot_sql), {"org": org_id, "event": event_id, "per": HOT_UNREAD, "k": k})
    with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE notifications"))
    print(f"loaded {notifications + HOT_USERS * HOT_UNREAD} notifications in {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notifications", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    with database("postgresql") as url:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx)
        bulk_users(ctx, org.org.id, args.users, email=False)
        with unit_of_work(ctx.sessions) as s:
            from tocsin.users.models import User

            now = ctx.clock.now()
            for k in range(HOT_USERS):
                s.add(User(org_id=org.org.id, username=f"hot{k}", roles=[], created_at=now, updated_at=now))
        fill(ctx, org.org.id, users=args.users, notifications=args.notifications)
        with ctx.sessions() as s:
            org_row = orgs_repo.get(s, org.org.id)
            assert org_row is not None
            tokens = [orgs.mint_token(ctx, org_row, f"u{i}") for i in random.sample(range(args.users), 200)]
            hot_tokens = [orgs.mint_token(ctx, org_row, f"hot{k}") for k in range(HOT_USERS)]
        log = Path(tempfile.mkdtemp()) / "serve.log"
        server = start_server(server_env(settings, TOCSIN_DB_POOL_SIZE="10"), log)
        try:
            with httpx.Client(base_url=server.base_url, timeout=10) as http:

                def timed(path: str, token: str, method: str = "GET") -> float:
                    started = time.perf_counter()
                    r = http.request(method, path, headers={"Authorization": f"Bearer {token}"})
                    elapsed = (time.perf_counter() - started) * 1000
                    assert r.status_code == 200, r.text
                    return elapsed

                for token in tokens[:50]:  # warm up connections and caches
                    timed("/v1/me/notifications", token)
                pages = [timed("/v1/me/notifications", tokens[i % len(tokens)]) for i in range(args.requests)]
                counts = [
                    timed("/v1/me/notifications/unread-count", tokens[i % len(tokens)]) for i in range(args.requests)
                ]
                before = http.get(
                    "/v1/me/notifications/unread-count", headers={"Authorization": f"Bearer {hot_tokens[0]}"}
                ).json()
                read_all = [timed("/v1/me/notifications/read-all", t, "POST") for t in hot_tokens]
        finally:
            server.stop()
            ctx.dispose()
        print(f"first page (20 items), {args.users} users:  {describe(pages)}")
        print(f"unread count:                      {describe(counts)}")
        print(f"read-all, {before['unread']} unread per user:     {describe(read_all)}")


if __name__ == "__main__":
    main()
