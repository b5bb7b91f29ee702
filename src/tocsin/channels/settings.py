"""An org's settings for one channel as the admin edits them, for every channel alike.

A channel declares its `SettingsForm`: the admin's settings schema with its secret fields
marked, and how its stored settings read as the channel's effective configuration. From it come
reading the stored row, saving what a `PUT` gave (secrets write-only: a masked value sent back
keeps the stored one, `null` clears it), the switch that a first complete configuration turns
on, and the test send with its time limit. What a channel checks before writing stays in its own
`service.py`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, get_type_hints

from pydantic import BaseModel
from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import ChannelAdmin, Provider, SendResult
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.errors import invalid, not_found
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs.models import Org

# A stored secret reads as this, whatever its length: no character of it leaves the server.
MASK = "********"


class Effective(Protocol):
    """A channel's configuration as its provider uses it."""

    @property
    def complete(self) -> bool: ...

    @property
    def missing(self) -> list[str]: ...


C = TypeVar("C", bound=Effective)


@dataclass(frozen=True, slots=True)
class Stored:
    """An org's row for a channel, secrets decrypted (never logged)."""

    config: dict[str, Any]
    secrets: dict[str, Any]
    enabled: bool
    configured: bool
    exists: bool = True


@dataclass(frozen=True, slots=True)
class SettingsForm(Generic[C]):
    """One channel's settings: `schema` is the admin's input model; `secret_fields` are its
    write-only fields, kept encrypted; every other field but `enabled` and the read-only ones
    (`exclude=True`) is kept as plain config. `read` makes the effective configuration of the
    stored config and secrets; `server_default` says whether an org with no row starts on."""

    channel: str
    schema: type[BaseModel]
    secret_fields: tuple[str, ...]
    read: Callable[[dict[str, Any], dict[str, Any], Settings], C]
    server_default: Callable[[Settings], bool] | None = None
    # Whether the first save of the settings turns the channel on, complete or not (email: its
    # server default may already send); otherwise the first complete configuration does.
    on_when_first_saved: bool = False
    mask: str = MASK

    @property
    def config_keys(self) -> tuple[str, ...]:
        return tuple(
            name
            for name, info in self.schema.model_fields.items()
            if name != "enabled" and name not in self.secret_fields and not info.exclude
        )

    def stored(self, session: Session, ctx: AppContext, org_id: int) -> Stored:
        row = repository.get(session, org_id, self.channel)
        if row is None:
            on = self.server_default is not None and self.server_default(ctx.settings)
            return Stored({}, {}, on, on, exists=False)
        return Stored(dict(row.config or {}), ctx.box.decrypt_json(row.secrets_enc), row.enabled, row.configured)

    def effective(self, session: Session, ctx: AppContext, org_id: int) -> C:
        stored = self.stored(session, ctx, org_id)
        return self.read(stored.config, stored.secrets, ctx.settings)

    def of_org(self, session: Session, ctx: AppContext, org_slug: str) -> tuple[Org, C]:
        """The org a provider's callback URL names, with its configuration; 404 for an unknown org."""
        org = orgs_repo.get_by_slug(session, org_slug)
        if org is None:
            raise not_found("org")
        return org, self.effective(session, ctx, org.id)

    def load_test(self, session: Session, ctx: AppContext, org: Org) -> C:
        return self.effective(session, ctx, org.id)

    def merged(self, stored: Stored, given: dict[str, Any]) -> Stored:
        """The stored settings with what a `PUT` gave (its fields set, `null` clearing one)."""
        config = dict(stored.config)
        for key in self.config_keys:
            if key in given:
                if given[key] is None:
                    config.pop(key, None)
                else:
                    config[key] = given[key]
        secrets = dict(stored.secrets)
        for key in self.secret_fields:
            if key in given:
                if given[key] is None:
                    secrets.pop(key, None)
                elif given[key] != self.mask:  # the masked value sent back (GET, edit, PUT) keeps it
                    secrets[key] = given[key]
        return Stored(config, secrets, stored.enabled, stored.configured, stored.exists)

    def switch(self, stored: Stored, given: dict[str, Any], effective: C) -> bool:
        """Whether the channel is on after a `PUT`: as given, else on with its first complete
        configuration, else as it was. Enabling what cannot send is refused."""
        if given.get("enabled") is True and not effective.complete:
            raise invalid("enabled", f"{self.channel} is not fully configured: missing {', '.join(effective.missing)}")
        if given.get("enabled") is not None:
            return bool(given["enabled"])
        if self.on_when_first_saved:
            return stored.enabled or not stored.exists
        if effective.complete and not stored.configured:
            return True
        return stored.enabled

    def save(self, session: Session, ctx: AppContext, org_id: int, stored: Stored) -> None:
        repository.save(
            session,
            org_id=org_id,
            channel=self.channel,
            configured=stored.configured,
            enabled=stored.enabled,
            config=stored.config,
            secrets_enc=ctx.box.encrypt_json(stored.secrets) if stored.secrets else None,
            now=ctx.clock.now(),
        )

    def put(
        self,
        session: Session,
        ctx: AppContext,
        org: Org,
        given: dict[str, Any],
        *,
        check: Callable[[Stored], None] | None = None,
    ) -> tuple[Stored, C]:
        """Save what a `PUT` gave and answer the saved settings with their effective
        configuration. `check` sees the settings as they would be saved and raises to refuse
        them: nothing is written before every check has passed."""
        merged = self.merged(self.stored(session, ctx, org.id), given)
        if check is not None:
            check(merged)
        effective = self.read(merged.config, merged.secrets, ctx.settings)
        enabled = self.switch(merged, given, effective)
        saved = Stored(merged.config, merged.secrets, enabled, effective.complete, True)
        self.save(session, ctx, org.id, saved)
        return saved, effective

    def masked(self, value: object) -> str | None:
        """A secret as `GET` shows it: the mask when one is stored."""
        return self.mask if value else None


def given_of(body: BaseModel) -> dict[str, Any]:
    """The fields a `PUT` body set, as JSON values."""
    return body.model_dump(exclude_unset=True, mode="json")


async def send_once(ctx: AppContext, provider: Provider, payload: Any) -> SendResult:
    """One test send over a fresh connection, bounded in time (raises `SendError`, `TimeoutError`)."""
    async with asyncio.timeout(ctx.settings.send_timeout_seconds * 3):
        async with provider.connect() as sender:
            return await sender.send(payload)


class AdminService(Protocol):
    """A channel's `service.py` as the admin routes call it."""

    def get_settings(self, session: Session, ctx: AppContext, org: Org, /) -> BaseModel: ...

    def put_settings(self, session: Session, ctx: AppContext, org: Org, body: Any, /) -> BaseModel: ...

    def send_test(self, ctx: AppContext, org: Org, config: Any, body: Any, /) -> Awaitable[BaseModel]: ...


def admin(form: SettingsForm[Any], service: AdminService) -> ChannelAdmin:
    """The channel's admin routes' handlers and schemas: the settings answer and the test's
    request and answer are read from the handlers' own annotations, as FastAPI reads them."""
    test_hints = get_type_hints(service.send_test)
    return ChannelAdmin(
        settings_in=form.schema,
        settings_out=get_type_hints(service.get_settings)["return"],
        test_in=test_hints["body"],
        test_out=test_hints["return"],
        secret_fields=form.secret_fields,
        get=service.get_settings,
        put=service.put_settings,
        load_test=form.load_test,
        send_test=service.send_test,
    )
