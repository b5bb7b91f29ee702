"""Fixtures shared by the Web Push and webhook delivery tests: loopback receivers and settings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.factories import OrgHandle
from tests.push_fakes import FakePushService, FakeWebhooks, serve
from tests.smtp import SmtpSink, email_through
from tocsin.config import Settings

PUBLIC_URL = "http://testserver"


@pytest.fixture
def push() -> Iterator[FakePushService]:
    fake = FakePushService()
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def hooks() -> Iterator[FakeWebhooks]:
    fake = FakeWebhooks()
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()


def push_settings(base: Settings, sink: SmtpSink) -> Settings:
    # The receivers listen on loopback: the address rule is lifted here, and its refusals are
    # tested with it on (tests/channels/test_outbound.py and the SSRF tests below).
    return email_through(sink, base, public_url=PUBLIC_URL, outbound_allow_private=True)


def configure_webpush(org: OrgHandle, push: FakePushService) -> dict[str, Any]:
    r = org.client.put("/v1/admin/channels/webpush", json={"subject": "mailto:ops@example.com"}, headers=org.headers)
    assert r.status_code == 200, r.text
    r = org.client.post("/v1/admin/channels/webpush/vapid", headers=org.headers)
    assert r.status_code == 200, r.text
    push.vapid_public_key = r.json()["public_key"]
    return r.json()  # type: ignore[no-any-return]


def subscribe(org: OrgHandle, push: FakePushService, username: str, browser: str, expect: int = 201) -> None:
    sub = push.browser(browser).subscription(push.base)
    r = org.me(username, "POST", "/push-subscriptions", json={**sub, "expirationTime": None})
    assert r.status_code == expect, r.text


def assign(org: OrgHandle, owner: str, n: int = 1, *, urgent: bool = False, type_: str = "task_assigned") -> Any:
    return org.event(
        type_,
        actor="max",
        urgent=urgent,
        entity={
            "type": "task",
            "id": f"T{n}",
            "name": f"Call Acme {n}",
            "url": f"https://crm.example.com/tasks/T{n}",
            "owner": owner,
        },
    )
