"""How the web package plugs into the app: the static files (the <tocsin-bell> module and the
pages' scripts) at /static, the user's pages, and the demo's sample CRM when the demo is on.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from tocsin import demo
from tocsin.context import AppContext
from tocsin.web import demo_pages, pages

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"


class StaticAssets(StaticFiles):
    """Static files that browsers revalidate (ETag) on every use, so an upgrade is seen at once."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers.setdefault("Cache-Control", "no-cache")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


def install(app: FastAPI) -> None:
    """Add this package's routes to the app."""
    app.mount("/static", StaticAssets(directory=STATIC_DIR), name="static")
    app.include_router(pages.router)
    ctx: AppContext = app.state.ctx
    if ctx.settings.demo_enabled:
        app.include_router(demo_pages.router)


@asynccontextmanager
async def running(app: FastAPI, ctx: AppContext) -> AsyncIterator[None]:
    """With the demo on, make sure its org and users exist before the first page is served."""
    if ctx.settings.demo_enabled:
        app.state.demo_seed = await run_in_threadpool(demo.seed, ctx)
        log.info("demo org %r ready", app.state.demo_seed.org_slug)
    yield
