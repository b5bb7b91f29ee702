"""Bulk user sync over HTTP: 10,000 users through `PUT /v1/users` in calls of 1,000, against a
real `tocsin serve` (one process, keep-alive client on loopback), on SQLite and PostgreSQL.

Three passes: every user created, then every row sent again unchanged (a nightly sync with
nothing new), then every row with a changed field (updated). Each pass prints its wall time.

Run: .venv/bin/python -m bench.users_sync [--users 10000] [--batch 1000] [--db sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import bench_settings, database, make_org
from tests.servers import server_env, start_server
from tocsin.context import AppContext


def rows(count: int, *, title: str) -> list[dict[str, Any]]:
    return [
        {
            "username": f"user{i}",
            "email": f"user{i}@example.com",
            "phone": f"+1415555{i % 10000:04d}",
            "display_name": f"User {i} ({title})",
            "timezone": "Europe/London",
            "locale": "en",
            "manager": f"user{i // 10}",
            "roles": ["sales"],
        }
        for i in range(count)
    ]


def sync(http: httpx.Client, key: str, users: list[dict[str, Any]], batch: int) -> tuple[float, dict[str, int]]:
    totals = {"created": 0, "updated": 0, "unchanged": 0, "refused": 0}
    started = time.perf_counter()
    for start in range(0, len(users), batch):
        r = http.put(
            "/v1/users", json={"users": users[start : start + batch]}, headers={"Authorization": f"Bearer {key}"}
        )
        assert r.status_code == 200, r.text
        for name in totals:
            totals[name] += r.json()[name]
    return time.perf_counter() - started, totals


def run(kind: str, *, users: int, batch: int) -> None:
    with database(kind) as url:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx)
        log = Path(tempfile.mkdtemp()) / "serve.log"
        server = start_server(server_env(settings), log)
        try:
            with httpx.Client(base_url=server.base_url, timeout=60) as http:
                for title, data in (("created", rows(users, title="a")), ("unchanged", None), ("updated", None)):
                    data = data or rows(users, title="a" if title == "unchanged" else "b")
                    seconds, totals = sync(http, org.api_key, data, batch)
                    print(
                        f"{kind:10} {users} users in calls of {batch}, {title:9}: {seconds:.2f} s "
                        f"({users / seconds:,.0f} users/s) {totals}"
                    )
        finally:
            server.stop()
            ctx.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--db", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.db.split(","):
        run(kind, users=args.users, batch=args.batch)


if __name__ == "__main__":
    main()
