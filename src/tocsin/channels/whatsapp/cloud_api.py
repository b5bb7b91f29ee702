"""WhatsApp Business Cloud API: template messages
(https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages).

`POST {base}/{version}/{phone_number_id}/messages` with `Authorization: Bearer <access token>` and
JSON `{"messaging_product": "whatsapp", "to", "type": "template", "template": {"name",
"language": {"code"}, "components": [{"type": "body", "parameters": [{"type": "text", "text"}]}]}}`.
200 answers `{"messages": [{"id": "wamid..."}]}`; errors answer
`{"error": {"message", "type", "code", "error_data": {"details"}, "fbtrace_id"}}`.

Outcomes by Meta's error codes: 131026 (undeliverable), the 132000 series (template missing,
unapproved, paused, or its parameters do not fit) and 131008/131009 (a parameter missing or
invalid) are permanent; 130429 (throughput), 131048 and 131056 (spam and pair rate limits),
131000 (something went wrong), 131016 (service unavailable) and 4/80007 (API rate limits) are
transient, as are 429 and 5xx; other 4xx are permanent. Status webhooks are signed with
`X-Hub-Signature-256` (`signature` below).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp

from tocsin import __version__
from tocsin.channels import http
from tocsin.channels.base import (
    Configured,
    Outgoing,
    PermanentError,
    SendResult,
    SkipSend,
    TransientError,
    classify_http_status,
)
from tocsin.channels.whatsapp.config import WaTemplate, WhatsAppConfig
from tocsin.config import Settings
from tocsin.kit.sandbox import TemplateProblem, render

TRANSIENT_CODES = frozenset({4, 80007, 130429, 131000, 131016, 131048, 131056})
PERMANENT_CODES = frozenset({131008, 131009, 131026, 131047, 131051})
PARAMETER_MAX = 1024  # Meta's limit on one body parameter's text


@dataclass(frozen=True, slots=True)
class WhatsAppPayload:
    body: dict[str, Any]


def template_body(to: str, template: WaTemplate, parameters: list[str]) -> dict[str, Any]:
    content: dict[str, Any] = {"name": template.name, "language": {"code": template.language}}
    if parameters:
        content["components"] = [
            {"type": "body", "parameters": [{"type": "text", "text": text} for text in parameters]}
        ]
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to.lstrip("+"),
        "type": "template",
        "template": content,
    }


def render_parameters(template: WaTemplate, variables: Mapping[str, Any]) -> list[str]:
    """Each parameter expression rendered over the message's variables. WhatsApp refuses empty
    parameters and newlines in them, so an empty value becomes "-" and whitespace runs one space."""
    out = []
    for expression in template.parameters:
        try:
            text = render("{{ " + expression + " }}", dict(variables))
        except TemplateProblem as problem:
            raise PermanentError(f"WhatsApp template parameter {expression!r} failed: {problem.message}") from problem
        text = " ".join(text.split())[:PARAMETER_MAX]
        out.append(text or "-")
    return out


class CloudApiProvider(Configured[WhatsAppConfig]):
    name = "whatsapp_cloud_api"

    def __init__(self, config: WhatsAppConfig, settings: Settings) -> None:
        super().__init__(config, settings, connections=settings.phone_http_connections, missing=config.missing)
        self._client_key = (
            "whatsapp",
            self.settings.whatsapp_base_url,
            self.config.access_token,
            self.max_connections,
            self.settings.send_timeout_seconds,
        )

    def prepare(self, message: Outgoing) -> WhatsAppPayload:
        """The template message of the event type; a type with no approved template configured
        is skipped (WhatsApp only lets businesses start conversations with templates)."""
        template = self.config.templates.get(message.event_type or "")
        if template is None:
            raise SkipSend(f"no WhatsApp template configured for {message.event_type}")
        return WhatsAppPayload(template_body(message.to, template, render_parameters(template, message.variables)))

    def _client(self) -> aiohttp.ClientSession:
        return http.phone_client(
            max_connections=self.max_connections,
            timeout=self.settings.send_timeout_seconds,
            headers={"Authorization": f"Bearer {self.config.access_token}", "User-Agent": f"tocsin/{__version__}"},
        )

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[CloudApiSender]:
        async with http.shared_client(self._client_key, self._client) as client:
            base = self.settings.whatsapp_base_url.rstrip("/")
            yield CloudApiSender(
                client, f"{base}/{self.settings.whatsapp_api_version}/{self.config.phone_number_id}/messages"
            )


class CloudApiSender(http.UrlSender):
    label = "WhatsApp"

    async def send(self, payload: WhatsAppPayload) -> SendResult:
        response = await self._post(json=payload.body)
        answer = response.json()
        if response.is_success:
            messages = answer.get("messages") or [{}]
            message_id = messages[0].get("id") if isinstance(messages[0], dict) else None
            status = messages[0].get("message_status") if isinstance(messages[0], dict) else None
            return SendResult(
                provider_message_id=str(message_id) if message_id else None,
                detail=str(status or response.status),
            )
        raise error_of(response, answer)


def error_of(response: http.Answer, answer: Mapping[str, Any]) -> TransientError | PermanentError:
    error = answer.get("error") if isinstance(answer.get("error"), dict) else {}
    assert isinstance(error, dict)
    code = error.get("code")
    details = (error.get("error_data") or {}).get("details") if isinstance(error.get("error_data"), dict) else None
    text = f"WhatsApp {code or response.status}: {error.get('message') or response.reason}"
    if details:
        text += f" ({details})"
    code_int = code if isinstance(code, int) else None
    if code_int in TRANSIENT_CODES:
        return TransientError(text, retry_after_seconds=http.retry_after_seconds(response.headers))
    if code_int in PERMANENT_CODES or (code_int is not None and 132000 <= code_int < 133000):
        return PermanentError(text)
    if classify_http_status(response.status) == "transient":
        return TransientError(text, retry_after_seconds=http.retry_after_seconds(response.headers))
    return PermanentError(text)


def signature(body: bytes, app_secret: str) -> str:
    """X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw request body, keyed with the
    app secret."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def valid_signature(body: bytes, app_secret: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(signature(body, app_secret), given or "")
