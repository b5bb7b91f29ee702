"""Failover between an org's email providers: SMTP first, then Resend (loopback servers both),
each attempt logged with its provider; the circuit breaker that skips a failing provider for a
cool-down (the frozen clock moves it); a bad address that fails without trying the next one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

from tests.deliveries.conftest import cycle, deliveries
from tests.deliveries.test_resend import API_KEY, FakeResend, _handler
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.config import Settings
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock


@pytest.fixture
def resend() -> Iterator[FakeResend]:
    """The loopback Resend API of tests/deliveries/test_resend.py."""
    state = FakeResend()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def settings(base_settings: Settings, resend: FakeResend) -> Settings:
    return base_settings.model_copy(
        update={
            "resend_base_url": f"http://127.0.0.1:{resend.port}",
            "send_timeout_seconds": 5.0,
            "provider_breaker_failures": 2,
            "provider_breaker_cooldown_seconds": 60.0,
            "smtp_connections": 1,  # one lane: the tries go one after another, in order
        }
    )


def _smtp_then_resend(org: OrgHandle, relay: SmtpSink) -> dict[str, Any]:
    r = org.client.put(
        "/v1/admin/channels/email",
        json={
            "provider": "smtp",
            "host": relay.host,
            "port": relay.port,
            "encryption": "none",
            "from_address": "crm@acme.example",
            "fallbacks": [{"provider": "resend", "password": API_KEY}],
        },
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _event(org: OrgHandle, n: int = 1) -> None:
    for i in range(n):
        org.event(
            "lead_assigned", actor="bob", entity={"type": "lead", "id": f"L-{i}", "name": "Lead", "owner": "jane"}
        )


def _log(org: OrgHandle, delivery_id: int) -> list[tuple[int, str, str | None]]:
    r = org.client.get(f"/v1/admin/deliveries/{delivery_id}", headers=org.headers)
    assert r.status_code == 200, r.text
    return [(a["attempt_no"], a["outcome"], a["provider"]) for a in r.json()["attempts_log"]]


def _providers(org: OrgHandle) -> list[tuple[str, str]]:
    r = org.client.get("/v1/admin/channels/email", headers=org.headers)
    assert r.status_code == 200, r.text
    return [(p["provider"], p["state"]) for p in r.json()["providers"]]


@pytest.fixture
def org(factory: Factory) -> OrgHandle:
    org = factory.org("acme")
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    return org


def test_smtp_down_resend_sends_and_each_attempt_names_its_provider(
    org: OrgHandle,
    worker: Worker,
    resend: FakeResend,
    smtp_sink: Any,
) -> None:
    relay = SmtpSink()  # never started: nothing listens on its port
    body = _smtp_then_resend(org, relay)
    [fallback] = body["fallbacks"]
    assert (fallback["provider"], fallback["password"], fallback["host"]) == ("resend", "********", None)
    assert API_KEY not in str(body)
    _event(org)

    report = cycle(worker)

    assert report.sent == 1
    [request] = resend.requests
    assert request["body"]["to"] == ["jane@example.com"]
    [d] = deliveries(org_ctx := worker.ctx)
    assert d.status == "sent" and d.attempts == 1 and org_ctx is worker.ctx
    assert _log(org, d.id) == [(1, "transient", "smtp"), (1, "sent", "resend")]


def test_a_bad_address_does_not_fail_over(
    org: OrgHandle,
    worker: Worker,
    resend: FakeResend,
    smtp_sink: Any,
) -> None:
    relay = smtp_sink()
    relay.handler.refuse_rcpt = "550 5.1.1 <{}>: unknown mailbox"
    _smtp_then_resend(org, relay)
    _event(org)

    report = cycle(worker)

    assert report.failed == 1 and resend.requests == []
    [d] = deliveries(worker.ctx)
    assert d.status == "failed"
    assert _log(org, d.id) == [(1, "permanent", "smtp")]
    assert _providers(org) == [("smtp", "closed"), ("resend", "closed")]  # a bad address is no provider's fault


def test_the_breaker_opens_after_repeated_failures_and_closes_after_the_cool_down(
    org: OrgHandle,
    worker: Worker,
    resend: FakeResend,
    clock: FrozenClock,
) -> None:
    relay = SmtpSink()  # down for now
    _smtp_then_resend(org, relay)
    _event(org, 3)

    assert cycle(worker).sent == 3

    first, second, third = deliveries(worker.ctx)
    assert _log(org, first.id) == [(1, "transient", "smtp"), (1, "sent", "resend")]
    assert _log(org, second.id) == [(1, "transient", "smtp"), (1, "sent", "resend")]
    assert _log(org, third.id) == [(1, "sent", "resend")]  # SMTP skipped: its breaker is open
    assert _providers(org) == [("smtp", "open"), ("resend", "closed")]

    clock.advance(seconds=30)
    _event(org)
    cycle(worker)
    assert _log(org, deliveries(worker.ctx)[-1].id) == [(1, "sent", "resend")]  # still cooling down

    relay.up()
    try:
        clock.advance(seconds=31)
        assert _providers(org) == [("smtp", "half_open"), ("resend", "closed")]
        _event(org)
        assert cycle(worker).sent == 1
        assert _log(org, deliveries(worker.ctx)[-1].id) == [(1, "sent", "smtp")]  # the probe went through
        assert _providers(org) == [("smtp", "closed"), ("resend", "closed")]
        assert len(relay.messages) == 1 and len(resend.requests) == 4
    finally:
        relay.down()


def test_fallback_settings_are_checked_and_a_masked_key_is_kept(org: OrgHandle, smtp_sink: Any) -> None:
    relay = smtp_sink()
    _smtp_then_resend(org, relay)
    r = org.client.put("/v1/admin/channels/email", json={"fallbacks": [{"provider": "smtp"}]}, headers=org.headers)
    assert r.status_code == 422 and "fallbacks.0.host" in r.text
    r = org.client.put("/v1/admin/channels/email", json={"fallbacks": [{"provider": "resend"}]}, headers=org.headers)
    assert r.status_code == 422 and "fallbacks.0.password" in r.text
    r = org.client.put(
        "/v1/admin/channels/email",
        json={"fallbacks": [{"provider": "resend", "password": "********"}]},
        headers=org.headers,
    )
    assert r.status_code == 200 and r.json()["fallbacks"][0]["password"] == "********"
    assert _providers(org) == [("smtp", "closed"), ("resend", "closed")]
