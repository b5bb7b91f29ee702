"""Loopback receivers that check what Tocsin sends as the real services document it.

`FakePushService`: a Web Push service (RFC 8030) that checks each push as browsers' push
services do: `TTL` present, `Urgency` one of the four values, `Content-Encoding: aes128gcm`, and
`Authorization: vapid t=<jwt>, k=<key>` (RFC 8292) whose JWT is ES256 with `aud` this service's
origin, `exp` in the future and at most 24 hours ahead, `sub` a mailto: or https: contact, signed by
`k`, which must be the key the browser subscribed with. It then decrypts the payload (RFC 8291)
with the subscription's private key, as the browser would, and keeps the JSON.

`FakeBrowser`: a subscription's key pair (P-256) and auth secret, as a browser makes them.

`FakeWebhooks`: Teams Workflows (a message with an Adaptive Card attachment), Slack incoming
webhooks (Block Kit), RingCentral/Glip incoming webhooks (a Card attachment), and generic JSON
whose Standard Webhooks signature is verified with the org's secret.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

import http_ece
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from standardwebhooks import Webhook, WebhookVerificationError

from tests import loopback


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# What a fake answers: status, body bytes, headers.
Answer = loopback.Reply


@dataclass
class FakeBrowser:
    name: str
    private_key: ec.EllipticCurvePrivateKey = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))
    auth: bytes = field(default_factory=lambda: secrets.token_bytes(16))

    @property
    def p256dh(self) -> str:
        point = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return b64url(point)

    def subscription(self, base: str) -> dict[str, Any]:
        return {"endpoint": f"{base}/push/{self.name}", "keys": {"p256dh": self.p256dh, "auth": b64url(self.auth)}}


def verify_vapid(authorization: str, *, audience: str, expected_key: str | None) -> list[str]:
    """Problems with a `vapid t=..., k=...` header (RFC 8292), none if it is right."""
    if not authorization.startswith("vapid "):
        return ["Authorization scheme is not vapid"]
    params = dict(part.strip().split("=", 1) for part in authorization[6:].split(","))
    token, key = params.get("t", ""), params.get("k", "")
    if expected_key is not None and key != expected_key:
        return ["k is not the key the browser subscribed with"]
    try:
        head_b64, claims_b64, sig_b64 = token.split(".")
        header = json.loads(unb64url(head_b64))
        claims = json.loads(unb64url(claims_b64))
        sig = unb64url(sig_b64)
    except ValueError:
        return ["malformed JWT"]
    problems = []
    if header.get("alg") != "ES256":
        problems.append("alg is not ES256")
    if claims.get("aud") != audience:
        problems.append(f"aud {claims.get('aud')!r} is not {audience!r}")
    exp = claims.get("exp")
    now = time.time()
    if not isinstance(exp, int) or exp <= now or exp > now + 24 * 3600:
        problems.append("exp is not within the next 24 hours")
    if not str(claims.get("sub", "")).startswith(("mailto:", "https:")):
        problems.append("sub is not a mailto: or https: contact")
    try:
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(key))
        r, s = int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big")
        public.verify(encode_dss_signature(r, s), f"{head_b64}.{claims_b64}".encode(), ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        problems.append("bad ES256 signature")
    return problems


@dataclass
class FakePushService:
    browsers: dict[str, FakeBrowser] = field(default_factory=dict)
    vapid_public_key: str | None = None  # the org's key; None: any key that verifies
    keep: bool = True
    port: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)  # decrypted payloads
    headers: list[dict[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)  # scripted answers, first in first out
    gone: set[str] = field(default_factory=set)  # browsers that unsubscribed: 410
    # Benchmarks: one browser's keys for every endpoint name, and a full check of 1 push in N
    # (verifying and decrypting costs the receiver more CPU than sending costs the worker).
    any_browser: FakeBrowser | None = None
    check_every: int = 1
    seen: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def browser(self, name: str) -> FakeBrowser:
        self.browsers[name] = FakeBrowser(name)
        return self.browsers[name]

    def handle(self, path: str, headers: Any, raw: bytes) -> Answer:
        name = path.rsplit("/", 1)[-1]
        browser = self.browsers.get(name) or self.any_browser
        problems: list[str] = []
        if browser is None:
            return Answer(404)
        with self.lock:
            self.seen += 1
            if self.seen % self.check_every:
                self.counts[name] += 1
                return Answer(201)
        if headers.get("Content-Encoding") != "aes128gcm":
            problems.append("Content-Encoding is not aes128gcm")
        if not (headers.get("TTL") or "").isdigit():
            problems.append("TTL missing")
        if headers.get("Urgency") not in ("very-low", "low", "normal", "high"):
            problems.append("Urgency missing or invalid")
        problems += verify_vapid(
            headers.get("Authorization", ""), audience=self.base, expected_key=self.vapid_public_key
        )
        payload: dict[str, Any] = {}
        if not problems:
            try:
                plain = http_ece.decrypt(
                    raw, private_key=browser.private_key, auth_secret=browser.auth, version="aes128gcm"
                )
                payload = json.loads(plain)
            except Exception as exc:
                problems.append(f"cannot decrypt: {type(exc).__name__}")
        with self.lock:
            if problems:
                self.problems.extend(problems)
                return Answer(400, json.dumps({"problems": problems}).encode())
            if self.answers:
                return self.answers.pop(0)
            if name in self.gone:
                return Answer(410)
            self.counts[name] += 1
            if self.keep:
                self.received.append({"browser": name, **payload})
                self.headers.append({k: v for k, v in headers.items()})
        return Answer(201, headers={"Location": f"{self.base}/message/{secrets.token_hex(6)}"})


@dataclass
class FakeWebhooks:
    signing_secret: str | None = None
    keep: bool = True
    port: int = 0
    received: list[tuple[str, dict[str, Any], dict[str, str]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, kind: str, name: str = "hook") -> str:
        return f"http://127.0.0.1:{self.port}/{kind}/{name}"

    def handle(self, path: str, headers: Any, raw: bytes) -> Answer:
        kind = path.strip("/").split("/")[0]
        problems = []
        if not (headers.get("Content-Type") or "").startswith("application/json"):
            problems.append("content type")
        try:
            body = json.loads(raw)
        except ValueError:
            body, problems = {}, [*problems, "not JSON"]
        check = {"teams": check_teams, "slack": check_slack, "ringcentral": check_glip, "generic": None}.get(kind)
        if kind == "generic":
            problems += self.check_signature(raw, headers)
        elif check is not None:
            problems += check(body)
        else:
            problems.append(f"unknown path {path}")
        with self.lock:
            if problems:
                self.problems.extend(problems)
                return Answer(400, b"invalid_payload")
            if self.answers:
                return self.answers.pop(0)
            self.counts[path] += 1
            if self.keep:
                self.received.append((kind, body, {k.lower(): v for k, v in headers.items()}))
        if kind == "slack":
            return Answer(200, b"ok", {"Content-Type": "text/plain"})
        if kind == "ringcentral":
            return Answer(200, b'{"status":"OK"}', {"Content-Type": "application/json"})
        return Answer(202 if kind == "teams" else 200)

    def check_signature(self, raw: bytes, headers: Any) -> list[str]:
        if self.signing_secret is None:
            return ["no signing secret known to the receiver"]
        wanted = {k: headers.get(k) for k in ("webhook-id", "webhook-timestamp", "webhook-signature")}
        if not all(wanted.values()):
            return ["Standard Webhooks headers missing"]
        try:
            Webhook(self.signing_secret).verify(raw, wanted)  # type: ignore[arg-type]
        except WebhookVerificationError as exc:
            return [f"signature: {exc}"]
        return []


def check_teams(body: dict[str, Any]) -> list[str]:
    """A Workflows webhook message: type message, one Adaptive Card attachment."""
    problems = []
    if body.get("type") != "message":
        problems.append("teams: type is not message")
    attachments = body.get("attachments") or []
    if len(attachments) != 1 or attachments[0].get("contentType") != "application/vnd.microsoft.card.adaptive":
        return [*problems, "teams: not one Adaptive Card attachment"]
    card = attachments[0].get("content") or {}
    if card.get("type") != "AdaptiveCard" or not str(card.get("version", "")).startswith("1."):
        problems.append("teams: content is not an AdaptiveCard with a 1.x version")
    elements = card.get("body") or []
    if not elements or elements[0].get("type") != "TextBlock" or not elements[0].get("text"):
        problems.append("teams: no title TextBlock")
    if not any(e.get("type") == "FactSet" and e.get("facts") for e in elements):
        problems.append("teams: no FactSet")
    for action in card.get("actions") or []:
        if action.get("type") != "Action.OpenUrl" or not str(action.get("url", "")).startswith("http"):
            problems.append("teams: action is not an Action.OpenUrl with a URL")
    return problems


def check_slack(body: dict[str, Any]) -> list[str]:
    """Block Kit: a fallback `text`, at most 50 blocks of known types, each well formed."""
    problems = [] if body.get("text") else ["slack: no fallback text"]
    blocks = body.get("blocks") or []
    if not blocks or len(blocks) > 50:
        problems.append("slack: 1 to 50 blocks")
    for block in blocks:
        t = block.get("type")
        if t == "header":
            if block.get("text", {}).get("type") != "plain_text" or len(block["text"].get("text", "")) > 150:
                problems.append("slack: header text is plain_text of at most 150 characters")
        elif t == "section":
            if "text" not in block and "fields" not in block:
                problems.append("slack: section without text or fields")
            if len(block.get("fields") or []) > 10:
                problems.append("slack: more than 10 fields")
        elif t == "actions":
            for el in block.get("elements") or []:
                if el.get("type") != "button" or el.get("text", {}).get("type") != "plain_text":
                    problems.append("slack: action element is not a button with plain_text")
        else:
            problems.append(f"slack: unexpected block type {t}")
    return problems


def check_glip(body: dict[str, Any]) -> list[str]:
    """A Glip incoming webhook message with Card attachments."""
    problems = []
    attachments = body.get("attachments") or []
    if not attachments:
        return ["ringcentral: no attachments"]
    for card in attachments:
        if card.get("type") != "Card":
            problems.append("ringcentral: attachment type is not Card")
        if not card.get("title") and not card.get("text"):
            problems.append("ringcentral: card has neither title nor text")
        for f in card.get("fields") or []:
            if not f.get("title") or "value" not in f or f.get("style", "Short") not in ("Short", "Long"):
                problems.append("ringcentral: malformed field")
        if "titleUrl" in card and not str(card["titleUrl"]).startswith("http"):
            problems.append("ringcentral: titleUrl is not a URL")
    return problems


def _respond(fake: FakePushService | FakeWebhooks) -> loopback.Respond:
    def respond(method: str, path: str, headers: Any, raw: bytes) -> loopback.Reply:
        if method == "GET":  # /_stats: what a process running the fake received (benchmarks)
            stats = {
                "received": sum(fake.counts.values()),
                "distinct": len(fake.counts),
                "problems": fake.problems[:10],
            }
            return loopback.Reply(200, json.dumps(stats).encode(), {"Content-Type": "application/json"})
        answer = fake.handle(path, headers, raw)
        return loopback.Reply(answer.status, answer.body, answer.headers)

    return respond


def serve(fake: FakePushService | FakeWebhooks) -> ThreadingHTTPServer:
    """Start `fake` on a free loopback port (HTTP/1.1 keep-alive), in a daemon thread."""
    server = loopback.serve(_respond(fake))
    fake.port = int(server.server_address[1])
    return server


def asgi(fake: FakePushService | FakeWebhooks) -> Any:
    """The same fake as an ASGI app, for serving under uvicorn in a process of its own (benchmarks)."""
    return loopback.asgi(_respond(fake))
