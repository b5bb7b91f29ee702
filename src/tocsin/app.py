"""create_app(settings): every router, error handlers, CORS, static files, and what runs for the
server's lifetime (the real-time hub, the embedded delivery worker and scheduler, the demo's seed)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

from anyio import to_thread
from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.staticfiles import StaticFiles

from tocsin import __version__, guards, openapi
from tocsin.audit import endpoints as audit_endpoints
from tocsin.auth import bindings as auth_bindings
from tocsin.auth import cached as auth_cached
from tocsin.auth import revocations as auth_revocations
from tocsin.auth.dependencies import Ctx, ReadSession
from tocsin.callbacks import endpoints as callbacks_endpoints
from tocsin.channels import http as http_clients
from tocsin.channels import registry as channels
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.engine import unavailable
from tocsin.db.writer import Busy
from tocsin.deliveries import channel_endpoints, metrics
from tocsin.deliveries import endpoints as deliveries_endpoints
from tocsin.deliveries.worker import runner
from tocsin.demo import pages as demo_pages
from tocsin.demo import seed as demo
from tocsin.errors import error_body, install_error_handlers
from tocsin.event_types import endpoints as event_types_endpoints
from tocsin.events import endpoints as events_endpoints
from tocsin.events import intake
from tocsin.health import router as health_router
from tocsin.notifications import endpoints as notifications_endpoints
from tocsin.observability.requests import RequestContext
from tocsin.orgs import endpoints as orgs_endpoints
from tocsin.outcomes import endpoints as outcomes_endpoints
from tocsin.preferences import endpoints as preferences_endpoints
from tocsin.realtime import endpoints as realtime_endpoints
from tocsin.realtime import lifespan as realtime
from tocsin.rules import endpoints as rules_endpoints
from tocsin.schedule import endpoints as schedule_endpoints
from tocsin.schedule import runner as schedule_runner
from tocsin.schedule import service as schedule_service
from tocsin.templates import endpoints as templates_endpoints
from tocsin.users import endpoints as users_endpoints
from tocsin.web import pages

log = logging.getLogger(__name__)

STATIC_DIR = Path(pages.__file__).parent / "static"

ROUTERS = (
    events_endpoints.router,
    events_endpoints.notify_router,
    events_endpoints.history_router,
    rules_endpoints.router,
    callbacks_endpoints.router,
    users_endpoints.router,
    notifications_endpoints.router,
    preferences_endpoints.router,
    preferences_endpoints.users_router,
    preferences_endpoints.unsubscribe_router,
    realtime_endpoints.router,
    event_types_endpoints.router,
    orgs_endpoints.router,
    channel_endpoints.router,
    templates_endpoints.router,
    deliveries_endpoints.router,
    audit_endpoints.router,
    outcomes_endpoints.router,
    schedule_endpoints.router,
    *(router for spec in channels.CHANNELS.values() for router in spec.routers),
    pages.router,
    health_router,
)

DESCRIPTION = """Tocsin turns CRM events into in-app notifications and deliveries on external channels.

Server-to-server calls use an org API key (`Authorization: Bearer tsn_...`); a user's client uses a
user token (HS256 JWT signed with the org's signing secret). Every error is
`{"error": {"code", "message", "field"?}}`.
"""


class StaticAssets(StaticFiles):
    """Static files that browsers revalidate (ETag) on every use, so an upgrade is seen at once."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers.setdefault("Cache-Control", "no-cache")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


def create_app(settings: Settings | None = None, *, ctx: AppContext | None = None) -> FastAPI:
    settings = settings or (ctx.settings if ctx else Settings())
    context = ctx or AppContext.build(settings)
    # The in-transaction signals: quiet hours re-time waiting deliveries, a read or dismiss stops
    # the unread escalation, callbacks and receipts are written by deliveries, escalation steps by
    # the schedule, each in the transaction of the change that causes it.
    schedule_service.subscribe(context)
    # A token that dies in this process is forgotten by its token checks at once (after commit).
    context.signals.on_tokens_revoked(auth_cached.forget(context))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Blocking handlers run on AnyIO's thread pool; the database pools are sized from the same
        # number (AppContext.build), so threads and connections cannot starve each other.
        to_thread.current_default_thread_limiter().total_tokens = context.settings.http_threads
        async with AsyncExitStack() as stack:
            # Entered first, so it stops last: every write accepted before shutdown is committed.
            await stack.enter_async_context(context.writer.running())
            await stack.enter_async_context(context.reader.running())
            await stack.enter_async_context(auth_revocations.running(context))
            # The providers' HTTP clients, kept while the server (and its embedded worker) runs.
            await stack.enter_async_context(http_clients.kept_clients())
            await stack.enter_async_context(realtime.running(app, context))
            app.state.delivery_worker = await stack.enter_async_context(
                runner.embedded(context, start_worker=context.settings.worker_enabled)
            )
            app.state.scheduler = await stack.enter_async_context(
                schedule_runner.embedded(context, start=context.settings.scheduler_enabled)
            )
            if context.settings.demo_enabled:
                # The demo's org and users exist before its first page is served.
                app.state.demo_seed = await run_in_threadpool(demo.seed, context)
                log.info("demo org %r ready", app.state.demo_seed.org_slug)
            yield
        if ctx is None:
            context.dispose()

    # /docs is served by the web package from its own copy of Swagger UI (no CDN), ReDoc not at all.
    app = FastAPI(
        title="Tocsin",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=openapi.operation_id,
    )
    app.state.ctx = context
    auth_bindings.install(app)  # the callers of the packages auth reads (tocsin.callers)
    install_error_handlers(app)
    # Innermost: behind every guard, just outside the router (events/intake.py says why).
    app.add_middleware(intake.IngestFastPath)
    guards.install(app, settings)

    _install_busy_handlers(app, settings)

    app.add_middleware(RequestContext, access_log=settings.log_format == "json")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins,
        allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "Last-Event-ID"],
        # The bell on a CRM's origin reads how long a busy server asks it to wait.
        expose_headers=["Retry-After"],
        max_age=600,
    )
    for router in ROUTERS:
        app.include_router(router)
    if settings.demo_enabled:
        app.include_router(demo_pages.router)
    app.mount("/static", StaticAssets(directory=STATIC_DIR), name="static")

    @app.get("/metrics", tags=["ops"], response_class=Response)
    def prometheus_metrics(session: ReadSession, ctx: Ctx) -> Response:
        """Prometheus metrics: delivery outcomes, send latency, queue depth, real-time streams."""
        metrics.refresh_queue(session, now=ctx.clock.now())
        return Response(metrics.exposition(), media_type=metrics.CONTENT_TYPE)

    openapi.install(app)
    return app


def _install_busy_handlers(app: FastAPI, settings: Settings) -> None:
    """A full queue, no connection free in time, the disk full, the database read-only or locked:
    conditions that pass, so the client is told when to try again (nothing was written) rather
    than that it failed."""

    @app.exception_handler(Busy)
    async def _busy(_request: Request, exc: Busy) -> JSONResponse:
        return intake.busy_response(exc)

    async def _database_error(_request: Request, exc: Exception) -> JSONResponse:
        reason = unavailable(exc)
        if reason is None:
            log.error("unhandled error: %s", type(exc).__name__, exc_info=exc)
            return JSONResponse(error_body("internal_error", "internal server error"), status_code=500)
        log.warning("database unavailable: %s", reason)
        return intake.busy_response(Busy(reason, retry_after=settings.read_retry_after_seconds))

    app.add_exception_handler(sa_exc.DBAPIError, _database_error)
    app.add_exception_handler(sa_exc.TimeoutError, _database_error)
