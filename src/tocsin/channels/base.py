"""The channel interface: what the rest of Tocsin needs from an external channel, and how sends end.

A channel package (`channels/<name>/`) provides a `ChannelSpec` and is listed in
`channels/registry.py`; nothing above `channels` names a particular channel. A spec says which
user address the channel needs, how to find it, how to load an org's configured `Provider`, and
(`admin`) its settings schema with its secret fields and how to read, save and test them.

A provider turns a rendered `Outgoing` message into its own payload (in a worker thread, away
from the event loop) and opens connections (`Sender`) that send payloads one after another; the
worker opens a few per batch and reuses each for many messages.

A send returns a `SendResult` or raises `TransientError` (retry later) or `PermanentError`
(fail now). Error texts end up in the admin's delivery log: they must not carry secrets, and the
worker masks any address in them.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Collection, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

from pydantic import BaseModel
from sqlalchemy.orm import Session

from tocsin.channels.declaration import ChannelDeclaration
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.kit.masking import mask_email, mask_phone

if TYPE_CHECKING:
    from fastapi import APIRouter

    from tocsin.orgs.models import Org

# How one attempt ended: `sent` is final, `transient` is retried, `permanent` fails at once,
# `skipped` means the channel declines this message for good (e.g. no approved template for it).
Outcome = Literal["sent", "transient", "permanent", "skipped"]


@dataclass(frozen=True, slots=True)
class SendResult:
    provider_message_id: str | None = None
    detail: str | None = None  # the provider's answer, e.g. "250 2.0.0 queued as 4F2A"
    # Billable parts of the message where the channel counts them (SMS segments); recorded per delivery.
    parts: int | None = None
    # Addresses the provider said are gone for good (a browser push subscription answered 404 or
    # 410): the channel's `forget` removes them when the attempt is recorded. Never logged.
    gone: tuple[str, ...] = ()
    # Which of the org's providers sent it (failover), and the tries of earlier ones that failed.
    provider: str | None = None
    tries: tuple[ProviderTry, ...] = ()


@dataclass(frozen=True, slots=True)
class ProviderTry:
    """One provider's failed try within an attempt that went on to the next provider."""

    provider: str
    outcome: Outcome
    error: str
    started_at: datetime
    finished_at: datetime


