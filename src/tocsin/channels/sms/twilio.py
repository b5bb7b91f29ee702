"""Twilio's Messages API (https://www.twilio.com/docs/messaging/api/message-resource).

`POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded, HTTP Basic auth with
the account SID and auth token: `To`, `From` (or `MessagingServiceSid`), `Body`, and
`StatusCallback` where Twilio should report delivery. 201 answers the message resource
(`sid`, `status`, `num_segments`); errors answer `{"code", "message", "more_info", "status"}`.

Outcomes: the error codes Twilio documents as properties of the number or the recipient are
permanent (21211 invalid `To`, 21614 not a mobile number, 21610 the recipient replied STOP,
21408 the region is not enabled on the account, and the like); 429 (honouring `Retry-After`),
5xx and network errors are transient; other 4xx are permanent, as for any HTTP provider.
Status callbacks are signed with `X-Twilio-Signature` (`signature` below).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiohttp

from tocsin import __version__
from tocsin.channels import http
from tocsin.channels.base import Configured, Outgoing, PermanentError, SendResult, TransientError, classify_http_status
from tocsin.channels.sms.config import SmsConfig
from tocsin.config import Settings
from tocsin.kit import segments

# Twilio's longest message body; a longer text is cut (with an ellipsis) rather than refused.
BODY_MAX = 1600

# Documented error codes that no retry can fix: the number or the recipient is the problem.
PERMANENT_CODES = frozenset(
    {
        21211,  # invalid 'To' phone number
        21214,  # 'To' number cannot be reached
        21408,  # permission to send to this region is not enabled
        21610,  # the recipient unsubscribed (replied STOP)
        21612,  # cannot route to this number
        21614,  # 'To' is not a valid mobile number
        21617,  # body exceeds 1600 characters
        21606,  # the 'From' number is not a valid SMS-capable number of the account
        21659,  # 'From' is not a Twilio number
    }
)


@dataclass(frozen=True, slots=True)
class TwilioPayload:
    form: dict[str, str]
    segments: int


# The permanent codes that are the recipient's number's fault: another account or sender would
# fail alike, so they do not fail over to the org's next Twilio sender (the others are the
# sending account's: region permission, a 'From' that is not its number, a body too long).
RECIPIENT_CODES = frozenset({21211, 21214, 21610, 21612, 21614})


def body_of(text: str) -> str:
    body = text.strip()
    return body if len(body) <= BODY_MAX else body[: BODY_MAX - 1] + "…"


class TwilioProvider(Configured[SmsConfig]):
    name = "twilio"

    def __init__(self, config: SmsConfig, settings: Settings, *, status_callback: str | None) -> None:
        super().__init__(config, settings, connections=settings.phone_http_connections, missing=config.missing)
        self.status_callback = status_callback
        self._client_key = (
            "twilio",
            self.settings.twilio_base_url,
            self.config.account_sid,
            self.config.auth_token,
            self.max_connections,
            self.settings.send_timeout_seconds,
        )

    def prepare(self, message: Outgoing) -> TwilioPayload:
        body = body_of(message.text)
        form = {"To": message.to, "Body": body}
        if self.config.messaging_service_sid:
            form["MessagingServiceSid"] = self.config.messaging_service_sid
        else:
            form["From"] = self.config.from_number or ""
        if self.status_callback:
            form["StatusCallback"] = self.status_callback
        return TwilioPayload(form=form, segments=segments.count(body).segments)

    def _client(self) -> aiohttp.ClientSession:
        return http.phone_client(
            max_connections=self.max_connections,
            timeout=self.settings.send_timeout_seconds,
            headers={
                "User-Agent": f"tocsin/{__version__}",
                "Accept": "application/json",
                "Authorization": aiohttp.encode_basic_auth(self.config.account_sid or "", self.config.auth_token or ""),
            },
        )

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[TwilioSender]:
        async with http.shared_client(self._client_key, self._client) as client:
            base = self.settings.twilio_base_url.rstrip("/")
            yield TwilioSender(client, f"{base}/2010-04-01/Accounts/{self.config.account_sid}/Messages.json")


class TwilioSender(http.UrlSender):
    label = "Twilio"

    async def send(self, payload: TwilioPayload) -> SendResult:
        response = await self._post(data=payload.form)
        answer = response.json()
        if response.is_success:
            sid = answer.get("sid")
            return SendResult(
                provider_message_id=str(sid) if sid else None,
                detail=str(answer.get("status") or response.status),
                parts=_int(answer.get("num_segments")) or payload.segments,
            )
        raise error_of(response, answer)


def error_of(response: http.Answer, answer: Mapping[str, object]) -> TransientError | PermanentError:
    """Twilio's error answer, classified."""
    code = _int(answer.get("code"))
    text = f"Twilio {code or response.status}: {answer.get('message') or response.reason}"
    if code in PERMANENT_CODES:
        return PermanentError(text, recipient=code in RECIPIENT_CODES)
    if classify_http_status(response.status) == "transient":
        return TransientError(text, retry_after_seconds=http.retry_after_seconds(response.headers))
    return PermanentError(text)


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def signature(url: str, params: Mapping[str, str], auth_token: str) -> str:
    """X-Twilio-Signature: base64 HMAC-SHA1, keyed with the auth token, of the full URL Twilio
    called followed by every POST parameter's name and value, sorted by name
    (https://www.twilio.com/docs/usage/webhooks/webhooks-security)."""
    data = url + "".join(f"{key}{params[key]}" for key in sorted(params))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def valid_signature(url: str, params: Mapping[str, str], auth_token: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(signature(url, params, auth_token), given or "")
