"""Web Push through the worker to a loopback push service that checks the VAPID JWT (aud, exp,
sub, ES256 signature with the org's public key) and decrypts each payload with the browser's
private key (tests/push_fakes.py): sent, retried, failed, expired subscriptions removed, held
while disabled, the address rule when saving an endpoint; in-app untouched throughout."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.deliveries.push import assign, configure_webpush, push_settings, subscribe
from tests.factories import Factory, OrgHandle
from tests.push_fakes import Answer, FakePushService
from tests.smtp import SmtpSink
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock
from tocsin.users.models import PushSubscription, User


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink, push: FakePushService) -> Settings:
    return push_settings(base_settings, sink)


@pytest.fixture
def org(factory: Factory, push: FakePushService) -> OrgHandle:
    org = factory.org()
    org.put_user("jane", display_name="Jane Smith", email="jane@example.com")
    org.put_user("max", email="max@example.com", roles=["admin"])
    configure_webpush(org, push)
    subscribe(org, push, "jane", "jane-chrome")
    return org


def _push(ctx: AppContext) -> list[Any]:
    return deliveries(ctx, channel="webpush")


def _in_app_untouched(org: OrgHandle) -> None:
    items = org.me("jane", "GET", "/notifications").json()["items"]
    assert items and all(i["read_at"] is None for i in items)


def test_sent_encrypted_and_signed(org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService) -> None:
    answer = assign(org, "jane")
    assert answer["deliveries"]["webpush"] == 1
    cycle(worker)
    assert push.problems == []
    [message] = push.received
    assert message["title"] == "Task assigned: Call Acme 1" or "Call Acme 1" in message["title"]
    assert message["url"] == "https://crm.example.com/tasks/T1"
    note = org.me("jane", "GET", "/notifications").json()["items"][0]
    assert message["notification_id"] == note["id"] and message["server"] == "http://testserver"
    [headers] = push.headers
    assert headers["Urgency"] == "normal" and headers["TTL"] == "86400"
    [d] = _push(ctx)
    assert d.status == "sent" and d.provider_message_id and d.provider_message_id.startswith(push.base)
    _in_app_untouched(org)


def test_urgent_is_high_and_every_browser_gets_it(
    org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService
) -> None:
    subscribe(org, push, "jane", "jane-firefox")
    subscribe(org, push, "jane", "jane-chrome", expect=200)  # the same browser again: no duplicate
    assign(org, "jane", urgent=True)
    cycle(worker)
    assert push.problems == []
    assert sorted(m["browser"] for m in push.received) == ["jane-chrome", "jane-firefox"]
    assert {h["Urgency"] for h in push.headers} == {"high"}
    assert [d.status for d in _push(ctx)] == ["sent"]


def test_transient_then_sent(
    org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService, clock: FrozenClock
) -> None:
    push.answers.append(Answer(503))
    assign(org, "jane")
    cycle(worker)
    [d] = _push(ctx)
    assert d.status == "deferred" and "503" in (d.last_error or "")
    clock.advance(seconds=60)
    push.answers.append(Answer(429, headers={"Retry-After": "120"}))
    cycle(worker)
    [d] = _push(ctx)
    assert d.status == "deferred" and d.next_attempt_at == clock.now() + timedelta(seconds=300)
    clock.advance(seconds=300)
    cycle(worker)
    [d] = _push(ctx)
    assert d.status == "sent" and d.attempts == 3
    assert [a.outcome for a in attempts(ctx, d.id)] == ["transient", "transient", "sent"]
    _in_app_untouched(org)


def test_permanent_failure(org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService) -> None:
    push.answers.append(Answer(403))  # e.g. a VAPID key the push service does not accept
    assign(org, "jane")
    cycle(worker)
    [d] = _push(ctx)
    assert d.status == "failed" and d.attempts == 1 and "403" in (d.last_error or "")
    assert "127.0.0.1" not in (d.last_error or "")  # the endpoint is not in the log
    _in_app_untouched(org)


def test_gone_subscription_is_removed_and_the_delivery_skipped(
    org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService
) -> None:
    push.gone.add("jane-chrome")
    assign(org, "jane")
    cycle(worker)
    [d] = _push(ctx)
    assert d.status == "skipped" and "expired" in (d.last_error or "")
    with ctx.sessions() as session:
        assert session.scalars(select(PushSubscription)).all() == []
        assert session.scalars(select(User.has_webpush).where(User.username == "jane")).one() is False
    assign(org, "jane", 2)  # nothing to push to any more: skipped at planning, with the reason
    cycle(worker)
    assert [d.status for d in _push(ctx)] == ["skipped", "skipped"]
    _in_app_untouched(org)


def test_one_gone_browser_of_two(org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService) -> None:
    subscribe(org, push, "jane", "jane-firefox")
    push.gone.add("jane-chrome")
    assign(org, "jane")
    cycle(worker)
    [d] = _push(ctx)
    assert d.status == "sent" and [m["browser"] for m in push.received] == ["jane-firefox"]
    with ctx.sessions() as session:
        assert len(session.scalars(select(PushSubscription)).all()) == 1


def test_disabled_holds_and_enable_releases(
    org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService
) -> None:
    assign(org, "jane", 1)
    r = org.client.post("/v1/admin/channels/webpush/disable", headers=org.headers)
    assert r.status_code == 200 and r.json()["enabled"] is False
    assign(org, "jane", 2)
    cycle(worker)
    assert {d.status for d in _push(ctx)} == {"held"} and push.received == []
    r = org.client.post("/v1/admin/channels/webpush/enable", headers=org.headers)
    assert r.json() == {"channel": "webpush", "configured": True, "enabled": True, "released": 2}
    cycle(worker)
    assert {d.status for d in _push(ctx)} == {"sent"} and len(push.received) == 2


def test_settings_public_key_and_regeneration(org: OrgHandle, ctx: AppContext, push: FakePushService) -> None:
    r = org.client.get("/v1/admin/channels/webpush", headers=org.headers)
    body = r.json()
    assert body["configured"] is True and body["enabled"] is True and body["subscriptions"] == 1
    assert body["public_key"] == push.vapid_public_key and "private" not in r.text
    with ctx.sessions() as session:
        from tocsin.channels.models import ChannelConfig

        row = session.scalars(select(ChannelConfig).where(ChannelConfig.channel == "webpush")).one()
        assert "private" not in str(row.config) and row.secrets_enc and "vapid" not in row.secrets_enc
    r = org.client.get("/v1/webpush/public-key", params={"org": org.slug})
    assert r.status_code == 200 and r.json() == {"public_key": push.vapid_public_key}
    assert org.client.get("/v1/webpush/public-key", params={"org": "nope"}).status_code == 404

    r = org.client.post("/v1/admin/channels/webpush/vapid", headers=org.headers)
    again = r.json()
    assert (
        again["replaced"] is True and again["subscriptions_invalidated"] == 1 and "subscribe again" in again["warning"]
    )
    assert again["public_key"] != push.vapid_public_key


def test_bad_settings_and_subscriptions_are_422(org: OrgHandle) -> None:
    r = org.client.put("/v1/admin/channels/webpush", json={"subject": "ops@example.com"}, headers=org.headers)
    assert r.status_code == 422 and "subject" in r.text
    r = org.me("jane", "POST", "/push-subscriptions", json={"endpoint": "https://push.example.com/x", "keys": {}})
    assert r.status_code == 422 and "keys" in r.text
    bad_key = {"p256dh": "A" * 87, "auth": "AAAAAAAAAAAAAAAAAAAAAA"}
    r = org.me("jane", "POST", "/push-subscriptions", json={"endpoint": "https://push.example.com/x", "keys": bad_key})
    assert r.status_code == 422 and "p256dh" in r.text


def test_unsubscribe_is_own_only(factory: Factory, org: OrgHandle, push: FakePushService) -> None:
    endpoint = push.browsers["jane-chrome"].subscription(push.base)["endpoint"]
    other = factory.org()
    other.put_user("jane", email="jane@other.example.com")
    r = other.me("jane", "DELETE", "/push-subscriptions", json={"endpoint": endpoint})
    assert r.status_code == 404
    r = org.me("max", "DELETE", "/push-subscriptions", json={"endpoint": endpoint})
    assert r.status_code == 404
    r = org.me("jane", "DELETE", "/push-subscriptions", json={"endpoint": endpoint})
    assert r.status_code == 204


def test_admin_test_push(org: OrgHandle, push: FakePushService) -> None:
    subscribe(org, push, "max", "max-edge")
    r = org.client.post("/v1/admin/channels/webpush/test", json={"username": "max"}, headers=org.headers)
    assert r.status_code == 200, r.text
    assert r.json()["ok"] is True and r.json()["browsers"] == 1
    assert [m["browser"] for m in push.received] == ["max-edge"] and push.problems == []
    r = org.client.post("/v1/admin/channels/webpush/test", json={"username": "nobody"}, headers=org.headers)
    assert r.status_code == 404


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://127.0.0.1/push/x",
        "https://10.1.2.3/push/x",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/push/x",
        "https://localhost/push/x",
    ],
)
def test_private_endpoints_refused_with_the_rule_on(
    factory: Factory, ctx: AppContext, push: FakePushService, endpoint: str
) -> None:
    ctx.settings = ctx.settings.model_copy(update={"outbound_allow_private": False})
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    sub = push.browser("x").subscription(push.base)
    r = org.me("jane", "POST", "/push-subscriptions", json={**sub, "endpoint": endpoint})
    assert r.status_code == 422 and "endpoint" in r.text, r.text


def test_private_endpoint_refused_when_sent(
    org: OrgHandle, ctx: AppContext, worker: Worker, push: FakePushService
) -> None:
    # The endpoint was accepted when saved; at send time it is a loopback address and the rule is
    # on: a permanent failure, nothing reaches the push service, in-app untouched.
    ctx.settings = ctx.settings.model_copy(update={"outbound_allow_private": False})
    assign(org, "jane")
    cycle(Worker(ctx, worker_id="strict"))
    [d] = _push(ctx)
    assert d.status == "failed" and "refused" in (d.last_error or "") and push.received == []
    assert "127.0.0.1" not in (d.last_error or "")
    _in_app_untouched(org)


def test_unconfigured_until_the_key_pair_exists(factory: Factory) -> None:
    org = factory.org()
    r = org.client.put(
        "/v1/admin/channels/webpush", json={"subject": "https://crm.example.com/contact"}, headers=org.headers
    )
    assert r.status_code == 200 and r.json()["configured"] is False and r.json()["enabled"] is False
    r = org.client.put("/v1/admin/channels/webpush", json={"enabled": True}, headers=org.headers)
    assert r.status_code == 422 and "enabled" in r.text
    assert org.client.get("/v1/webpush/public-key", params={"org": org.slug}).status_code == 404
    org.put_user("jane", email="jane@example.com")
    assert assign(org, "jane")["deliveries"].get("webpush") is None  # an unconfigured channel plans nothing
    r = org.client.post("/v1/admin/channels/webpush/vapid", headers=org.headers)
    assert r.status_code == 200 and r.json()["replaced"] is False and r.json()["warning"] is None
    body = org.client.get("/v1/admin/channels/webpush", headers=org.headers).json()
    assert body["configured"] is True and body["enabled"] is True
