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

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession, ReadingOrg, ReadSession
from tocsin.channels import registry
from tocsin.channels.base import ChannelSpec
from tocsin.channels.schemas import ChannelStateOut
from tocsin.deliveries import queue

router = APIRouter(prefix="/v1/admin/channels", tags=["admin: channels"])


def _add_routes(spec: ChannelSpec) -> None:
    admin = spec.admin
    assert admin is not None
    name = spec.name
    settings_in, settings_out = admin.settings_in, admin.settings_out
    test_in, test_out = admin.test_in, admin.test_out

    def get_settings(org: ReadingOrg, session: ReadSession, ctx: Ctx) -> BaseModel:
        return admin.get(session, ctx, org)

    def put_settings(body: settings_in, org: ApiOrg, session: DbSession, ctx: Ctx) -> BaseModel:  # type: ignore[valid-type]
        out = queue.save_channel_settings(session, ctx, org, name, body)
        session.commit()
        return out

    def enable(org: ApiOrg, session: DbSession, ctx: Ctx) -> ChannelStateOut:
        out = queue.set_channel_enabled(session, ctx, org, name, enabled=True)
        session.commit()
        return out

    def disable(org: ApiOrg, session: DbSession, ctx: Ctx) -> ChannelStateOut:
        out = queue.set_channel_enabled(session, ctx, org, name, enabled=False)
        session.commit()
        return out

    async def send_test(body: test_in, org: ApiOrg, session: DbSession, ctx: Ctx) -> BaseModel:  # type: ignore[valid-type]
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
