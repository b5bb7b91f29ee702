"""Running the worker: embedded in `tocsin serve` (the lifecycle it shares with the scheduler,
`db.wakeup.running`), or alone as `tocsin worker`."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from prometheus_client import start_http_server

from tocsin.context import AppContext
from tocsin.db import wakeup
from tocsin.db.wakeup import listen
from tocsin.deliveries import metrics, service
from tocsin.deliveries.worker import Worker
from tocsin.kit import tasks

log = logging.getLogger(__name__)

METRICS_REFRESH_SECONDS = 15.0


@asynccontextmanager
async def embedded(ctx: AppContext, *, start_worker: bool) -> AsyncIterator[Worker | None]:
    """For `tocsin serve`: notify other processes' workers (PostgreSQL) and, when enabled, run a
    worker in the server's event loop until the server stops."""
    service.subscribe(ctx)
    async with wakeup.running(
        Worker(ctx) if start_worker else None,
        engine=ctx.engine,
        database_url=ctx.settings.database_url,
        channel=wakeup.CHANNEL,
        on_due=ctx.signals.on_deliveries_due,
        grace_seconds=ctx.settings.worker_shutdown_seconds,
        name="tocsin-worker",
    ) as worker:
        yield worker


async def standalone(ctx: AppContext) -> None:
    """For `tocsin worker`: run until SIGTERM or SIGINT, then stop gracefully."""
    service.subscribe(ctx)
    worker = Worker(ctx)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, worker.stop)
    extras: list[asyncio.Task[None]] = []
    if not ctx.settings.is_sqlite:
        extras.append(asyncio.create_task(listen(ctx.settings.database_url, worker.wake)))
    port = ctx.settings.worker_metrics_port
    if port:
        start_http_server(port, addr="127.0.0.1")
        extras.append(asyncio.create_task(_refresh_metrics(ctx)))
    task = asyncio.create_task(worker.run(), name="tocsin-worker")
    try:
        await task
    finally:
        for extra in extras:
            await tasks.cancel(extra)


async def _refresh_metrics(ctx: AppContext) -> None:
    def refresh() -> None:
        with ctx.sessions() as session:
            metrics.refresh_queue(session, now=ctx.clock.now())

    while True:
        try:
            await asyncio.to_thread(refresh)
        except Exception as exc:
            log.warning("could not refresh queue metrics: %s", type(exc).__name__)
        await asyncio.sleep(METRICS_REFRESH_SECONDS)
