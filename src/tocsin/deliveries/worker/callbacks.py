"""Sending CRM callbacks: Standard-Webhooks-signed JSON POSTs to the org's callback URL.

Callbacks ride the delivery queue as rows on the `callback` channel: the worker claims them
with the other deliveries, sends them here, and records each try in the same attempt log, with
the same retry schedule. The `webhook-id` header is stable across the retries of one callback
(`msg_<delivery id>`), so a receiver can drop a repeat it has already handled; the timestamp and
signature are made at each try.

`post_callback` is the one function that opens the connection: it applies the outbound address
rule (the host must resolve to public addresses unless TOCSIN_OUTBOUND_ALLOW_PRIVATE), follows
no redirects and times out.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session
from standardwebhooks.webhooks import Webhook

from tocsin.callbacks import service as callbacks
from tocsin.channels.base import (
    ChannelSpec,
    Outgoing,
    PermanentError,
    SendResult,
    TransientError,
    classify_http_status,
)
from tocsin.channels.declaration import ChannelDeclaration, UserAddress
from tocsin.channels.http import Answer, Unreachable
from tocsin.channels.outbound import OutboundClient, OutboundRefused, outbound_client
from tocsin.context import AppContext

CHANNEL = callbacks.CHANNEL


@dataclass(frozen=True, slots=True)
class SignedCallback:
    url: str
    body: bytes
    headers: dict[str, str]


async def post_callback(client: OutboundClient, callback: SignedCallback) -> Answer:
    """POST one signed callback through an outbound client (`channels.outbound.outbound_client`):
    every connection checked by the address rule as it is made, no redirects, its timeouts."""
    return await client.post(callback.url, body=callback.body, headers=callback.headers)


class _Sender:
    def __init__(self, client: OutboundClient) -> None:
        self.client = client

    async def send(self, payload: SignedCallback) -> SendResult:
        try:
            response = await post_callback(self.client, payload)
        except OutboundRefused as exc:
            raise PermanentError(f"callback refused: {exc}", failure="the callback URL is not allowed") from exc
        except Unreachable as exc:
            if exc.timed_out:
                raise TransientError("callback timed out", failure="the CRM did not answer in time") from exc
            raise TransientError(f"callback failed: {exc}", failure="the CRM could not be reached") from exc
        status = response.status
        if 300 <= status < 400:
            raise PermanentError(f"callback answered {status}: redirects are not followed")
        outcome = classify_http_status(status)
        if outcome == "transient":
            retry_after = response.headers.get("retry-after", "")
            raise TransientError(
                f"callback answered {status}",
                retry_after_seconds=float(retry_after) if retry_after.isdigit() else None,
            )
        if outcome == "permanent":
            raise PermanentError(f"callback answered {status}")
        return SendResult(provider_message_id=None, detail=f"HTTP {status}")


class CallbackProvider:
    """The org's callback endpoint as a provider of the delivery worker."""

    name = "callback"
    max_connections = 4

    def __init__(self, *, url: str, secret: str, timeout_seconds: float, allow_private: bool, now: Any) -> None:
        self.url = url
        self.webhook = Webhook(secret)
        self.timeout_seconds = timeout_seconds
        self.allow_private = allow_private
        self._now = now

    def prepare(self, message: Outgoing) -> SignedCallback:
        body = message.text
        msg_id = f"msg_{message.delivery_id}"
        at: datetime = self._now()
        signature = self.webhook.sign(msg_id, at, body)
        headers = {
            "content-type": "application/json",
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": signature,
            "user-agent": "Tocsin-Callbacks",
        }
        return SignedCallback(url=self.url, body=body.encode(), headers=headers)

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[_Sender]:
        client = outbound_client(self.allow_private, self.timeout_seconds, max_connections=self.max_connections)
        async with client:
            yield _Sender(client)


def load_provider(session: Session, ctx: AppContext, org_id: int) -> CallbackProvider | None:
    row = callbacks.settings_row(session, org_id)
    if row is None or not row.url:
        return None
    return CallbackProvider(
        url=row.url,
        secret=callbacks.signing_secret(ctx, row),
        timeout_seconds=ctx.settings.send_timeout_seconds,
        allow_private=ctx.settings.outbound_allow_private,
        # The wall clock, not the app's: receivers check the timestamp against their own clocks.
        now=lambda: datetime.now(UTC),
    )


def message_of(delivery_id: int, payload: dict[str, Any] | None) -> Outgoing:
    """The stored body of a queued callback, as the provider's `prepare` takes it."""
    body = json.dumps(payload or {}, separators=(",", ":"), sort_keys=True)
    kind = str((payload or {}).get("type") or "callback")
    return Outgoing(delivery_id=delivery_id, to="crm", to_name=None, subject=kind, text=body, event_type=kind)


SPEC = ChannelSpec(
    ChannelDeclaration(name=CHANNEL, address=UserAddress(called="callback URL", flag="")),
    address=lambda _ctx, _user: "crm",
    load_provider=load_provider,
)
