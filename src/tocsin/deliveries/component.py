"""How the deliveries package plugs into the app: the admin routes for channels, templates and
deliveries, /metrics, and the embedded worker for the server's lifetime."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response

from tocsin import metrics
from tocsin.channels.endpoints import router as channels_router
from tocsin.context import AppContext
from tocsin.deliveries import runner
from tocsin.deliveries.endpoints import router as deliveries_router
from tocsin.deps import Ctx, DbSession
from tocsin.templates.endpoints import router as templates_router


def install(app: FastAPI) -> None:
    """Add this package's routes to the app."""
    for router in (channels_router, templates_router, deliveries_router):
        app.include_router(router)

    @app.get("/metrics", tags=["ops"], response_class=Response)
    def prometheus_metrics(session: DbSession, ctx: Ctx) -> Response:
        """Prometheus metrics: delivery outcomes, send latency, queue depth."""
        metrics.refresh_queue(session, now=ctx.clock.now())
        return Response(metrics.exposition(), media_type=metrics.CONTENT_TYPE)


@asynccontextmanager
async def running(app: FastAPI, ctx: AppContext) -> AsyncIterator[None]:
    """The embedded worker (when `worker_enabled`) and the NOTIFY sender (PostgreSQL)."""
    async with runner.embedded(ctx, start_worker=ctx.settings.worker_enabled) as worker:
        app.state.delivery_worker = worker
        yield
