"""Per-user webhooks through the worker to loopback receivers that validate the Teams Adaptive
Card, the Slack blocks, the Glip card and the Standard Webhooks signature (tests/push_fakes.py):
sent, retried, failed, a 410 URL removed (email from then on), held while disabled, the delivery
choice, and the address rule on saving and on sending; in-app untouched throughout."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.deliveries.push import assign, push_settings
from tests.factories import Factory, OrgHandle
from tests.push_fakes import Answer, FakeWebhooks
from tests.smtp import SmtpSink
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock
from tocsin.users.models import User


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink) -> Settings:
    return push_settings(base_settings, sink)


@pytest.fixture
def org(factory: Factory, hooks: FakeWebhooks) -> OrgHandle:
    org = factory.org()
    r = org.client.put("/v1/admin/channels/webhook", json={}, headers=org.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["configured"] and body["enabled"] and body["signing_secret_created"]
    hooks.signing_secret = body["signing_secret"]
    org.put_user("max", email="max@example.com")
    for kind in ("teams", "slack", "ringcentral", "generic"):
        org.put_user(
            f"u_{kind}",
            email=f"{kind}@example.com",
            webhook_url=hooks.url(kind, kind),
            webhook_kind=kind,
            delivery_choice="webhook",
        )
    return org


def _hooks(ctx: AppContext) -> list[Any]:
    return deliveries(ctx, channel="webhook")


def _in_app_untouched(org: OrgHandle, username: str) -> None:
    items = org.me(username, "GET", "/notifications").json()["items"]
    assert items and all(i["read_at"] is None for i in items)


def test_every_kind_sent_and_valid(org: OrgHandle, ctx: AppContext, worker: Worker, hooks: FakeWebhooks) -> None:
    for n, kind in enumerate(("teams", "slack", "ringcentral", "generic"), 1):
        answer = assign(org, f"u_{kind}", n)
        assert answer["deliveries"].get("webhook") == 1 and not answer["deliveries"].get("email")
    cycle(worker)
    assert hooks.problems == []
    got = {kind: body for kind, body, _ in hooks.received}
    assert set(got) == {"teams", "slack", "ringcentral", "generic"}
    card = got["teams"]["attachments"][0]["content"]
    assert card["actions"][0]["url"] == "https://crm.example.com/tasks/T1"
    assert any(b["type"] == "actions" for b in got["slack"]["blocks"])
    assert got["ringcentral"]["attachments"][0]["titleUrl"] == "https://crm.example.com/tasks/T3"
    generic = got["generic"]
    assert generic["type"] == "notification.created" and generic["data"]["url"] == "https://crm.example.com/tasks/T4"
    assert generic["data"]["entity"]["id"] == "T4" and generic["data"]["recipient"] == "u_generic"
    assert {d.status for d in _hooks(ctx)} == {"sent"}


def test_generic_signature_id_is_stable_across_retries(
    org: OrgHandle, ctx: AppContext, worker: Worker, hooks: FakeWebhooks, clock: FrozenClock
) -> None:
    hooks.answers.append(Answer(503))
    assign(org, "u_generic")
    cycle(worker)
    [d] = _hooks(ctx)
    assert d.status == "deferred" and "503" in (d.last_error or "")
    clock.advance(seconds=60)
    cycle(worker)
    [d] = _hooks(ctx)
    assert d.status == "sent" and [a.outcome for a in attempts(ctx, d.id)] == ["transient", "sent"]
    [(_, _, headers)] = hooks.received
    assert headers["webhook-id"] == f"msg_{d.id}"
    _in_app_untouched(org, "u_generic")


def test_permanent_failure(org: OrgHandle, ctx: AppContext, worker: Worker, hooks: FakeWebhooks) -> None:
    hooks.answers.append(Answer(404, b"no_service"))
    assign(org, "u_slack")
    cycle(worker)
    [d] = _hooks(ctx)
    assert d.status == "failed" and d.attempts == 1 and "404" in (d.last_error or "")
    _in_app_untouched(org, "u_slack")


def test_gone_url_is_removed_and_email_follows(
    org: OrgHandle, ctx: AppContext, worker: Worker, hooks: FakeWebhooks, sink: SmtpSink
) -> None:
    hooks.answers.append(Answer(410, b"channel_is_archived"))
    assign(org, "u_slack")
    cycle(worker)
    [d] = _hooks(ctx)
    assert d.status == "skipped" and "410" in (d.last_error or "")
    user = org.client.get("/v1/users/u_slack", headers=org.headers).json()
    assert user["webhook_url"] is None
    answer = assign(org, "u_slack", 2)  # chose webhook, has no URL now: email
    assert answer["deliveries"].get("email") == 1
    _in_app_untouched(org, "u_slack")


def test_disabled_holds_and_enable_releases(
    org: OrgHandle, ctx: AppContext, worker: Worker, hooks: FakeWebhooks
) -> None:
    assign(org, "u_teams", 1)
    assert org.client.post("/v1/admin/channels/webhook/disable", headers=org.headers).json()["enabled"] is False
    assign(org, "u_generic", 2)
    cycle(worker)
    assert {d.status for d in _hooks(ctx)} == {"held"} and hooks.received == []
    r = org.client.post("/v1/admin/channels/webhook/enable", headers=org.headers)
    assert r.json() == {"channel": "webhook", "configured": True, "enabled": True, "released": 2}
    cycle(worker)
    assert {d.status for d in _hooks(ctx)} == {"sent"} and len(hooks.received) == 2 and hooks.problems == []


def test_delivery_choice(org: OrgHandle) -> None:
    org.put_user("both", email="b@example.com", webhook_url="https://hooks.example.com/x", delivery_choice="both")
    org.put_user("none", email="n@example.com", webhook_url="https://hooks.example.com/y", delivery_choice="none")
    org.put_user("nourl", email="u@example.com", delivery_choice="webhook")
    assert assign(org, "both")["deliveries"] == {"email": 1, "webhook": 1}
    assert assign(org, "none", 2)["deliveries"] == {}
    assert assign(org, "nourl", 3)["deliveries"] == {"email": 1}
    manual = org.client.post(
        "/v1/notify",
        json={"actor": "max", "recipients": ["none"], "message": "Call me", "entity": {"type": "deal", "id": "D1"}},
        headers=org.headers,
    )
    if manual.status_code == 202:  # manual notify: email and webhook whatever the choice
        assert manual.json()["deliveries"] == {"email": 1, "webhook": 1}


def test_settings_secret_masked_and_encrypted(org: OrgHandle, ctx: AppContext, hooks: FakeWebhooks) -> None:
    r = org.client.get("/v1/admin/channels/webhook", headers=org.headers)
    assert r.json()["signing_secret"] == "whsec_********" and (hooks.signing_secret or "") not in r.text
    r = org.client.put("/v1/admin/channels/webhook", json={"signing_secret": "nope"}, headers=org.headers)
    assert r.status_code == 422 and "signing_secret" in r.text
    with ctx.sessions() as session:
        from sqlalchemy import select

        from tocsin.channels.models import ChannelConfig

        row = session.scalars(select(ChannelConfig).where(ChannelConfig.channel == "webhook")).one()
        assert (hooks.signing_secret or "x") not in (row.secrets_enc or "")


def test_admin_test_post(org: OrgHandle, hooks: FakeWebhooks) -> None:
    for kind in ("teams", "slack", "ringcentral", "generic"):
        r = org.client.post(
            "/v1/admin/channels/webhook/test", json={"url": hooks.url(kind, "t"), "kind": kind}, headers=org.headers
        )
        assert r.status_code == 200 and r.json()["ok"] is True, r.text
    assert hooks.problems == [] and len(hooks.received) == 4


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8080/hook",
        "http://localhost/hook",
    ],
)
def test_private_urls_refused_when_saved(factory: Factory, ctx: AppContext, url: str) -> None:
    ctx.settings = ctx.settings.model_copy(update={"outbound_allow_private": False})
    org = factory.org()
    r = org.client.put("/v1/users/jane", json={"webhook_url": url}, headers=org.headers)
    assert r.status_code == 422 and "webhook_url" in r.text
    assert org.client.get("/v1/users/jane", headers=org.headers).status_code == 404  # nothing changed
    org.client.put("/v1/admin/channels/webhook", json={}, headers=org.headers)
    r = org.client.post("/v1/admin/channels/webhook/test", json={"url": url}, headers=org.headers)
    assert r.status_code == 422 and "url" in r.text


def test_private_url_refused_when_sent(org: OrgHandle, ctx: AppContext, worker: Worker, hooks: FakeWebhooks) -> None:
    # The URL passed when it was saved (its name resolved elsewhere then); at send time it is a
    # loopback address and the rule is on: a permanent failure, nothing reaches the receiver.
    ctx.settings = ctx.settings.model_copy(update={"outbound_allow_private": False})
    with ctx.sessions() as session:
        session.execute(
            update(User)
            .where(User.username == "u_generic")
            .values(webhook_url_enc=ctx.box.encrypt(hooks.url("generic")))
        )
        session.commit()
    assign(org, "u_generic")
    Worker(ctx, worker_id="strict")
    cycle(Worker(ctx, worker_id="strict"))
    [d] = _hooks(ctx)
    assert d.status == "failed" and "refused" in (d.last_error or "") and hooks.received == []
    assert "127.0.0.1" not in (d.last_error or "")
    _in_app_untouched(org, "u_generic")
