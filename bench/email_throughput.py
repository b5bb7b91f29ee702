"""10,000 emails from one broadcast through the whole pipeline: `tocsin worker` processes claim,
re-check, render, send over SMTP to a local aiosmtpd sink, and record every attempt.

Run: .venv/bin/python -m bench.email_throughput [--emails 10000] [--runs sqlite:1,postgresql:1,postgresql:2]

The org's bulk throttle is opened up (email_batch_size 10,000, the maximum) so that all emails
are due at once: the figure is the engine's speed, not the throttle's (which would allow 100 per
minute by default). The broadcast is ingested before the workers start and is not timed.

Printed per run: the pipeline rate (emails / time from the first attempt's start to the last
attempt's end, from delivery_attempts) and the wall time from starting the worker processes to
the last delivery recorded (includes interpreter start-up), plus any duplicate sends.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.events import service as events
from tocsin.events.schemas import EventIn
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs
from tocsin.orgs.schemas import OrgSettingsPatch


class CountingSink:
    """Accepts every message and counts it (and each delivery id, to spot duplicates)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.ids: set[bytes] = set()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content: bytes = envelope.original_content or envelope.content
        start = content.find(b"X-Tocsin-Delivery: ")
        key = content[start : content.find(b"\r\n", start)] if start >= 0 else b""
        with self.lock:
            self.count += 1
            self.ids.add(key)
        return "250 2.0.0 OK"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(kind: str, workers: int, emails: int) -> None:
    sink = CountingSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with database(kind) as url:
            settings = bench_settings(url)
            ctx = AppContext.build(settings)
            org = make_org(ctx)
            bulk_users(ctx, org.org.id, emails)
            with unit_of_work(ctx.sessions) as session:
                row = orgs_repo.get(session, org.org.id)
                assert row is not None
                orgs.update_settings(session, row, OrgSettingsPatch(email_batch_size=10_000))
                result = events.ingest(session, ctx, org=row, body=EventIn(type="broadcast", data={"title": "Kickoff"}))
            assert result.deliveries == {"email": emails}, result

            env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
            env.update(
                {
                    "TOCSIN_ENV": "test",
                    "TOCSIN_DATABASE_URL": url,
                    "TOCSIN_SECRET_KEY": settings.secret_key,
                    "TOCSIN_DATA_DIR": str(settings.data_dir),
                    "TOCSIN_EMAIL_PROVIDER": "smtp",
                    "TOCSIN_SMTP_HOST": "127.0.0.1",
                    "TOCSIN_SMTP_PORT": str(port),
                    "TOCSIN_SMTP_ENCRYPTION": "none",
                    "TOCSIN_LOG_LEVEL": "warning",
                }
            )
            logs = Path(tempfile.mkdtemp(prefix="tocsin-bench-"))
            started = time.perf_counter()
            procs = [
                subprocess.Popen(
                    [sys.executable, "-m", "tocsin", "worker"],
                    env=env,
                    stdout=(logs / f"worker{i}.log").open("wb"),
                    stderr=subprocess.STDOUT,
                )
                for i in range(workers)
            ]
            try:
                while True:
                    with ctx.sessions() as session:
                        sent = session.scalar(select(func.count()).where(Delivery.status == "sent")) or 0
                    if sent >= emails:
                        break
                    if any(p.poll() is not None for p in procs):
                        raise RuntimeError(f"a worker exited; see {logs}")
                    time.sleep(0.25)
                wall = time.perf_counter() - started
            finally:
                for p in procs:
                    p.terminate()
                for p in procs:
                    p.wait(timeout=30)
            with ctx.sessions() as session:
                first, last = session.execute(
                    select(func.min(DeliveryAttempt.started_at), func.max(DeliveryAttempt.finished_at))
                ).one()
                tries = session.scalar(select(func.count()).select_from(DeliveryAttempt))
            ctx.dispose()
    finally:
        controller.stop()
    pipeline = (last - first).total_seconds()
    duplicates = sink.count - len(sink.ids)
    print(
        f"{kind:10s} {workers} worker{'s' if workers > 1 else ' '}: {emails} emails in {pipeline:.2f} s "
        f"= {emails / pipeline:,.0f} emails/s (wall incl. start-up {wall:.2f} s = {emails / wall:,.0f}/s); "
        f"attempts {tries}, received {sink.count}, duplicates {duplicates}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--emails", type=int, default=10_000)
    parser.add_argument("--runs", default="sqlite:1,postgresql:1,postgresql:2")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}; SMTP sink: aiosmtpd in this process; throttle opened (batch size 10,000)")
    for spec in args.runs.split(","):
        kind, _, n = spec.partition(":")
        run(kind, int(n or 1), args.emails)


if __name__ == "__main__":
    main()
