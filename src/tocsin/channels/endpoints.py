from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter

from tocsin.channels import service
from tocsin.channels.email_config import EmailConfig
from tocsin.channels.schemas import ChannelStateOut, EmailChannelIn, EmailChannelOut, EmailTestIn, EmailTestOut
from tocsin.deps import ApiOrg, Ctx, DbSession, ReadingOrg, ReadSession

router = APIRouter(prefix="/v1/admin/channels", tags=["admin: channels"])


@router.get("/email", response_model=EmailChannelOut)
def get_email(org: ReadingOrg, session: ReadSession, ctx: Ctx) -> EmailChannelOut:
    """The org's email settings; the password is masked."""
    return service.get_email(session, ctx, org)


@router.put("/email", response_model=EmailChannelOut)
def put_email(body: EmailChannelIn, org: ApiOrg, session: DbSession, ctx: Ctx) -> EmailChannelOut:
    """Configure email; fields left out keep their value (the password too)."""
    out = service.put_email(session, ctx, org, body)
    session.commit()
    return out


@router.post("/email/enable", response_model=ChannelStateOut)
def enable_email(org: ApiOrg, session: DbSession, ctx: Ctx) -> ChannelStateOut:
    """Turn email on; held emails go out (throttled like a bulk event)."""
    out = service.set_enabled(session, ctx, org, "email", enabled=True)
    session.commit()
    return out


@router.post("/email/disable", response_model=ChannelStateOut)
def disable_email(org: ApiOrg, session: DbSession, ctx: Ctx) -> ChannelStateOut:
    """Turn email off at once: nothing more is sent; due emails are held, not dropped."""
    out = service.set_enabled(session, ctx, org, "email", enabled=False)
    session.commit()
    return out


@router.post("/email/test", response_model=EmailTestOut)
async def test_email(body: EmailTestIn, org: ApiOrg, session: DbSession, ctx: Ctx) -> EmailTestOut:
    """Send a test email with the current settings and report the server's answer."""

    def load() -> EmailConfig:
        return service.email_config(session, ctx, org)

    config = await to_thread.run_sync(load)
    return await service.send_test(ctx, org, config, to=str(body.to))
