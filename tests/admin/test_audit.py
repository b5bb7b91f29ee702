"""The audit log: every admin change through the API, with its actor, action, target and a diff
in which secrets never appear; keyset pages; nothing recorded for a refused change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tests.admin.conftest import admin_headers
from tests.deliveries.conftest import cycle
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.audit.models import AuditEntry
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

SHAPE = {"id", "at", "actor", "action", "target", "changes"}


def _log(org: OrgHandle, **params: Any) -> dict[str, Any]:
    r = org.client.get("/v1/admin/audit", params=params, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _ok(r: Any) -> Any:
    assert r.status_code in (200, 201), r.text
    return r.json()


def test_each_admin_change_is_recorded_with_secrets_masked(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    c, h = org.client, org.headers
    boss = admin_headers(org)
    _ok(c.put("/v1/admin/channels/email", headers=h, json={
        "provider": "smtp", "host": "smtp.example.com", "port": 587, "encryption": "starttls",
        "username": "mailer", "password": "hunter2-very-secret", "from_address": "crm@example.com",
    }))  # fmt: skip
    # Then the local relay (the loopback server), which takes no login: the password is cleared.
    _ok(c.put("/v1/admin/channels/email", headers=h, json={
        "host": sink.host, "port": sink.port, "encryption": "none", "username": None, "password": None,
    }))  # fmt: skip
    _ok(c.post("/v1/admin/channels/email/disable", headers=boss))
    _ok(c.post("/v1/admin/channels/email/enable", headers=boss))
    _ok(c.put("/v1/admin/routing", headers=h, json={"matrix": {"mention": {"email": {"on": False}}}}))
    _ok(c.put("/v1/admin/event-types/site_visit", headers=boss, json={"description": "A site visit"}))
    _ok(c.put("/v1/admin/templates/lead_assigned/email", headers=h, json={"subject": "New lead {{ entity.name }}"}))
    assert c.delete("/v1/admin/templates/lead_assigned/email", headers=h).status_code == 204
    _ok(c.put("/v1/admin/settings", headers=boss, json={"dnd": {"enabled": True, "start": "21:00", "end": "07:00"}}))
    # A refused change records nothing.
    assert c.put("/v1/admin/settings", headers=h, json={"retention_days": 0}).status_code == 422
    # A PUT that changes nothing records nothing either.
    _ok(c.put("/v1/admin/settings", headers=h, json={"retention_days": 90}))
    org.put_user("ann", email="ann@example.com")
    org.event("task_assigned", entity={"type": "task", "id": "T1", "name": "One", "owner": "ann"})
    sink.handler.refuse_rcpt = "550 5.1.1 unknown"
    cycle(worker)
    failed = c.get("/v1/admin/deliveries", params={"status": "failed"}, headers=h).json()["items"][0]
    _ok(c.post(f"/v1/admin/deliveries/{failed['id']}/retry", headers=boss))

    items = _log(org)["items"]
    assert all(set(i) == SHAPE for i in items)
    assert [(i["action"], i["target"]) for i in reversed(items)] == [
        ("channel.update", "channel:email"),
        ("channel.update", "channel:email"),
        ("channel.disable", "channel:email"),
        ("channel.enable", "channel:email"),
        ("routing.update", "routing"),
        ("event_type.create", "event_type:site_visit"),
        ("template.update", "template:lead_assigned/email/en"),
        ("template.revert", "template:lead_assigned/email/en"),
        ("settings.update", "settings"),
        ("delivery.retry", f"delivery:{failed['id']}"),
    ]
    by_action = {i["action"]: i for i in items}
    email, relay = items[-1], items[-2]
    assert email["actor"].startswith("api_key:")
    assert email["changes"]["password"] == [None, "(secret changed)"]
    assert email["changes"]["host"][1] == "smtp.example.com"
    assert relay["changes"]["password"] == ["(secret)", None]
    assert relay["changes"]["host"] == ["smtp.example.com", sink.host]
    assert by_action["channel.disable"]["actor"] == "user:boss"
    assert by_action["channel.disable"]["changes"] == {"enabled": [True, False]}
    # A cell sent without `overridable` is not overridable: the diff says so.
    assert by_action["routing.update"]["changes"] == {
        "mention.email.on": [True, False], "mention.email.overridable": [True, False],
    }  # fmt: skip
    assert by_action["settings.update"]["changes"] == {
        "dnd.enabled": [False, True], "dnd.start": ["20:00", "21:00"], "dnd.end": ["08:00", "07:00"],
    }  # fmt: skip
    assert by_action["template.update"]["changes"]["source"] == ["builtin", "custom"]
    assert by_action["template.revert"]["changes"]["source"] == ["custom", "builtin"]
    assert by_action["delivery.retry"]["changes"] == {"status": ["failed", "pending"]}
    assert items[0]["at"].endswith("Z")
    # The secret is nowhere in the stored log.
    with ctx.sessions() as session:
        stored = [e.changes for e in session.scalars(select(AuditEntry))]
    assert "hunter2" not in repr(stored)


def test_a_new_secret_over_an_old_one_shows_as_changed_and_a_mask_sent_back_does_not(factory: Factory) -> None:
    org = factory.org()
    c, h = org.client, org.headers
    base = {"provider": "smtp", "host": "smtp.example.com", "port": 587, "encryption": "starttls",
            "from_address": "crm@example.com"}  # fmt: skip
    _ok(c.put("/v1/admin/channels/email", headers=h, json={**base, "password": "one"}))
    _ok(c.put("/v1/admin/channels/email", headers=h, json={**base, "password": "two"}))
    masked = c.get("/v1/admin/channels/email", headers=h).json()["password"]
    _ok(c.put("/v1/admin/channels/email", headers=h, json={**base, "password": masked, "port": 2525}))
    _first, second, third = reversed(_log(org)["items"])
    assert second["changes"] == {"password": ["(secret)", "(secret changed)"]}
    assert third["changes"] == {"port": [587, 2525]}


def test_keyset_pages_and_filters(factory: Factory) -> None:
    org = factory.org()
    for n in range(5):
        _ok(org.client.put("/v1/admin/settings", headers=org.headers, json={"email_batch_size": 10 + n}))
    _ok(
        org.client.put("/v1/admin/routing", headers=org.headers, json={"matrix": {"mention": {"email": {"on": False}}}})
    )
    first = _log(org, limit=4)
    assert len(first["items"]) == 4 and first["next_cursor"]
    rest = _log(org, limit=4, cursor=first["next_cursor"])
    assert len(rest["items"]) == 2 and rest["next_cursor"] is None
    ids = [i["id"] for i in first["items"] + rest["items"]]
    assert ids == sorted(ids, reverse=True)
    assert [i["action"] for i in _log(org, action="routing.update")["items"]] == ["routing.update"]
    bad = org.client.get("/v1/admin/audit", params={"cursor": "nope"}, headers=org.headers)
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "cursor"


def test_bulk_retry_of_the_failed_deliveries_matching_a_filter(
    factory: Factory, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    for name in ("ann", "ben"):
        org.put_user(name, email=f"{name}@example.com")
    for n, owner in enumerate(("ann", "ann", "ben")):
        org.event("task_assigned", entity={"type": "task", "id": f"T{n}", "name": "x", "owner": owner})
    org.event("lead_assigned", entity={"type": "lead", "id": "L1", "name": "y", "owner": "ann"})
    sink.handler.refuse_rcpt = "550 5.1.1 unknown"
    cycle(worker)
    sink.handler.refuse_rcpt = None
    c, h = org.client, org.headers
    assert len(c.get("/v1/admin/deliveries", params={"status": "failed"}, headers=h).json()["items"]) == 4
    bad = c.post("/v1/admin/deliveries/retry", headers=h, json={"channel": "pigeon"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "channel"
    out = _ok(c.post("/v1/admin/deliveries/retry", headers=h, json={"event_type": "task_assigned", "user": "ann"}))
    assert out == {"retried": 2, "by_channel": {"email": 2}}
    cycle(worker)
    assert len(sink.messages) == 2
    left = c.get("/v1/admin/deliveries", params={"status": "failed"}, headers=h).json()["items"]
    assert sorted((d["event_type"], d["recipient"]) for d in left) == [
        ("lead_assigned", "ann"),
        ("task_assigned", "ben"),
    ]
    entry = _log(org, action="deliveries.retry")["items"][0]
    assert entry["changes"]["retried"] == [None, 2]


def test_channel_list_shows_state_held_count_and_form_fields(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    c, h = org.client, org.headers
    _ok(c.post("/v1/admin/channels/email/disable", headers=h))
    org.event("task_assigned", entity={"type": "task", "id": "T1", "name": "x", "owner": "ann"})
    channels = {ch["name"]: ch for ch in _ok(c.get("/v1/admin/channels", headers=h))}
    assert list(channels) == ["email", "sms", "whatsapp", "webpush", "webhook"]
    email = channels["email"]
    assert (email["admin"], email["configured"], email["enabled"], email["held"]) == (True, True, False, 1)
    assert email["secret_fields"] == ["password", "oauth_client_secret", "fallbacks"]
    assert email["test_fields"] == ["to"]
    assert channels["sms"]["admin"] is True and channels["sms"]["configured"] is False
    assert channels["webpush"]["admin"] is True and channels["webhook"]["admin"] is True
    enabled = _ok(c.post("/v1/admin/channels/email/enable", headers=h))
    assert enabled["released"] == 1
