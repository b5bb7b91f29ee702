"""`/v1/admin/channels/<name>`: each registered channel's settings, enable, disable and test.

The routes are built from the channel registry, so a new channel gets them with its own request
and response schemas. They live beside the queue because enabling a channel releases its held
deliveries. (No `from __future__ import annotations` here: FastAPI reads the body types of the
generated functions from their annotations at run time.)
"""

from typing import Any

from anyio import to_thread
from fastapi import APIRouter
from pydantic import BaseModel

from tocsin.audit import service as audit
from tocsin.auth.dependencies import Actor, AdminOrg, Ctx, DbSession, ReadingAdminOrg, ReadSession
from tocsin.channels import registry
from tocsin.channels.base import ChannelSpec
from tocsin.channels.schemas import ChannelStateOut
from tocsin.deliveries import admin_log as deliveries
from tocsin.deliveries import service as queue
from tocsin.deliveries.schemas import ChannelSummary

router = APIRouter(prefix="/v1/admin/channels", tags=["admin: channels"])


@router.get("", response_model=list[ChannelSummary], summary="List the channels")
def list_channels(org: ReadingAdminOrg, session: ReadSession, ctx: Ctx) -> list[ChannelSummary]:
    """Every external channel this build knows, in order: whether it can be configured here
    (`admin`), its state, the number of deliveries held while it is off, and the names of its
    secret settings and test fields (what the admin pages build their forms from)."""
    return deliveries.channel_summaries(session, ctx, org)


def _secrets_written(body: BaseModel, secret_fields: tuple[str, ...]) -> list[str]:
    """The secrets this request writes: given, not null, and not the mask sent back."""
    written = []
    for field in secret_fields:
        value = getattr(body, field, None)
        if field in body.model_fields_set and isinstance(value, str) and value and value.strip("*"):
            written.append(field)
    return written


def _add_routes(spec: ChannelSpec) -> None:
    admin = spec.admin
    assert admin is not None
    name = spec.name
    settings_in, settings_out = admin.settings_in, admin.settings_out
    test_in, test_out = admin.test_in, admin.test_out

    def get_settings(org: ReadingAdminOrg, session: ReadSession, ctx: Ctx) -> BaseModel:
        return admin.get(session, ctx, org)

    def put_settings(body: settings_in, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> BaseModel:  # type: ignore[valid-type]
        before = admin.get(session, ctx, org)
        out = queue.save_channel_settings(session, ctx, org, name, body)
        audit.record(
            session, org.id, actor=actor, action="channel.update", target=f"channel:{name}", before=before,
            after=out, now=ctx.clock.now(), secrets_changed=_secrets_written(body, admin.secret_fields),
        )  # fmt: skip
        session.commit()
        return out

    def toggle(org: Any, session: Any, ctx: Any, actor: str, *, enabled: bool) -> ChannelStateOut:
        was = bool(getattr(admin.get(session, ctx, org), "enabled", False))
        out = queue.set_channel_enabled(session, ctx, org, name, enabled=enabled)
        audit.record(
            session, org.id, actor=actor, action="channel.enable" if enabled else "channel.disable",
            target=f"channel:{name}", before={"enabled": was}, after={"enabled": out.enabled, "released": out.released}
            if out.released else {"enabled": out.enabled}, now=ctx.clock.now(),
        )  # fmt: skip
        session.commit()
        return out

    def enable(org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> ChannelStateOut:
        return toggle(org, session, ctx, actor, enabled=True)

    def disable(org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> ChannelStateOut:
        return toggle(org, session, ctx, actor, enabled=False)

    async def send_test(body: test_in, org: AdminOrg, session: DbSession, ctx: Ctx) -> BaseModel:  # type: ignore[valid-type]
        def load() -> Any:
            loaded = admin.load_test(session, ctx, org)
            # No transaction stays open while the test talks to the provider (on SQLite it would
            # hold the write lock the test's own bookkeeping needs, e.g. removing a gone push
            # subscription).
            session.rollback()
            return loaded

        config = await to_thread.run_sync(load)
        return await admin.send_test(ctx, org, config, body)

    secrets = f"secrets ({', '.join(admin.secret_fields)})" if admin.secret_fields else "no secret fields"
    routes: list[tuple[str, str, Any, Any, str, str]] = [
        ("", "GET", get_settings, settings_out, f"Read the {name} settings",
         f"The org's {name} settings; {secrets} masked."),
        ("", "PUT", put_settings, settings_out, f"Configure {name}",
         f"Fields left out keep their value; {secrets} left out or sent back masked are kept."),
        ("/enable", "POST", enable, ChannelStateOut, f"Turn {name} on",
         "Held deliveries go out, throttled like a bulk event."),
        ("/disable", "POST", disable, ChannelStateOut, f"Turn {name} off",
         "Takes effect at once: nothing more is sent; due deliveries are held, not dropped."),
        ("/test", "POST", send_test, test_out, f"Send a test on {name}",
         "Sends with the current settings (enabled or not) and reports the provider's answer."),
    ]  # fmt: skip
    for suffix, method, endpoint, model, summary, description in routes:
        router.add_api_route(
            f"/{name}{suffix}",
            endpoint,
            methods=[method],
            response_model=model,
            summary=summary,
            description=description,
        )


for _spec in registry.CHANNELS.values():
    if _spec.admin is not None:
        _add_routes(_spec)
