"""Loopback servers that answer as Twilio's Messages API and the WhatsApp Business Cloud API do,
and check every request as their documentation describes it.

Twilio (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource):
`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP Basic auth (account SID, auth
token), form-encoded `To` (E.164), exactly one of `From` / `MessagingServiceSid`, `Body` (at most
1600 characters), optional `StatusCallback` (an absolute URL). 201 with the message resource;
errors as `{"code", "message", "more_info", "status"}`. Like Twilio's test credentials, some
numbers always fail: +15005550001 (21211 invalid), +15005550009 (21614 not mobile), +15005550004
(21610 opted out).

WhatsApp (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages):
`POST /v21.0/{phone_number_id}/messages`, `Authorization: Bearer <token>`, JSON with
`messaging_product: "whatsapp"`, `to` (digits), `type: "template"` and a `template` with an
approved name, its language code and one body text parameter per placeholder. 200 with
`{"messaging_product", "contacts", "messages": [{"id": "wamid..."}]}`; errors as
`{"error": {"message", "type", "code", "error_data": {"details"}, "fbtrace_id"}}`.

Both run in a thread (tests) or in a process (the benchmark); answers can be queued to script
transient and permanent failures. The Twilio sink keeps only counts when `keep=False` (bench).
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests import loopback

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
DIGITS = re.compile(r"^[1-9]\d{6,14}$")

MAGIC_NUMBERS = {
    "+15005550001": (21211, "The 'To' number +15005550001 is not a valid phone number."),
    "+15005550009": (21614, "'To' number is not a valid mobile number"),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient"),
}


@dataclass
class Answer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeTwilio:
    account_sid: str
    auth_token: str
    keep: bool = True
    port: int = 0
    requests: list[dict[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)  # To number -> messages accepted
    lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, path: str, headers: Any, form: dict[str, str]) -> list[str]:
        problems = []
        if path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            problems.append(f"path {path}")
        if not headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            problems.append("content type")
        if not E164.match(form.get("To", "")):
            problems.append("To is not E.164")
        if ("From" in form) == ("MessagingServiceSid" in form):
            problems.append("exactly one of From and MessagingServiceSid")
        if "From" in form and not E164.match(form["From"]):
            problems.append("From is not E.164")
        if not 1 <= len(form.get("Body", "")) <= 1600:
            problems.append("Body length")
        callback = form.get("StatusCallback")
        if callback is not None and not callback.startswith(("http://", "https://")):
            problems.append("StatusCallback is not an absolute URL")
        unknown = set(form) - {"To", "From", "MessagingServiceSid", "Body", "StatusCallback"}
        if unknown:
            problems.append(f"unexpected parameters {sorted(unknown)}")
        return problems

    def handle(self, path: str, headers: Any, raw: bytes) -> Answer:
        expected = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if headers.get("Authorization") != expected:
            return Answer(401, _twilio_error(20003, "Authenticate", 401))
        form = dict(parse_qsl(raw.decode(), keep_blank_values=True))
        problems = self.check(path, headers, form)
        with self.lock:
            if self.keep:
                self.requests.append(form)
            self.problems.extend(problems)
            if problems:
                return Answer(400, _twilio_error(21600, "; ".join(problems), 400))
            if self.answers:
                return self.answers.pop(0)
            if form["To"] in MAGIC_NUMBERS:
                code, message = MAGIC_NUMBERS[form["To"]]
                return Answer(400, _twilio_error(code, message, 400))
            self.counts[form["To"]] += 1
        body = form["Body"]
        gsm = all(ord(c) < 128 for c in body)
        segments = 1 if len(body) <= (160 if gsm else 70) else -(-len(body) // (153 if gsm else 67))
        return Answer(
            201,
            {
                "sid": "SM" + secrets.token_hex(16),
                "account_sid": self.account_sid,
                "to": form["To"],
                "from": form.get("From"),
                "messaging_service_sid": form.get("MessagingServiceSid"),
                "body": body,
                "status": "queued",
                "num_segments": str(segments),
                "direction": "outbound-api",
                "api_version": "2010-04-01",
                "error_code": None,
                "error_message": None,
            },
        )


def _twilio_error(code: int, message: str, status: int) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


@dataclass
class FakeWhatsApp:
    phone_number_id: str
    access_token: str
    # Approved templates: name -> (language code, number of body parameters).
    approved: dict[str, tuple[str, int]] = field(default_factory=dict)
    port: int = 0
    requests: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, path: str, headers: Any, raw: bytes) -> Answer:
        if headers.get("Authorization") != f"Bearer {self.access_token}":
            return Answer(401, _meta_error(190, "Invalid OAuth access token - Cannot parse access token", 401))
        problems = []
        if path != f"/v21.0/{self.phone_number_id}/messages":
            problems.append(f"path {path}")
        if not headers.get("Content-Type", "").startswith("application/json"):
            problems.append("content type")
        try:
            body = json.loads(raw)
        except ValueError:
            body = {}
            problems.append("body is not JSON")
        if body.get("messaging_product") != "whatsapp":
            problems.append("messaging_product")
        if not DIGITS.match(str(body.get("to", ""))):
            problems.append("to")
        if body.get("type") != "template":
            problems.append("type")
        template = body.get("template") or {}
        with self.lock:
            self.requests.append(body)
            self.problems.extend(problems)
            if problems:
                return Answer(400, _meta_error(100, "Invalid parameter: " + "; ".join(problems), 400))
            if self.answers:
                return self.answers.pop(0)
        name = template.get("name")
        if name not in self.approved:
            return Answer(404, _meta_error(132001, "Template name does not exist in the translation", 404))
        language, count = self.approved[name]
        if (template.get("language") or {}).get("code") != language:
            return Answer(404, _meta_error(132001, "Template name does not exist in the translation", 404))
        parameters: list[Any] = []
        for component in template.get("components") or []:
            if component.get("type") == "body":
                parameters = component.get("parameters") or []
        if len(parameters) != count or not all(
            p.get("type") == "text" and isinstance(p.get("text"), str) and p["text"].strip() for p in parameters
        ):
            return Answer(400, _meta_error(132000, "Number of parameters does not match the expected number", 400))
        return Answer(
            200,
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                "messages": [{"id": "wamid." + secrets.token_hex(12)}],
            },
        )


def _meta_error(code: int, message: str, status: int) -> dict[str, Any]:
    return {
        "error": {
            "message": message,
            "type": "OAuthException",
            "code": code,
            "error_data": {"messaging_product": "whatsapp", "details": message},
            "fbtrace_id": secrets.token_hex(8),
        }
    }


def _respond(fake: FakeTwilio | FakeWhatsApp) -> loopback.Respond:
    def respond(method: str, path: str, headers: Any, raw: bytes) -> loopback.Reply:
        if method == "GET":  # /_stats: what a process running the fake received (benchmarks)
            counts = getattr(fake, "counts", Counter())
            answer = Answer(200, {"received": sum(counts.values()), "distinct": len(counts), "problems": fake.problems})
        else:
            answer = fake.handle(path, headers, raw)
        body = json.dumps(answer.body).encode()
        return loopback.Reply(answer.status, body, {"Content-Type": "application/json", **answer.headers})

    return respond


def serve(fake: FakeTwilio | FakeWhatsApp) -> ThreadingHTTPServer:
    """Start `fake` on a free loopback port (HTTP/1.1 keep-alive), in a daemon thread."""
    server = loopback.serve(_respond(fake))
    fake.port = server.server_address[1]
    return server


def asgi(fake: FakeTwilio | FakeWhatsApp) -> Any:
    """The same fake as an ASGI app, for serving under uvicorn (benchmarks)."""
    return loopback.asgi(_respond(fake))
