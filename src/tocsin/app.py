"""create_app(settings): routers, error handlers, CORS, components with their background parts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from tocsin import __version__, openapi
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries import component as deliveries_component
from tocsin.errors import install_error_handlers
from tocsin.events.endpoints import admin_router as routing_router
from tocsin.events.endpoints import router as events_router
from tocsin.health import router as health_router
from tocsin.notifications.endpoints import router as notifications_router
from tocsin.observability.requests import RequestContext
from tocsin.orgs.endpoints import router as settings_router
from tocsin.preferences.endpoints import router as preferences_router
from tocsin.preferences.endpoints import unsubscribe_router
from tocsin.preferences.endpoints import users_router as user_preferences_router
from tocsin.realtime import component as realtime_component
from tocsin.users.endpoints import router as users_router
from tocsin.web import component as web_component

COMPONENTS = (realtime_component, deliveries_component, web_component)

DESCRIPTION = """Tocsin turns CRM events into in-app notifications and deliveries on external channels.

Server-to-server calls use an org API key (`Authorization: Bearer tsn_...`); a user's client uses a
user token (HS256 JWT signed with the org's signing secret). Every error is
`{"error": {"code", "message", "field"?}}`.
"""


def create_app(settings: Settings | None = None, *, ctx: AppContext | None = None) -> FastAPI:
    settings = settings or (ctx.settings if ctx else Settings())
    context = ctx or AppContext.build(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            for component in COMPONENTS:
                await stack.enter_async_context(component.running(app, context))
            yield
        if ctx is None:
            context.dispose()

    app = FastAPI(
        title="Tocsin",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=openapi.operation_id,
    )
    app.state.ctx = context
    install_error_handlers(app)
    app.add_middleware(RequestContext, access_log=settings.log_format == "json")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins,
        allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "Last-Event-ID"],
        max_age=600,
    )
    for router in (
        events_router,
        routing_router,
        users_router,
        notifications_router,
        preferences_router,
        user_preferences_router,
        unsubscribe_router,
        settings_router,
        health_router,
    ):
        app.include_router(router)

    for component in COMPONENTS:
        component.install(app)
    openapi.install(app)
    return app
