"""Posting to team-chat and generic webhooks, each URL checked by the outbound address rule.

`prepare` (a thread, CPU only) builds the body of the user's kind (`payloads`) and, for generic
webhooks, the Standard Webhooks headers: `webhook-id` (stable across retries of one delivery),
`webhook-timestamp` (this attempt's, seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256
of `id.timestamp.body`, keyed with the org's `whsec_` secret).

Outcomes: any 2xx is sent; 410 means the URL is gone for good (removed from the user, the
delivery skipped, later events go by email); 408, 429 and 5xx are transient (`Retry-After`
honoured); a redirect (not followed), a refused address and other 4xx are permanent.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

from standardwebhooks import Webhook

from tocsin.channels.base import Configured, Outgoing, PermanentError, SendResult, SkipSend, TransientError
from tocsin.channels.http import Unreachable, retry_after_seconds
from tocsin.channels.outbound import REFUSED, OutboundClient, OutboundRefused, pooled_client
from tocsin.channels.webhook.config import WebhookConfig
from tocsin.channels.webhook.payloads import BUILDERS, Note, kind_for
from tocsin.config import Settings

GONE_REASON = "webhook URL gone (410)"
# Compact JSON, non-ASCII kept as UTF-8; one encoder for every body.
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class WebhookPayload:
    url: str  # never logged
    kind: str
    body: bytes
    headers: dict[str, str]
    address: str  # the recipient's address as the channel gave it, for `forget`


def address_of(text: str) -> dict[str, Any]:
    loaded = json.loads(text)
    return loaded if isinstance(loaded, dict) else {}


def note_of(message: Outgoing) -> Note:
    v = message.variables
    raw_entity = v.get("entity")
    entity: dict[str, Any] = raw_entity if isinstance(raw_entity, dict) else {}
    title = str(v.get("title") or message.subject or "")
    body = str(v.get("body") if v.get("body") is not None else message.text)
    at = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    notification = {
        "id": message.notification_id,
        "type": message.event_type,
        "title": title,
        "body": body,
        "url": message.url,
        "entity": {"type": entity.get("type"), "id": entity.get("id"), "name": entity.get("name")},
        "actor": v.get("actor"),
        "urgent": bool(v.get("urgent")),
        "created_at": v.get("created_at"),
        "data": v.get("data") or {},
        "recipient": (v.get("recipient") or {}).get("username"),
    }
    return Note(
        title=title,
        body=body,
        url=message.url,
        event_type=message.event_type or "test",
        actor=v.get("actor"),
        record=str(v.get("name")) if v.get("name") else None,
        urgent=bool(v.get("urgent")),
        notification=notification,
        at=at,
    )


def signer_of(signing_secret: str | None) -> Webhook | None:
    """The org's Standard Webhooks signer (its key decoded once), or None without a secret."""
    return Webhook(signing_secret) if signing_secret else None


def build(message: Outgoing, *, url: str, kind: str | None, signer: Webhook | None, address: str) -> WebhookPayload:
    kind = kind_for(url, kind)
    note = note_of(message)
    text = _JSON.encode(BUILDERS[kind](note))
    headers = {"Content-Type": "application/json"}
    if kind == "generic":
        if signer is None:
            raise PermanentError("no signing secret for generic webhooks")
        msg_id = f"msg_{message.key}"
        when = datetime.now(UTC).replace(microsecond=0)
        headers["webhook-id"] = msg_id
        headers["webhook-timestamp"] = str(int(when.timestamp()))
        headers["webhook-signature"] = signer.sign(msg_id, when, text)
    return WebhookPayload(url=url, kind=kind, body=text.encode(), headers=headers, address=address)


class WebhookProvider(Configured[WebhookConfig]):
    name = "webhook"

    def __init__(self, config: WebhookConfig, settings: Settings) -> None:
        super().__init__(config, settings, connections=settings.outbound_http_connections)

    @cached_property
    def _signer(self) -> Webhook | None:
        # Made at the first message, not with the provider: a secret that cannot be decoded then
        # fails each message that needs it (as a build error), not the claim that loads providers.
        return signer_of(self.config.signing_secret)

    def prepare(self, message: Outgoing) -> WebhookPayload:
        target = address_of(message.to)
        url = str(target.get("url") or "")
        if not url:
            raise SkipSend("no webhook URL")
        return build(
            message,
            url=url,
            kind=target.get("kind"),
            signer=self._signer,
            address=message.to,
        )

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[WebhookSender]:
        async with pooled_client("webhook", self.settings, self.max_connections) as client:
            yield WebhookSender(client)


class WebhookSender:
    def __init__(self, client: OutboundClient) -> None:
        self._client = client

    async def send(self, payload: WebhookPayload) -> SendResult:
        try:
            response = await self._client.post(payload.url, body=payload.body, headers=payload.headers)
        except OutboundRefused as exc:
            raise PermanentError(f"webhook URL {REFUSED}") from exc
        except Unreachable as exc:
            raise TransientError(f"webhook unreachable: {exc}") from exc
        status = response.status
        snippet = response.text[:200].strip() if response.body else ""
        text = f"{payload.kind} webhook answered {status}" + (f": {snippet}" if snippet else "")
        if 200 <= status < 300:
            request_id = response.headers.get("x-request-id") or response.headers.get("x-ms-workflow-run-id")
            return SendResult(provider_message_id=request_id, detail=str(status))
        if status == 410:
            raise SkipSend(GONE_REASON, gone=(payload.address,))
        if status >= 500 or status in (408, 429):
            raise TransientError(text, retry_after_seconds=retry_after_seconds(response.headers))
        if 300 <= status < 400:
            raise PermanentError(f"{payload.kind} webhook answered {status}: redirects are not followed")
        raise PermanentError(text)
