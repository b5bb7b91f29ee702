"""Resend's HTTP API: POST {base}/emails with a Bearer key (https://resend.com/docs/api-reference).

Each delivery sends an `Idempotency-Key` that stays the same across retries, so a retry after a
lost answer does not send twice. 5xx, 429 and network errors are transient; other 4xx are
permanent, except 409 `concurrent_idempotent_requests` (the first try is still in progress).
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from tocsin import __version__
from tocsin.channels.base import Configured, Outgoing, PermanentError, SendResult, TransientError, classify_http_status
from tocsin.channels.email.config import EmailConfig
from tocsin.channels.email.message import build
from tocsin.config import Settings

# Headers Resend sets itself; the rest of ours travel in the JSON "headers" object.
_OWN_HEADERS = {"from", "to", "subject", "date", "content-type", "mime-version", "content-transfer-encoding"}


@dataclass(frozen=True, slots=True)
class ResendPayload:
    body: dict[str, Any]
    idempotency_key: str


class ResendProvider(Configured[EmailConfig]):
    name = "resend"

    def __init__(self, config: EmailConfig, settings: Settings, *, max_connections: int = 4) -> None:
        if not config.password:
            raise ValueError("Resend needs an API key")
        super().__init__(config, settings, connections=max_connections)

    def prepare(self, message: Outgoing) -> ResendPayload:
        built = build(message, self.config, now=datetime.now(UTC))
        msg = built.message
        headers = {name: str(value) for name, value in msg.items() if name.lower() not in _OWN_HEADERS}
        body: dict[str, Any] = {
            "from": str(msg["From"]),
            "to": [message.to],
            "subject": message.subject,
            "text": message.text,
            "headers": headers,
        }
        if message.html:
            body["html"] = message.html
        if message.attachments:
            body["attachments"] = [
                {
                    "filename": f.filename,
                    "content": base64.b64encode(f.content).decode("ascii"),
                    "content_type": f.content_type,
                }
                for f in message.attachments
            ]
        return ResendPayload(body=body, idempotency_key=f"tocsin-delivery/{message.key}")

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[ResendSender]:
        async with httpx.AsyncClient(
            base_url=self.settings.resend_base_url.rstrip("/"),
            timeout=self.settings.send_timeout_seconds,
            headers={"Authorization": f"Bearer {self.config.password}", "User-Agent": f"tocsin/{__version__}"},
        ) as client:
            yield ResendSender(client)


class ResendSender:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def send(self, payload: ResendPayload) -> SendResult:
        try:
            response = await self._client.post(
                "/emails", json=payload.body, headers={"Idempotency-Key": payload.idempotency_key}
            )
        except httpx.HTTPError as exc:
            raise TransientError(f"Resend unreachable: {type(exc).__name__}", failure="cannot connect") from exc
        answer = _json(response)
        if response.is_success:
            message_id = answer.get("id")
            return SendResult(
                provider_message_id=str(message_id) if message_id else None, detail=str(response.status_code)
            )
        name = str(answer.get("name") or "")
        text = f"Resend answered {response.status_code} {name}: {answer.get('message') or response.reason_phrase}"
        if classify_http_status(response.status_code) == "transient" or name == "concurrent_idempotent_requests":
            raise TransientError(text, failure=f"Resend answered {response.status_code} {name}".strip())
        # A 422 validation error is about the message (its `to`, most often): another provider
        # would refuse it too. The rest (401, 403 an unverified domain) are the account's.
        recipient = response.status_code == 422 and name == "validation_error"
        raise PermanentError(
            text, failure=f"Resend answered {response.status_code} {name}".strip(), recipient=recipient
        )


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        loaded = response.json()
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}
