"""10,000 web pushes and 10,000 generic webhooks, each from one broadcast through one
`tocsin worker` to a loopback receiver.

Run: .venv/bin/python -m bench.push_webhook_throughput [--messages 10000] [--db postgresql]
     [--channels webpush,webhook] [--connections 16]

Receivers (tests/push_fakes.py, ASGI under uvicorn, each in its own process): the push service
verifies the VAPID JWT and decrypts the aes128gcm payload of 1 push in 20 (a full check of each
would cost the receiver more CPU than the worker spends sending) and counts the rest; the webhook
receiver verifies the Standard Webhooks signature of every request. Encryption and signing are
included in the worker's time: every push is encrypted for its subscription. The broadcast is
ingested before the worker starts and is not timed.

Printed per channel: the pipeline rate (messages / time from the first attempt's start to the last
attempt's end), the wall time including the worker's start-up, what the receiver accepted,
duplicates and request problems; then the worker's CPU time per message while it sent (from the
first finished delivery seen to the last, read from /proc, so Linux only) and the load average.
The machine's other work shares its cores: compare CPU per message rather than rates alone.
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
from typing import Any

import httpx
import uvicorn
from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, insert, select

from bench.common import bench_settings, database, make_org
from tests.push_fakes import FakeBrowser, FakePushService, FakeWebhooks, asgi
from tests.servers import free_port
from tests.waiting import wait_until
from tocsin.channels.webhook import service as webhook
from tocsin.channels.webhook.schemas import WebhookChannelIn
from tocsin.channels.webpush import service as webpush
from tocsin.channels.webpush.schemas import WebPushChannelIn
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.event_types import service as event_types
from tocsin.event_types.schemas import RoutingCell, RoutingIn
from tocsin.events import service as events
from tocsin.events.schemas import EventIn
from tocsin.orgs import repository as orgs_repo
from tocsin.users import push_subscriptions as subscriptions
from tocsin.users.models import PushSubscription, User


def _receiver(kind: str, port: int, secret: str, browser_pem: bytes | None) -> None:
    fake: FakePushService | FakeWebhooks
    if kind == "webpush":
        key = serialization.load_pem_private_key(browser_pem or b"", None)
        browser = FakeBrowser("any", private_key=key, auth=b"0123456789abcdef")  # type: ignore[arg-type]
        fake = FakePushService(keep=False, any_browser=browser, check_every=20)
    else:
        fake = FakeWebhooks(signing_secret=secret, keep=False)
    fake.port = port  # the push service checks that the VAPID audience is its own origin
    uvicorn.run(asgi(fake), host="127.0.0.1", port=port, log_level="warning", access_log=False, backlog=512)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), 0.0 where unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _up(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/_stats", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _users(ctx: AppContext, org_id: int, n: int, kind: str, port: int, browser: FakeBrowser) -> None:
    now = ctx.clock.now()
    base = f"http://127.0.0.1:{port}"
    rows: list[dict[str, Any]] = [
        {
            "org_id": org_id,
            "username": f"rep{i}",
            "has_email": False,
            "has_phone": False,
            "has_whatsapp": False,
            "has_webhook": kind == "webhook",
            "has_webpush": kind == "webpush",
            "webhook_url_enc": ctx.box.encrypt(f"{base}/generic/rep{i}") if kind == "webhook" else None,
            "webhook_kind": "generic" if kind == "webhook" else None,
            "delivery_choice": "webhook" if kind == "webhook" else "email",
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
        if kind != "webpush":
            return
        ids = dict(session.execute(select(User.username, User.id).where(User.org_id == org_id)).all())
        keys = ctx.box.encrypt_json({"p256dh": browser.p256dh, "auth": "MDEyMzQ1Njc4OWFiY2RlZg"})
        subs = []
        for i in range(n):
            endpoint = f"{base}/push/rep{i}"
            subs.append(
                {
                    "org_id": org_id,
                    "user_id": ids[f"rep{i}"],
                    "endpoint_hash": subscriptions.endpoint_hash(endpoint),
                    "endpoint_enc": ctx.box.encrypt(endpoint),
                    "keys_enc": keys,
                    "created_at": now,
                }
            )
        for start in range(0, n, 2000):
            session.execute(insert(PushSubscription), subs[start : start + 2000])


def run(db: str, kind: str, messages: int, connections: int) -> None:
    port = free_port()
    browser = FakeBrowser("any", auth=b"0123456789abcdef")
    pem = browser.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with database(db) as url:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx)
        with unit_of_work(ctx.sessions) as session:
            row = orgs_repo.get(session, org.org.id)
            assert row is not None
            if kind == "webpush":
                webpush.put_settings(session, ctx, row, WebPushChannelIn(subject="mailto:bench@example.com"))
                webpush.generate_vapid(session, ctx, row)
                secret = ""
            else:
                secret = webhook.put_settings(session, ctx, row, WebhookChannelIn()).signing_secret or ""
            event_types.put_routing(
                session,
                ctx,
                row,
                RoutingIn(matrix={"broadcast": {kind: RoutingCell(on=True), "email": RoutingCell(on=False)}}),
            )
        receiver = multiprocessing.get_context("spawn").Process(
            target=_receiver, args=(kind, port, secret, pem), daemon=True
        )
        receiver.start()
        try:
            wait_until(lambda: _up(port), "the receiver to answer", timeout=30, every=0.1)
            _users(ctx, org.org.id, messages, kind, port, browser)
            with unit_of_work(ctx.sessions) as session:
                row = orgs_repo.get(session, org.org.id)
                assert row is not None
                result = events.ingest(
                    session, ctx, org=row, body=EventIn(type="broadcast", data={"title": "Quarter closes Friday"})
                )
            assert result.deliveries.get(kind) == messages, result
            env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
            env.update(
                {
                    "TOCSIN_ENV": "test",
                    "TOCSIN_DATABASE_URL": url,
                    "TOCSIN_SECRET_KEY": settings.secret_key,
                    "TOCSIN_DATA_DIR": str(settings.data_dir),
                    "TOCSIN_EMAIL_PROVIDER": "none",
                    "TOCSIN_LOG_LEVEL": "warning",
                    "TOCSIN_OUTBOUND_ALLOW_PRIVATE": "true",
                    "TOCSIN_OUTBOUND_HTTP_CONNECTIONS": str(connections),
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
            cpu_from: tuple[int, float] | None = None  # (finished, worker CPU) when the first was seen
            try:
                deadline = time.monotonic() + 600
                while True:
                    with ctx.sessions() as session:
                        done = session.scalar(
                            select(func.count()).where(
                                Delivery.channel == kind, Delivery.status.in_(("sent", "failed", "skipped"))
                            )
                        )
                    if cpu_from is None and done:
                        cpu_from = (done, _cpu_seconds(worker.pid))
                    if (done or 0) >= messages:
                        cpu_to = _cpu_seconds(worker.pid)
                        break
                    if worker.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"the worker exited or took too long; see {logs}")
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
            receiver.terminate()
            receiver.join(timeout=10)
    if other:
        print(f"not sent: {other}")
    if first is None or last is None:
        raise RuntimeError("nothing was tried")
    pipeline = (last - first).total_seconds()
    print(
        f"{db:10s} {kind:8s} 1 worker, {connections} connections: {messages} in {pipeline:.2f} s = "
        f"{messages / pipeline:,.0f}/s (wall incl. start-up {wall:.2f} s = {messages / wall:,.0f}/s); "
        f"sent {sent}, attempts {tries}, receiver accepted {stats['received']}, "
        f"duplicates {stats['received'] - stats['distinct']}, request problems {len(stats['problems'])}"
    )
    if cpu_from is not None and messages > cpu_from[0]:
        per = (cpu_to - cpu_from[1]) / (messages - cpu_from[0])
        print(
            f"{'':10s} {kind:8s} worker CPU {per * 1000:.2f} ms/message while sending "
            f"({cpu_to:.1f} s in all, start-up included); load average {os.getloadavg()[0]:.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--db", default="postgresql")
    parser.add_argument("--channels", default="webpush,webhook")
    parser.add_argument("--connections", type=int, default=16, help="TOCSIN_OUTBOUND_HTTP_CONNECTIONS")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}; receivers: ASGI apps under uvicorn, each in its own process")
    for db in args.db.split(","):
        for kind in args.channels.split(","):
            run(db, kind, args.messages, args.connections)


if __name__ == "__main__":
    main()
