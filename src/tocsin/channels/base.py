"""What the delivery worker needs from an external channel, and how sends end.

A channel module provides a `ChannelSpec`: how to find the recipient's address and how to load
an org's configured `Provider`. A provider turns a rendered `Outgoing` message into its own
payload (in a worker thread, away from the event loop) and opens connections (`Sender`) that send
payloads one after another; the worker opens a few per batch and reuses each for many messages.

A send returns a `SendResult` or raises `TransientError` (retry later) or `PermanentError`
(fail now). Error texts end up in the admin's delivery log: they must not carry secrets, and the
worker masks any address in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.kit.masking import mask_email


@dataclass(frozen=True, slots=True)
class SendResult:
    provider_message_id: str | None = None
    detail: str | None = None  # the provider's answer, e.g. "250 2.0.0 queued as 4F2A"


class SendError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TransientError(SendError):
    """The provider could not take the message now (unreachable, timeout, 4xx reply, HTTP 5xx/429)."""


class PermanentError(SendError):
    """The message can never be delivered as it is (unknown mailbox, invalid number, HTTP 4xx)."""


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


@dataclass(frozen=True, slots=True)
class ChannelSpec:
    """How the worker sends on one channel."""

    name: str
    # The recipient's decrypted address on this channel (None: none on file).
    address: Callable[[AppContext, Any], str | None]
    # The org's provider, loaded inside the claim transaction (None: nothing configured).
    load_provider: Callable[[Session, AppContext, int], Provider | None]


_EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
ERROR_MAX = 1000


def public_error(text: str) -> str:
    """An error text fit for the delivery log and the API: addresses masked, length bounded.

    Providers echo recipients in their answers ("550 5.1.1 <jane@example.com>: unknown"); the log
    is shown to admins through the API, where addresses never appear in clear.
    """
    return _EMAIL_IN_TEXT.sub(lambda m: mask_email(m.group(0)) or "***", text)[:ERROR_MAX]
