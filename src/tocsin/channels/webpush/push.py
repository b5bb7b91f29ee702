"""Sending Web Push messages (RFC 8030) with VAPID (RFC 8292) and aes128gcm payloads (RFC 8291).

One delivery goes to every browser the user subscribed. `prepare` (a thread, CPU only) encrypts
the JSON payload once per subscription with pywebpush and signs one VAPID token per push service
origin; `send` POSTs each to its endpoint through the outbound client (the address rule checks
every connection: an endpoint is a URL a browser handed us).

Headers: `TTL` (how long the push service keeps the message for an offline browser),
`Urgency` (`high` for urgent events, else `normal`), `Content-Encoding: aes128gcm`, and
`Authorization: vapid t=<jwt>, k=<public key>`.

Outcomes per subscription: 201 (or any 2xx) accepted; 404 and 410 mean the subscription is gone
(removed, and the delivery skipped when none is left); 429 and 5xx are transient; a refused
address, a redirect and other 4xx are permanent. A delivery is sent when one browser accepted it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from pywebpush import WebPusher

from tocsin.channels.base import Configured, Outgoing, PermanentError, SendResult, SkipSend, TransientError
from tocsin.channels.http import Unreachable, retry_after_seconds
from tocsin.channels.outbound import REFUSED, OutboundClient, OutboundRefused, pooled_client
from tocsin.channels.webpush.config import WebPushConfig
from tocsin.channels.webpush.vapid import Signer
from tocsin.config import Settings

# Push services take at least 4096 bytes of payload; the JSON is kept well under it.
BODY_MAX = 1000
TITLE_MAX = 200
GONE_REASON = "push subscription expired"


@dataclass(frozen=True, slots=True)
class PushItem:
    endpoint: str  # never logged
    body: bytes
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class PushPayload:
    items: tuple[PushItem, ...]


def subscriptions_of(address: str) -> list[dict[str, Any]]:
    """The recipient's address on this channel: a JSON list of PushSubscription objects."""
    loaded = json.loads(address)
    return [s for s in loaded if isinstance(s, dict)] if isinstance(loaded, list) else []


def notification_json(message: Outgoing, *, server: str) -> bytes:
    """What the service worker shows: title, body, icon, the entity link, and the id it marks read."""
    title = str(message.variables.get("title") or message.subject or "")[:TITLE_MAX]
    body = str(message.variables.get("body") or message.text).strip()
    if len(body) > BODY_MAX:
        body = body[: BODY_MAX - 1] + "…"
    data = {
        "title": title,
        "body": body,
        "url": message.url,
        "icon": f"{server}/static/tocsin-icon.svg" if server else None,
        "tag": f"tocsin-{message.notification_id}" if message.notification_id else None,
        "notification_id": message.notification_id,
        "event_type": message.event_type,
        "urgent": bool(message.variables.get("urgent")),
        "server": server or None,
    }
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


class WebPushProvider(Configured[WebPushConfig]):
    name = "webpush"

    def __init__(self, config: WebPushConfig, settings: Settings) -> None:
        super().__init__(config, settings, connections=settings.outbound_http_connections, missing=config.missing)
        self._signer = Signer(config.private_key or "", config.subject or "")

    def prepare(self, message: Outgoing) -> PushPayload:
        subscriptions = subscriptions_of(message.to)
        if not subscriptions:
            raise SkipSend("no push subscription")
        data = notification_json(message, server=self.settings.public_url.rstrip("/"))
        urgent = bool(message.variables.get("urgent"))
        items = []
        for sub in subscriptions:
            endpoint = str(sub.get("endpoint") or "")
            try:
                encrypted = WebPusher(sub).encode(data, "aes128gcm")["body"]
            except Exception as exc:  # a malformed key the browser gave us: that browser is lost
                raise PermanentError(f"the push subscription's keys are unusable: {type(exc).__name__}") from exc
            headers = {
                "TTL": str(self.settings.webpush_ttl_seconds),
                "Urgency": "high" if urgent else "normal",
                "Content-Encoding": "aes128gcm",
                "Content-Type": "application/octet-stream",
                "Authorization": self._signer.authorization(endpoint),
            }
            if message.notification_id:
                headers["Topic"] = f"tocsin{message.notification_id}"
            items.append(PushItem(endpoint=endpoint, body=encrypted, headers=headers))
        return PushPayload(items=tuple(items))

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[WebPushSender]:
        async with pooled_client("webpush", self.settings, self.max_connections) as client:
            yield WebPushSender(client)


class WebPushSender:
    def __init__(self, client: OutboundClient) -> None:
        self._client = client

    async def send(self, payload: PushPayload) -> SendResult:
        accepted: list[str] = []
        gone: list[str] = []
        transient: list[TransientError] = []
        permanent: list[str] = []
        for item in payload.items:
            try:
                response = await self._client.post(item.endpoint, body=item.body, headers=item.headers)
            except OutboundRefused:
                permanent.append(f"push endpoint {REFUSED}")
                continue
            except Unreachable as exc:
                transient.append(TransientError(f"push service unreachable: {exc}"))
                continue
            status = response.status
            if 200 <= status < 300:
                accepted.append(response.headers.get("Location") or "")
            elif status in (404, 410):
                gone.append(item.endpoint)
            elif status >= 500 or status in (408, 429):
                transient.append(
                    TransientError(
                        f"push service answered {status}", retry_after_seconds=retry_after_seconds(response.headers)
                    )
                )
            elif 300 <= status < 400:
                permanent.append(f"push service answered {status}: redirects are not followed")
            else:
                permanent.append(f"push service answered {status}")
        lost = tuple(gone)
        if accepted:
            detail = f"accepted by {len(accepted)} of {len(payload.items)} browsers"
            return SendResult(provider_message_id=accepted[0] or None, detail=detail, gone=lost)
        if transient:
            first = transient[0]
            raise TransientError(first.message, retry_after_seconds=first.retry_after_seconds, gone=lost)
        if permanent:
            raise PermanentError("; ".join(permanent), gone=lost)
        raise SkipSend(f"{GONE_REASON} (404/410)", gone=lost)
