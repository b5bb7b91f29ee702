"""10,000 SMS from one broadcast through one `tocsin worker` to a loopback Twilio-like server.

Run: .venv/bin/python -m bench.sms_throughput [--messages 10000] [--db postgresql]

The fake Twilio (tests/phone_fakes.py, served by uvicorn: it checks Basic auth, the form fields and E.164 numbers
of every request, and answers 201 with a message sid) runs in its own process, so it does not
share an interpreter with the worker. Every user has a distinct number, so a number that
received more than one message is a duplicate. The broadcast is ingested before the worker starts
and is not timed.

Printed: the pipeline rate (messages / time from the first attempt's start to the last attempt's
end, from delivery_attempts), the wall time from starting the worker process to the last
delivery recorded (includes interpreter start-up), the requests Twilio accepted and duplicates.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil
import uvicorn
from sqlalchemy import func, insert, select

from bench.common import bench_settings, database, make_org
from tests.phone_fakes import FakeTwilio, asgi
from tests.servers import free_port
from tests.waiting import wait_until
from tocsin.channels.sms import service as sms
from tocsin.channels.sms.schemas import SmsChannelIn
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.event_types import service as event_types
from tocsin.event_types.schemas import RoutingCell, RoutingIn
from tocsin.events import service as events
from tocsin.events.schemas import EventIn
from tocsin.orgs import repository as orgs_repo
from tocsin.users.models import User

ACCOUNT_SID = "AC" + "5" * 32
AUTH_TOKEN = "bench-auth-token"


def _fake_twilio(port: int) -> None:
    fake = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN, keep=False)
    uvicorn.run(asgi(fake), host="127.0.0.1", port=port, log_level="warning", access_log=False, backlog=512)


def _users(ctx: AppContext, org_id: int, n: int) -> None:
    now = ctx.clock.now()
    rows = [
        {
            "org_id": org_id,
            "username": f"rep{i}",
            "phone_enc": ctx.box.encrypt(f"+1415{2000000 + i:07d}"),
            "has_email": False,
            "has_phone": True,
            "has_whatsapp": False,
            "has_webhook": False,
            "delivery_choice": "email",
            "timezone": "UTC",
            "locale": "en",
            "roles": [],
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    with unit_of_work(ctx.sessions) as session:
        for start in range(0, n, 2000):
            session.execute(insert(User), rows[start : start + 2000])


def _up(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/_stats", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def run(kind: str, messages: int, connections: int) -> None:
    port = free_port()
    twilio = multiprocessing.get_context("spawn").Process(target=_fake_twilio, args=(port,), daemon=True)
    twilio.start()
    wait_until(lambda: _up(port), "the fake Twilio to answer", timeout=30, every=0.1)
    try:
        with database(kind) as url:
            settings = bench_settings(url)
            ctx = AppContext.build(settings)
            org = make_org(ctx)
            _users(ctx, org.org.id, messages)
            with unit_of_work(ctx.sessions) as session:
                row = orgs_repo.get(session, org.org.id)
                assert row is not None
                sms.put_settings(
                    session,
                    ctx,
                    row,
                    SmsChannelIn(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, from_number="+14155550100"),
                )
                event_types.put_routing(
                    session,
                    ctx,
                    row,
                    RoutingIn(matrix={"broadcast": {"sms": RoutingCell(on=True), "email": RoutingCell(on=False)}}),
                )
                result = events.ingest(
                    session, ctx, org=row, body=EventIn(type="broadcast", data={"title": "Quarter closes Friday"})
                )
            assert result.deliveries.get("sms") == messages, result

            env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
            env.update(
                {
                    "TOCSIN_ENV": "test",
                    "TOCSIN_DATABASE_URL": url,
                    "TOCSIN_SECRET_KEY": settings.secret_key,
                    "TOCSIN_DATA_DIR": str(settings.data_dir),
                    "TOCSIN_EMAIL_PROVIDER": "none",
                    "TOCSIN_TWILIO_BASE_URL": f"http://127.0.0.1:{port}",
                    "TOCSIN_LOG_LEVEL": "warning",
                    "TOCSIN_PHONE_HTTP_CONNECTIONS": str(connections),
                }
            )
            logs = Path(tempfile.mkdtemp(prefix="tocsin-bench-"))
            started = time.perf_counter()
            worker = subprocess.Popen(
                [sys.executable, "-m", "tocsin", "worker"],
                env=env,
                stdout=(logs / "worker.log").open("wb"),
                stderr=subprocess.STDOUT,
            )
            # The worker's CPU time per message, counted from the first finished delivery (so the
            # interpreter's start-up is left out): a figure that holds on a busy machine.
            cpu_mark: tuple[int, float] | None = None
            cpu_end = 0.0
            try:
                while True:
                    with ctx.sessions() as session:
                        done = session.scalar(
                            select(func.count()).where(
                                Delivery.channel == "sms", Delivery.status.in_(("sent", "failed", "skipped"))
                            )
                        )
                    cpu_end = _cpu_seconds(worker.pid)
                    if cpu_mark is None and (done or 0) > 0:
                        cpu_mark = (done or 0, cpu_end)
                    if (done or 0) >= messages:
                        break
                    if worker.poll() is not None:
                        raise RuntimeError(f"the worker exited; see {logs}")
                    time.sleep(0.25)
                wall = time.perf_counter() - started
            finally:
                worker.terminate()
                worker.wait(timeout=30)
            with ctx.sessions() as session:
                first, last = session.execute(
                    select(func.min(DeliveryAttempt.started_at), func.max(DeliveryAttempt.finished_at))
                ).one()
                tries = session.scalar(select(func.count()).select_from(DeliveryAttempt))
                sent = session.scalar(select(func.count()).where(Delivery.status == "sent"))
                other = session.execute(
                    select(Delivery.status, Delivery.last_error, func.count())
                    .where(Delivery.status != "sent")
                    .group_by(Delivery.status, Delivery.last_error)
                ).all()
            ctx.dispose()
        stats = httpx.get(f"http://127.0.0.1:{port}/_stats").json()
    finally:
        twilio.terminate()
        twilio.join(timeout=10)
    if other:
        print(f"not sent: {other}")
    if first is None or last is None:
        raise RuntimeError("nothing was tried")
    pipeline = (last - first).total_seconds()
    duplicates = stats["received"] - stats["distinct"]
    print(
        f"{kind:10s} 1 worker, {connections} connections: {messages} SMS in {pipeline:.2f} s = "
        f"{messages / pipeline:,.0f} messages/s "
        f"(wall incl. start-up {wall:.2f} s = {messages / wall:,.0f}/s); sent {sent}, attempts {tries}, "
        f"Twilio accepted {stats['received']}, duplicates {duplicates}, request problems {len(stats['problems'])}"
    )
    if cpu_mark is not None and messages > cpu_mark[0]:
        per = (cpu_end - cpu_mark[1]) / (messages - cpu_mark[0])
        print(f"{'':10s} worker CPU per message: {per * 1000:.2f} ms (at most {1 / per:,.0f} messages/s on one core)")


def _cpu_seconds(pid: int) -> float:
    try:
        times = psutil.Process(pid).cpu_times()
    except psutil.NoSuchProcess:
        return 0.0
    return float(times.user + times.system)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--db", default="postgresql")
    parser.add_argument("--connections", type=int, default=4, help="TOCSIN_PHONE_HTTP_CONNECTIONS")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}; fake Twilio: an ASGI app under uvicorn in its own process")
    for kind in args.db.split(","):
        run(kind, args.messages, args.connections)


if __name__ == "__main__":
    main()
