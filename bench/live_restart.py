"""A restart under open bells: every bell comes back, and none loses its unread count.

1. Starts one `tocsin serve` (SQLite, or --database postgresql) and gives some users unread
   notifications (every 7th user one, every 21st two more, every 50th one more).
2. Opens --sockets bells at once (tests/wsclients.py, one process, each its own user) and keeps
   each one's `hello`.
3. Stops the server (SIGTERM: every bell gets 1012) and starts it again on the same port. The bells
   reconnect as the bell does: full-jitter exponential back-off after 1012 and after a refused
   connect; after 1013 a random wait over the hinted window. Prints the time from the SIGTERM until
   every socket has its `hello` again (and when the old process had exited and the new one
   answered /healthz), the reconnect attempts refused (1013) and failed, and how many sockets'
   unread counts differ from before the restart (must be 0).

The clients share this machine's cores with the server and the database (2 cores here): the
figures include waiting for a CPU; indicative, not a guarantee.

Run: .venv/bin/python -m bench.live_restart [--sockets 15000] [--database postgresql] [--env TOCSIN_X=Y ...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import uvloop

from bench.common import bench_settings, database, make_org, stopped_after
from tests.factories import bulk_users
from tests.servers import Proc, server_env, start_server
from tests.wsclients import Crowd, raise_open_files
from tocsin.context import AppContext
from tocsin.kit.tokens import mint_user_token

FULL = 15_000
OPEN_TIMEOUT = 300  # seconds for the bells to get their hello (the goal after a restart is 60)
UNREAD_EVERY = (7, 21, 21, 50)  # user i gets one unread notification per divisor of i here


def expected_unread(i: int) -> int:
    return sum(i % every == 0 for every in UNREAD_EVERY)


def _seed(server: Proc, api_key: str, sockets: int) -> None:
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=120) as http:
        for n, every in enumerate(UNREAD_EVERY):
            body = {"type": "manual", "recipients": [f"u{i}" for i in range(0, sockets, every)], "data": {"n": n}}
            r = http.post("/v1/events", json=body)
            assert r.status_code == 202, r.text


async def _restart(servers: list[Proc], env: dict[str, str], log_dir: Path, urls: list[str]) -> None:
    crowd = Crowd(urls)
    crowd.start()
    if not await crowd.until(crowd.all_open, timeout=OPEN_TIMEOUT):
        raise RuntimeError(f"only {crowd.open_count} of {len(urls)} sockets had hello after {OPEN_TIMEOUT} s")
    print(
        f"  {len(urls)} sockets opened at once: all had hello after {crowd.last_hello - crowd.began:.1f} s "
        f"({crowd.refused} closes 1013 and {crowd.failed} connect failures retried)"
    )
    before = crowd.hellos()
    wrong = sum(hello != (expected_unread(i),) * 2 for i, hello in enumerate(before))
    print(f"  before the restart: {sum(h[0] for h in before if h)} unread in all; {wrong} hellos not as seeded")
    refused, failed = crowd.refused, crowd.failed
    old = servers[0]
    began = time.monotonic()
    await asyncio.to_thread(old.stop, timeout=60)
    stopped = time.monotonic() - began
    # The old process is gone, so is every socket it held: none can have a hello until the new one.
    await crowd.until(lambda: crowd.open_count == 0, timeout=30)
    new = await asyncio.to_thread(start_server, env, log_dir / "server-1.log", port=old.port, timeout=120)
    servers.append(new)
    serving = time.monotonic() - began
    await crowd.until(lambda: crowd.open_count > 0, timeout=OPEN_TIMEOUT)
    first = crowd.last_hello - began
    back = await crowd.until(crowd.all_open, timeout=OPEN_TIMEOUT)
    took = crowd.last_hello - began
    retried = f"{crowd.refused - refused} attempts refused (1013), {crowd.failed - failed} failed"
    if back:
        print(f"  restart (SIGTERM -> every socket has its hello again): {took:.1f} s; {retried}")
    else:
        print(f"  restart: only {crowd.open_count} of {len(urls)} sockets had hello after {OPEN_TIMEOUT} s; {retried}")
    print(
        f"  the old process had exited after {stopped:.1f} s, the new one answered the bench's /healthz after "
        f"{serving:.1f} s, the first socket had its hello again after {first:.1f} s; "
        f"sockets closed by the server (by close code): {dict(crowd.closes)}"
    )
    after = crowd.hellos()
    differ = sum(a is not None and b is not None and a[0] != b[0] for b, a in zip(before, after, strict=True))
    print(f"  failed attempts by kind (the first storm and the restart together): {dict(crowd.failures.most_common())}")
    print(f"  sockets whose unread count differs from before the restart: {differ} (of {len(urls)})")
    await crowd.stop()


def run(args: argparse.Namespace) -> None:
    sockets = args.sockets
    env_overrides = dict(item.split("=", 1) for item in args.env)
    print(
        f"machine: {os.cpu_count()} cores shared by the {sockets} clients (one process), the server and the "
        f"database; open files limit {raise_open_files()}"
    )
    print(f"1 tocsin serve ({args.database}), {sockets} sockets{', ' + ' '.join(args.env) if args.env else ''}")
    with database(args.database) as url, tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.build(bench_settings(url))
        org = make_org(ctx, slug=f"rst{secrets.token_hex(3)}")
        bulk_users(ctx, org.org.id, sockets, email=False)
        ctx.dispose()
        now = datetime.now(UTC)
        urls_of = [
            mint_user_token(
                username=f"u{i}", org=org.org.slug, secret=org.signing_secret, now=now, ttl=timedelta(hours=2)
            )
            for i in range(sockets)
        ]
        env = server_env(
            bench_settings(url), TOCSIN_WORKER_ENABLED="false", TOCSIN_LOG_LEVEL="warning", **env_overrides
        )
        servers = [start_server(env, Path(folder) / "server-0.log", timeout=60)]
        with stopped_after(servers):
            _seed(servers[0], org.api_key, sockets)
            urls = [f"ws://127.0.0.1:{servers[0].port}/v1/me/stream?token={token}" for token in urls_of]
            uvloop.run(_restart(servers, env, Path(folder), urls))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sockets", type=int, default=FULL)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--env", action="append", default=[], help="TOCSIN_X=Y for the server")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
