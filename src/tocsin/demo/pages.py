"""The demo's sample CRM (only when `demo_enabled`): a page embedding the bell as a CRM would,
record pages that notifications link to, and the endpoint its buttons call to fire events.
"""

from __future__ import annotations

import re
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Cookie, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from pydantic import ConfigDict

from tocsin.context import AppContext
from tocsin.demo import seed as demo
from tocsin.errors import ApiError, invalid
from tocsin.kit.text import InputModel
from tocsin.web.pages import page

router = APIRouter(prefix="/demo", include_in_schema=False)

AS_COOKIE = "tocsin_demo_as"
DEMO_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}
RECORD_ID = r"^[A-Za-z0-9-]{1,40}$"
KINDS = {"lead": "Leads", "deal": "Deals", "quote": "Quotes", "announcement": "Announcements"}


class FireIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    action: demo.Action
    user: str


async def demo_seed(request: Request) -> demo.DemoSeed:
    seed: demo.DemoSeed | None = getattr(request.app.state, "demo_seed", None)
    if seed is None:  # the app runs without its lifespan (rare): seed on first use
        ctx: AppContext = request.app.state.ctx
        seed = await run_in_threadpool(demo.seed, ctx)
        request.app.state.demo_seed = seed
    return seed


def _user(name: str | None) -> demo.DemoUser:
    return demo.USERS_BY_NAME.get(name or "", demo.DEMO_USERS[0])


def _base(ctx: AppContext) -> str:
    """The configured public URL, or nothing (relative links): never the request's Host header,
    which whoever sends the request chooses."""
    return ctx.settings.public_url.rstrip("/")


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:2]).upper()


async def _crm_page(request: Request, template: str, user: demo.DemoUser, **context: Any) -> HTMLResponse:
    await demo_seed(request)
    ctx: AppContext = request.app.state.ctx
    token = await run_in_threadpool(demo.mint_token, ctx, user.username)
    server = _base(ctx)
    response = page(
        template,
        headers=DEMO_HEADERS,
        server=server,
        token=token,
        you=user,
        initials=_initials(user.display_name),
        users=demo.DEMO_USERS,
        admin=demo.ADMIN,
        **context,
    )
    response.set_cookie(AS_COOKIE, user.username, samesite="strict", httponly=True)
    return response


@router.get("", response_class=HTMLResponse)
async def crm_home(
    request: Request,
    as_: Annotated[str | None, Query(alias="as", max_length=150)] = None,
    remembered: Annotated[str | None, Cookie(alias=AS_COOKIE)] = None,
) -> HTMLResponse:
    return await _crm_page(request, "demo.html", _user(as_ or remembered))


@router.get("/records/{kind}/{record_id}", response_class=HTMLResponse)
async def crm_record(
    request: Request,
    kind: Annotated[str, Path(pattern=r"^[a-z]{1,20}$")],
    record_id: Annotated[str, Path(pattern=RECORD_ID)],
    remembered: Annotated[str | None, Cookie(alias=AS_COOKIE)] = None,
) -> HTMLResponse:
    section = KINDS.get(kind, kind.title())
    return await _crm_page(
        request, "demo-record.html", _user(remembered), kind=kind, section=section, record_id=record_id
    )


def _same_origin(request: Request) -> bool:
    # Browsers label every request with where it came from; a page elsewhere must not be able
    # to make this local demo fire events (CORS would let its preflight through).
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    return origin is None or re.sub(r"^https?://", "", origin) == request.headers.get("host")


@router.post("/fire", status_code=202)
async def fire(body: FireIn, request: Request) -> dict[str, Any]:
    """Fire one sample event at `user` through POST /v1/events with the demo org's key."""
    if not _same_origin(request):
        raise ApiError(403, "forbidden", "the demo fires events only for its own page")
    if body.user not in demo.USERS_BY_NAME:
        raise invalid("user", f"not a demo user; one of {', '.join(demo.USERS_BY_NAME)}")
    seed = await demo_seed(request)
    ctx: AppContext = request.app.state.ctx
    event = demo.scenario(body.action, you=body.user, serial=secrets.randbelow(1_000_000), base_url=_base(ctx))
    try:
        result = await demo.fire(request.app, seed.api_key, event)
    except demo.FireFailed as exc:
        error = exc.body.get("error", {}) if isinstance(exc.body, dict) else {}
        raise ApiError(exc.status, str(error.get("code", "error")), str(error.get("message", exc))) from exc
    return {"event": event, "result": result}
