"""SMS through the worker to a loopback Twilio that checks every request (tests/phone_fakes.py):
sent with Twilio's message sid and segment count recorded, retried on 503 and 429 (Retry-After
honoured), failed at once on Twilio's permanent codes, held while disabled, capped per day, and
moved on by signed status callbacks; the in-app notification is untouched by any of it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.deliveries.phone import ACCOUNT_SID, AUTH_TOKEN, FROM, PUBLIC_URL, configure_sms, phone_settings, won
from tests.factories import Factory, OrgHandle
from tests.phone_fakes import Answer, FakeTwilio, FakeWhatsApp
from tests.smtp import SmtpSink
from tocsin.channels.sms.twilio import signature
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink, twilio: FakeTwilio, whatsapp: FakeWhatsApp) -> Settings:
    return phone_settings(base_settings, sink, twilio, whatsapp)


@pytest.fixture
def org(factory: Factory) -> OrgHandle:
    org = factory.org()
    org.put_user("jane", display_name="Jane Smith", email="jane@example.com", phone="+44 7911 123456")
    org.put_user("bob", display_name="Bob Jones", email="bob@example.com", phone="+14155550199")
    org.put_user("alex", email="alex@example.com")
    configure_sms(org)
    return org


def _sms(ctx: AppContext) -> list[Any]:
    return deliveries(ctx, channel="sms")


def _in_app_untouched(org: OrgHandle, username: str) -> None:
    items = org.me(username, "GET", "/notifications").json()["items"]
    assert items and items[0]["read_at"] is None and "$12,500" in items[0]["body"]


def test_sent_with_message_sid_segments_and_redacted_text(
    org: OrgHandle,
    ctx: AppContext,
    worker: Worker,
    twilio: FakeTwilio,
) -> None:
    answer = won(org, "jane")
    assert answer["deliveries"]["sms"] == 1

    report = cycle(worker)
    assert report.sent == 2  # the SMS and the email
    assert twilio.problems == []
    [form] = twilio.requests
    assert form["To"] == "+447911123456" and form["From"] == FROM
    assert form["StatusCallback"] == f"{PUBLIC_URL}/v1/providers/twilio/{org.slug}/status"
    assert form["Body"] == "Deal won: Acme renewal 1 https://crm.example.com/deals/D1"
    assert "12,500" not in form["Body"]  # amounts stay off lock screens by default
    [sms] = _sms(ctx)
    assert sms.status == "sent" and sms.provider_message_id.startswith("SM") and sms.parts == 1
    _in_app_untouched(org, "jane")  # ... and in-app keeps them

    log = org.client.get("/v1/admin/deliveries", params={"channel": "sms"}, headers=org.headers).json()
    assert log["items"][0]["parts"] == 1 and log["items"][0]["provider_message_id"] == sms.provider_message_id


def test_an_admin_marks_what_is_sensitive(org: OrgHandle, ctx: AppContext, worker: Worker, twilio: FakeTwilio) -> None:
    r = org.client.put(
        "/v1/admin/event-types/deal_closed_won", json={"sensitive_fields": ["stage"]}, headers=org.headers
    )
    assert r.status_code == 200 and r.json()["sensitive_fields"] == ["stage"]
    r = org.client.put(
        "/v1/admin/templates/deal_closed_won/sms",
        json={"body": "{{ title }} {{ data.amount }} {{ data.stage }} / {{ body }}"},
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    won(org, "jane")
    cycle(worker)
    [form] = twilio.requests
    assert form["Body"] == "Deal won: Acme renewal 1 $12,500  / Acme renewal 1 was closed won ($12,500)."


def test_transient_then_sent_and_retry_after_honoured(
    org: OrgHandle,
    ctx: AppContext,
    worker: Worker,
    twilio: FakeTwilio,
    clock: FrozenClock,
) -> None:
    twilio.answers.append(Answer(503, {"code": 20500, "message": "Internal Server Error", "status": 503}))
    won(org, "jane")
    cycle(worker)
    [sms] = _sms(ctx)
    assert sms.status == "deferred" and "Twilio 20500" in (sms.last_error or "")
    assert sms.next_attempt_at == clock.now() + timedelta(seconds=60)

    clock.advance(seconds=60)
    twilio.answers.append(
        Answer(429, {"code": 20429, "message": "Too Many Requests", "status": 429}, {"Retry-After": "600"})
    )
    cycle(worker)
    [sms] = _sms(ctx)
    assert sms.status == "deferred" and sms.next_attempt_at == clock.now() + timedelta(seconds=600)

    clock.advance(seconds=300)  # the schedule's 5 minutes are not enough: Twilio asked for 10
    assert cycle(worker).claimed == 0
    clock.advance(seconds=300)
    cycle(worker)
    [sms] = _sms(ctx)
    assert sms.status == "sent" and sms.attempts == 3 and sms.provider_message_id
    assert [a.outcome for a in attempts(ctx, sms.id)] == ["transient", "transient", "sent"]


@pytest.mark.parametrize(
    ("number", "code"), [("+15005550001", 21211), ("+15005550009", 21614), ("+15005550004", 21610)]
)
def test_permanent_failure_at_once(
    org: OrgHandle,
    ctx: AppContext,
    worker: Worker,
    twilio: FakeTwilio,
    number: str,
    code: int,
) -> None:
    org.put_user("jane", phone=number)
    won(org, "jane")
    cycle(worker)
    [sms] = _sms(ctx)
    assert sms.status == "failed" and sms.attempts == 1
    assert (sms.last_error or "").startswith(f"Twilio {code}:")
    assert number not in (sms.last_error or "")  # the echoed number is masked in the log
    _in_app_untouched(org, "jane")


def test_region_not_enabled_is_permanent(org: OrgHandle, ctx: AppContext, worker: Worker, twilio: FakeTwilio) -> None:
    twilio.answers.append(Answer(400, {"code": 21408, "message": "Permission to send an SMS has not been enabled"}))
    won(org, "jane")
    cycle(worker)
    assert [(d.status, d.attempts) for d in _sms(ctx)] == [("failed", 1)]


def test_disabled_holds_and_enable_releases(
    org: OrgHandle,
    ctx: AppContext,
    worker: Worker,
    twilio: FakeTwilio,
) -> None:
    won(org, "jane", 1)  # due before the admin disables SMS
    r = org.client.post("/v1/admin/channels/sms/disable", headers=org.headers)
    assert r.status_code == 200 and r.json()["enabled"] is False
    won(org, "bob", 2)  # planned while disabled
    cycle(worker)
    assert {d.status for d in _sms(ctx)} == {"held"} and twilio.requests == []

    r = org.client.post("/v1/admin/channels/sms/enable", headers=org.headers)
    assert r.json() == {"channel": "sms", "configured": True, "enabled": True, "released": 2}
    cycle(worker)
    assert {d.status for d in _sms(ctx)} == {"sent"}
    assert sorted(f["To"] for f in twilio.requests) == ["+14155550199", "+447911123456"]


def test_daily_cap_in_the_orgs_day(
    org: OrgHandle,
    ctx: AppContext,
    worker: Worker,
    twilio: FakeTwilio,
    clock: FrozenClock,
) -> None:
    # 09:00 UTC is 20:00 in Sydney: the org's day ends four hours from now.
    r = org.client.put("/v1/admin/settings", json={"dnd": {"timezone": "Australia/Sydney"}}, headers=org.headers)
    assert r.status_code == 200, r.text
    configure_sms(org, daily_cap=2)
    for n in range(3):
        won(org, "jane", n)
    cycle(worker)
    statuses = sorted((d.status, d.last_error) for d in _sms(ctx))
    assert statuses == [("failed", "daily_cap_reached"), ("sent", None), ("sent", None)]
    assert len(twilio.requests) == 2
    failed = org.client.get("/v1/admin/deliveries", params={"status": "failed"}, headers=org.headers).json()
    assert [(d["channel"], d["last_error"]) for d in failed["items"]] == [("sms", "daily_cap_reached")]
    _in_app_untouched(org, "jane")

    clock.advance(hours=3, minutes=59)  # 23:59 in Sydney: still today
    won(org, "jane", 4)
    cycle(worker)
    assert len(twilio.requests) == 2
    clock.advance(minutes=1)  # midnight in Sydney: a new day
    won(org, "jane", 5)
    cycle(worker)
    assert len(twilio.requests) == 3


def _callback(org: OrgHandle, params: dict[str, str], *, token: str = AUTH_TOKEN) -> Any:
    url = f"{PUBLIC_URL}/v1/providers/twilio/{org.slug}/status"
    return org.client.post(
        f"/v1/providers/twilio/{org.slug}/status",
        data=params,
        headers={"X-Twilio-Signature": signature(url, params, token)},
    )


def test_status_callbacks_with_good_and_bad_signatures(
    org: OrgHandle,
    ctx: AppContext,
    worker: Worker,
    twilio: FakeTwilio,
) -> None:
    won(org, "jane", 1)
    won(org, "bob", 2)
    cycle(worker)
    by_user = {d.user_id: d for d in _sms(ctx)}
    first, second = sorted(by_user.values(), key=lambda d: d.id)
    base = {"AccountSid": ACCOUNT_SID, "From": FROM, "ApiVersion": "2010-04-01"}

    forged = {**base, "MessageSid": first.provider_message_id, "MessageStatus": "delivered"}
    r = _callback(org, forged, token="not-the-token")
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    r = org.client.post(f"/v1/providers/twilio/{org.slug}/status", data=forged)  # unsigned
    assert r.status_code == 403
    assert {d.status for d in _sms(ctx)} == {"sent"}  # nothing changed

    sent = {**base, "MessageSid": first.provider_message_id, "MessageStatus": "sent"}
    assert _callback(org, sent).json() == {"updated": 0}
    delivered = {**base, "MessageSid": first.provider_message_id, "MessageStatus": "delivered"}
    assert _callback(org, delivered).json() == {"updated": 1}
    failed = {**base, "MessageSid": second.provider_message_id, "MessageStatus": "undelivered", "ErrorCode": "30003"}
    assert _callback(org, failed).json() == {"updated": 1}
    assert _callback(org, failed).json() == {"updated": 0}  # a repeat changes nothing

    after = {d.id: d for d in _sms(ctx)}
    assert after[first.id].status == "delivered"
    assert (after[second.id].status, after[second.id].last_error) == ("undelivered", "Twilio 30003: undelivered")
    log = org.client.get("/v1/admin/deliveries", params={"status": "undelivered"}, headers=org.headers).json()
    assert [d["id"] for d in log["items"]] == [second.id]
