"""Liveness and readiness probes for orchestrators and load balancers.

`/healthz` answers from the process alone (no database call), so a slow database never gets a
healthy process restarted. `/readyz` says whether this instance can do its work now: the database
answers, it can write (disk not full, not read-only, not locked for long), its schema is the one this
version needs, and, where Redis is configured, the real-time backplane is subscribed. A load
balancer stops sending traffic on 503 and resumes on 200.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Engine, text

from tocsin import __version__
from tocsin.checks import writes
from tocsin.context import AppContext
from tocsin.db import migrate
from tocsin.realtime import live as state

router = APIRouter(tags=["ops"])

CHECK_TIMEOUT_SECONDS = 5.0
# The probe's own share of the thread pool: under a burst of blocking requests it does not queue
# behind them (it would time out and report a database that is fine as unreachable).
_PROBES = CapacityLimiter(2)


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class Readiness(BaseModel):
    status: Literal["ready", "unavailable"]
    version: str
    # One entry per dependency: "ok", "not configured", or what is wrong.
    checks: dict[str, str]


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """Liveness.

    The process answers; no database call, so a database outage does not get healthy processes restarted.
    """
    return Health(status="ok", version=__version__)


def _database(ctx: AppContext) -> tuple[str, str, str]:
    # Asked through the read engine: on SQLite the main engine's BEGIN IMMEDIATE would wait for the
    # write lock, and whether that can be had is the writes check's question, with its own bound.
    reader: Engine = ctx.reads.kw["bind"]
    try:
        with reader.connect() as conn:
            conn.execute(text("SELECT 1"))
            current = migrate.revision_of(conn)
    except Exception as exc:  # any driver error means "not reachable" to a probe
        return f"unreachable: {type(exc).__name__}", "unknown", "unknown"
    try:
        written = writes(ctx)
    except Exception as exc:
        written = f"cannot write: {type(exc).__name__}"
    head = migrate.head_revision()
    if current != head:
        return "ok", f"behind: at {current or 'nothing'}, this version needs {head} (run `tocsin migrate`)", written
    return "ok", "ok", written


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "a dependency is not ready; `checks` says which"}},
)
async def readyz(request: Request) -> JSONResponse:
    """Readiness.

    The database is reachable and can write, its schema is current and, where Redis is configured, the
    real-time backplane is subscribed; 503 otherwise, with `checks` naming what is wrong.
    """
    ctx: AppContext = request.app.state.ctx
    try:
        database, schema, written = await asyncio.wait_for(
            to_thread.run_sync(_database, ctx, limiter=_PROBES), CHECK_TIMEOUT_SECONDS
        )
    except TimeoutError:
        database, schema, written = f"unreachable: no answer in {CHECK_TIMEOUT_SECONDS:g} s", "unknown", "unknown"
    checks = {"database": database, "writes": written, "schema": schema}
    if ctx.settings.redis_url:
        rt = state.of(request.app)
        subscribed = rt is not None and rt.backplane is not None and rt.backplane.subscribed
        checks["redis"] = "ok" if subscribed else "not subscribed: Redis unreachable or reconnecting"
    else:
        checks["redis"] = "not configured"
    ready = all(value in ("ok", "not configured") for value in checks.values())
    body = Readiness(status="ready" if ready else "unavailable", version=__version__, checks=checks)
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
