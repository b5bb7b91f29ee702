"""Callbacks to the CRM: settings, Standard-Webhooks signatures checked by a loopback receiver,
retries through the delivery worker after an outage, nothing lost."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from tests.crm_receiver import Receiver, crm_receiver
from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.factories import Factory, OrgHandle
from tocsin.callbacks.models import CallbackSettings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock

APPROVAL = {"type": "quote", "id": "Q-7", "name": "Quote Q-7", "url": "https://crm.example.com/quotes/Q-7"}
ACTIONS = [
    {"id": "approve", "label": "Approve", "style": "primary"},
    {"id": "reject", "label": "Reject", "style": "danger"},
]


def _connect(org: OrgHandle, receiver: Receiver, events: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"url": receiver.url}
    if events is not None:
        body["events"] = events
    r = org.client.put("/v1/admin/callbacks", json=body, headers=org.headers)
    assert r.status_code == 200, r.text
    out: dict[str, Any] = r.json()
    receiver.secret = out["signing_secret"]
    return out


def test_settings_generate_a_secret_shown_once_and_encrypted_at_rest(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    r = org.client.put("/v1/admin/callbacks", json={"url": "https://crm.example.com/hooks"}, headers=org.headers)
    assert r.status_code == 200, r.text
    first = r.json()
    secret = first["signing_secret"]
    assert secret.startswith("whsec_") and len(secret) > 30
    assert first["events"] == [
        "delivery.sent",
        "delivery.delivered",
        "delivery.failed",
        "notification.read",
        "notification.action",
    ]
    got = org.client.get("/v1/admin/callbacks", headers=org.headers).json()
    assert got["signing_secret"] != secret and got["signing_secret"].endswith(secret[-4:])
    assert "****" in got["signing_secret"] and got["signing_secret_set"] is True
    # A masked value sent back keeps the stored secret; the answer does not reveal it.
    r = org.client.put(
        "/v1/admin/callbacks",
        json={"events": ["notification.action"], "signing_secret": got["signing_secret"]},
        headers=org.headers,
    )
    assert r.json()["signing_secret"] == got["signing_secret"] and r.json()["events"] == ["notification.action"]
    with ctx.sessions() as session:
        row = session.get(CallbackSettings, org.id)
        assert row is not None and secret not in row.signing_secret_enc
        assert ctx.box.decrypt(row.signing_secret_enc) == secret
        raw = session.execute(text("SELECT signing_secret_enc FROM callback_settings")).scalar_one()
        assert secret not in raw


def test_bad_settings_are_refused_naming_the_field_and_change_nothing(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    ctx.settings.outbound_allow_private = False  # the production rule for this test
    for body, field in [
        ({"url": "ftp://crm.example.com/x"}, "url"),
        ({"url": "http://127.0.0.1:8000/x"}, "url"),
        ({"url": "http://169.254.169.254/latest"}, "url"),
        ({"events": ["delivery.exploded"]}, "events"),
        ({"signing_secret": "not-a-whsec-secret"}, "signing_secret"),
        ({"signing_secret": "whsec_c2hvcnQ="}, "signing_secret"),
        ({"url": "https://crm.example.com", "surprise": 1}, "surprise"),
    ]:
        r = org.client.put("/v1/admin/callbacks", json=body, headers=org.headers)
        assert r.status_code == 422, (body, r.text)
        assert field in r.text, (body, r.text)
    assert org.client.get("/v1/admin/callbacks", headers=org.headers).json()["url"] is None
    with ctx.sessions() as session:
        assert session.scalars(select(CallbackSettings)).first() is None


def test_action_taken_reaches_the_crm_signed_and_verified(factory: Factory, ctx: AppContext, worker: Worker) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    org.put_user("sam", email="sam@example.com", display_name="Sam Reed")
    with crm_receiver() as receiver:
        _connect(org, receiver, ["notification.action", "notification.read"])
        org.event("approval_requested", actor="sam", entity=APPROVAL, data={"approvers": ["ann"]}, actions=ACTIONS)
        [note] = org.me("ann", "GET", "/notifications").json()["items"]
        assert note["actions"] == ACTIONS and note["acted_at"] is None
        r = org.me("ann", "POST", f"/notifications/{note['id']}/actions/approve")
        assert r.status_code == 200, r.text
        taken = r.json()
        assert taken["action"] == "approve" and taken["acted_at"] and taken["read_at"]
        # Nothing has left yet: the worker sends it.
        assert receiver.tries == 0
        while cycle(worker).claimed:
            pass
        [action] = receiver.of_type("notification.action")
        assert action["data"]["action"] == {"id": "approve", "label": "Approve"}
        assert action["data"]["recipient"] == "ann"
        assert action["data"]["notification_id"] == note["id"]
        assert action["data"]["entity"] == {"type": "quote", "id": "Q-7"}
        assert action["at"] and action["data"]["acted_at"]
        [read] = receiver.of_type("notification.read")
        assert read["data"]["notification_id"] == note["id"]
        headers = receiver.headers[0]
        assert headers["webhook-id"].startswith("msg_") and headers["webhook-signature"].startswith("v1,")
        assert receiver.refused == []
        # The callback is in the delivery log with its attempt, as any delivery.
        [row] = deliveries(ctx, channel="callback", event_type="notification.action")
        assert row.status == "sent" and len(attempts(ctx, row.id)) == 1
    # One decision per notification; an action not offered is unknown.
    r = org.me("ann", "POST", f"/notifications/{note['id']}/actions/reject")
    assert r.status_code == 409 and r.json()["error"]["code"] == "already_acted"
    r = org.me("ann", "POST", f"/notifications/{note['id']}/actions/escalate")
    assert r.status_code == 404


def test_a_wrong_secret_fails_verification_at_the_receiver(factory: Factory, worker: Worker) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    with crm_receiver() as receiver:
        _connect(org, receiver, ["notification.read"])
        receiver.secret = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODk="
        org.event("lead_assigned", entity={"type": "lead", "id": "1", "owner": "ann"})
        [note] = org.me("ann", "GET", "/notifications").json()["items"]
        org.me("ann", "POST", f"/notifications/{note['id']}/read")
        cycle(worker)
        assert receiver.verified == [] and receiver.refused


def test_callbacks_are_retried_after_an_outage_and_never_lost(
    factory: Factory, ctx: AppContext, worker: Worker, clock: FrozenClock
) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    with crm_receiver() as receiver:
        _connect(org, receiver, ["delivery.sent", "notification.read"])
        receiver.outage_status = 503
        org.event("lead_assigned", entity={"type": "lead", "id": "9", "name": "Acme", "owner": "ann"})
        [note] = org.me("ann", "GET", "/notifications").json()["items"]
        org.me("ann", "POST", f"/notifications/{note['id']}/read")
        cycle(worker)  # the email goes; the read callback meets the outage
        cycle(worker)  # the delivery.sent callback queued by the email meets it too
        rows = deliveries(ctx, channel="callback")
        assert {r.event_type for r in rows} == {"delivery.sent", "notification.read"}
        assert {r.status for r in rows} == {"deferred"}
        assert all("503" in (r.last_error or "") for r in rows)
        # The CRM is back; the retry schedule brings both.
        receiver.outage_status = None
        clock.advance(minutes=1, seconds=1)
        cycle(worker)
        assert {m["type"] for m in receiver.verified} == {"delivery.sent", "notification.read"}
        [sent] = receiver.of_type("delivery.sent")
        assert sent["data"]["channel"] == "email" and sent["data"]["recipient"] == "ann"
        assert sent["data"]["status"] == "sent" and sent["data"]["notification_id"] == note["id"]
        # Same webhook-id on each try of one callback: the receiver can drop repeats.
        assert all(len(attempts(ctx, r.id)) == 2 for r in deliveries(ctx, channel="callback"))
        assert {r.status for r in deliveries(ctx, channel="callback")} == {"sent"}


def test_a_callback_whose_worker_died_is_sent_by_the_next(
    factory: Factory, ctx: AppContext, clock: FrozenClock
) -> None:
    org = factory.org()
    org.put_user("ann")  # no email address: only the callback is due
    with crm_receiver() as receiver:
        _connect(org, receiver, ["notification.read"])
        org.event("lead_assigned", entity={"type": "lead", "id": "3", "owner": "ann"})
        [note] = org.me("ann", "GET", "/notifications").json()["items"]
        org.me("ann", "POST", f"/notifications/{note['id']}/read")
        # A worker claims it and dies before sending: its lease expires, another sends it.
        from tocsin.deliveries.worker import claim as claims

        dead = claims.claim(ctx, worker="dead-worker", specs=Worker(ctx).channels, limit=10)
        assert dead.claimed == 1
        clock.advance(seconds=ctx.settings.worker_lease_seconds + 1)
        cycle(Worker(ctx, worker_id="second"))
        [read] = receiver.of_type("notification.read")
        assert read["data"]["notification_id"] == note["id"]


def test_callbacks_stay_in_their_org_and_only_the_events_asked_for(
    factory: Factory, ctx: AppContext, worker: Worker
) -> None:
    acme, other = factory.org(), factory.org()
    for org in (acme, other):
        org.put_user("ann", email="ann@example.com")
    with crm_receiver() as receiver:
        _connect(acme, receiver, ["notification.action"])
        for org in (acme, other):
            org.event("lead_assigned", entity={"type": "lead", "id": "5", "owner": "ann"})
            [note] = org.me("ann", "GET", "/notifications").json()["items"]
            org.me("ann", "POST", f"/notifications/{note['id']}/read")
        while cycle(worker).claimed:
            pass
        assert receiver.tries == 0  # acme asked for actions only; the other org set no callbacks
        assert deliveries(ctx, channel="callback") == []
    # Another org's admin sees nothing of acme's settings.
    assert other.client.get("/v1/admin/callbacks", headers=other.headers).json()["url"] is None


def test_the_admin_log_lists_callbacks_with_their_errors(factory: Factory, worker: Worker) -> None:
    org = factory.org()
    org.put_user("ann")
    with crm_receiver() as receiver:
        _connect(org, receiver, ["notification.read"])
        receiver.outage_status = 500
        org.event("lead_assigned", entity={"type": "lead", "id": "4", "owner": "ann"})
        [note] = org.me("ann", "GET", "/notifications").json()["items"]
        org.me("ann", "POST", f"/notifications/{note['id']}/read")
        cycle(worker)
    r = org.client.get("/v1/admin/deliveries?channel=callback", headers=org.headers)
    assert r.status_code == 200, r.text
    [row] = r.json()["items"]
    assert row["channel"] == "callback" and row["event_type"] == "notification.read"
    assert row["status"] == "deferred" and "500" in row["last_error"] and row["attempts"] == 1