class SendError(Exception):
    """`message` is for the delivery log; `failure` names the class of failure without anything
    the remote said (what a test answer shows: a remote's banner is not ours to relay)."""

    def __init__(
        self, message: str, *, failure: str | None = None, gone: tuple[str, ...] = (), step: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.failure = failure or "the send failed"
        self.gone = gone  # as SendResult.gone
        # Where a send failed, for a channel's test answer: token, connect, auth or send.
        self.step = step
        self.provider: str | None = None  # as SendResult.provider
        self.tries: tuple[ProviderTry, ...] = ()  # as SendResult.tries


class TransientError(SendError):
    """The provider could not take the message now (unreachable, timeout, 4xx reply, HTTP 5xx/429).

    `retry_after_seconds` is the provider's own wait (HTTP `Retry-After`): the next try is not
    sooner than that, whatever the retry schedule says."""

    def __init__(
        self,
        message: str,
        *,
        retry_after_seconds: float | None = None,
        failure: str | None = None,
        gone: tuple[str, ...] = (),
        step: str | None = None,
    ) -> None:
        super().__init__(message, failure=failure, gone=gone, step=step)
        self.retry_after_seconds = retry_after_seconds


class PermanentError(SendError):
    """The message can never be delivered as it is (unknown mailbox, invalid number, HTTP 4xx).

    `recipient` says the fault is the recipient's address (unknown mailbox, invalid number): no
    other provider would do better, so there is no failover. Otherwise it is the provider's
    (account suspended, sender refused) and the next provider is tried."""

    def __init__(
        self,
        message: str,
        *,
        failure: str | None = None,
        gone: tuple[str, ...] = (),
        recipient: bool = False,
        step: str | None = None,
    ) -> None:
        super().__init__(message, failure=failure, gone=gone, step=step)
        self.recipient = recipient


class SkipSend(SendError):
    """The channel declines this message (raised by `prepare`): the delivery ends `skipped` with
    the message as its reason, nothing is sent and nothing is retried."""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file that goes with a message (channels whose declaration takes attachments)."""

    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One rendered message for one recipient."""

    delivery_id: int
    to: str  # the decrypted address: never logged
    to_name: str | None
    subject: str
    text: str
    html: str | None = None
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # Headers that differ per recipient (List-Unsubscribe links): ASCII, never shared between messages.
    recipient_headers: dict[str, str] = field(default_factory=dict)
    # Identifies the message to providers (Message-ID, idempotency key, file name); stable across
    # retries of one delivery. Defaults to the delivery id; a test email has its own.
    message_key: str | None = None
    # The event type and the template variables the text was rendered from, for providers that
    # send structured messages (a WhatsApp template with parameters) rather than the text.
    event_type: str | None = None
    variables: dict[str, Any] = field(default_factory=dict)
    # The in-app notification this message is about (push payloads and webhooks carry its id).
    notification_id: int | None = None
    # Files fetched for the event's email (the event's `attachments`).
    attachments: tuple[Attachment, ...] = ()

    @property
    def key(self) -> str:
        return self.message_key or str(self.delivery_id)


class Sender(Protocol):
    """One open connection to a provider; sends one payload at a time."""

    async def send(self, payload: Any) -> SendResult: ...


class Provider(Protocol):
    """An org's configured provider for one channel."""

    name: str
    max_connections: int

    def prepare(self, message: Outgoing) -> Any:
        """Build the provider's payload (runs in a thread: may be CPU work, must not do I/O)."""
        ...

    def connect(self) -> AbstractAsyncContextManager[Sender]: ...


C = TypeVar("C")


class Configured(Generic[C]):
    """What every provider holds: the org's configuration, the server's settings, and how many
    connections it opens at once (`connections`, never more than the worker sends at once).
    `missing`, when given, is what the configuration lacks: the provider refuses to be built
    (`ValueError`), and the channel records why (`misconfigured.or_misconfigured`)."""

    def __init__(self, config: C, settings: Settings, *, connections: int, missing: Sequence[str] = ()) -> None:
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        self.config = config
        self.settings = settings
        self.max_connections = max(1, min(connections, settings.worker_concurrency))


@dataclass(frozen=True, slots=True)
class ChannelAdmin:
    """The admin's side of a channel: `GET/PUT /v1/admin/channels/<name>` and `POST .../test`.

    `put` validates everything before writing; secrets in `settings_in` are write-only (a masked
    value sent back keeps the stored secret) and `get` shows them masked. `load_test` reads what
    a test needs inside the request's session; `send_test` talks to the provider without it.
    """

    settings_in: type[BaseModel]
    settings_out: type[BaseModel]
    test_in: type[BaseModel]
    test_out: type[BaseModel]
    secret_fields: tuple[str, ...]
    get: Callable[[Session, AppContext, Org], BaseModel]
    put: Callable[[Session, AppContext, Org, Any], BaseModel]
    load_test: Callable[[Session, AppContext, Org], Any]
    send_test: Callable[[AppContext, Org, Any, Any], Awaitable[BaseModel]]


@dataclass(frozen=True, slots=True)
class ChannelSpec:
    """One external channel, as routing, the worker and the admin API see it: its declaration
    (name, user address, routing defaults) and what it does."""

    declaration: ChannelDeclaration
    # The recipient's decrypted address on this channel (None: none on file). By default the
    # declared address column, decrypted.
    address: Callable[[AppContext, Any], str | None] | None = None
    # The org's provider, loaded inside the claim transaction (None: nothing configured).
    load_provider: Callable[[Session, AppContext, int], Provider | None] | None = None
    # Whether a new org starts with this channel configured and enabled (a server default).
    server_default: Callable[[Settings], bool] | None = None
    admin: ChannelAdmin | None = None
    # Messages per org per day on this channel (0: no cap), read in the claim transaction; the
    # claim fails what is over it with reason `daily_cap_reached`.
    daily_cap: Callable[[Session, AppContext, int], int] | None = None
    # For channels whose addresses live in a table of their own (browser push subscriptions, many
    # per user), used instead of `address`: {user_id: address} for some users of one org, read
    # in the claim transaction.
    load_addresses: Callable[[Session, AppContext, int, Collection[int]], dict[int, str]] | None = None
    # Removes addresses a provider reported gone (`SendResult.gone`, `SendError.gone`) for an org,
    # in the transaction that records the attempt.
    forget: Callable[[Session, AppContext, int, Sequence[str]], None] | None = None
    # The channel's own HTTP routes (provider callbacks, subscriptions), mounted by the app.
    routers: tuple[APIRouter, ...] = ()

    def __post_init__(self) -> None:
        column = self.declaration.address.column
        if self.address is None and self.load_addresses is None and column is not None:
            object.__setattr__(self, "address", lambda ctx, user: ctx.box.decrypt_opt(getattr(user, column)))

    @property
    def name(self) -> str:
        return self.declaration.name

    @property
    def address_name(self) -> str:
        """What the user lacks when there is nothing to send to ("phone number")."""
        return self.declaration.address.called

    @property
    def address_flag(self) -> str:
        """The users column that says an address is on file ("has_phone")."""
        return self.declaration.address.flag

    @property
    def sends(self) -> bool:
        """Whether this build can send on the channel (its package provides a provider)."""
        return (self.address is not None or self.load_addresses is not None) and self.load_provider is not None


def classify_http_status(status: int) -> Outcome:
    """Provider HTTP APIs: 5xx, 429 (rate limit) and 408 (timeout) are worth retrying; other 4xx are not."""
    if status < 400:
        return "sent"
    if status >= 500 or status in (408, 429):
        return "transient"
    return "permanent"


_EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Phone numbers as providers echo them: "+15005550001", "15005550001" (WhatsApp wa_id).
_PHONE_IN_TEXT = re.compile(r"(?<![\w.])\+?\d{8,15}\b")
ERROR_MAX = 1000


def public_error(text: str) -> str:
    """An error text fit for the delivery log and the API: addresses masked, length bounded.

    Providers echo recipients in their answers ("550 5.1.1 <jane@example.com>: unknown", "The 'To'
    number +15005550001 is not a valid phone number"); the log is shown to admins through the API,
    where addresses never appear in clear.
    """
    text = _EMAIL_IN_TEXT.sub(lambda m: mask_email(m.group(0)) or "***", text)
    return _PHONE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)) or "***", text)[:ERROR_MAX]
