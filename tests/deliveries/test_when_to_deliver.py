"""When deliveries leave, end to end with the frozen clock, a real SMTP sink and the real worker
and scheduler: quiet hours (deferred to the window's end in the user's timezone, silent in-app),
urgent bypass, re-timing when the window changes, unread escalation (send, cancel by a read,
the manager's copy), digests and read-before-sent."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from tests.deliveries.conftest import cycle
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock
from tocsin.schedule.runner import Scheduler

NY = ZoneInfo("America/New_York")
NIGHT = {"enabled": True, "start": "20:00", "end": "08:00", "days": list(range(7)), "timezone": "UTC"}
LEAD = {"type": "lead", "id": "42", "name": "Acme", "url": "https://crm.example.com/leads/42", "owner": "jane"}


def settings(org: OrgHandle, **body: Any) -> dict[str, Any]:
    r = org.client.put("/v1/admin/settings", json=body, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def log(org: OrgHandle, **params: Any) -> list[dict[str, Any]]:
    r = org.client.get("/v1/admin/deliveries", params=params, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()["items"]  # type: ignore[no-any-return]


def tick(scheduler: Scheduler) -> None:
    asyncio.run(scheduler.tick())


def subjects(sink: SmtpSink) -> list[str]:
    return [str(m.message["Subject"]) for m in sink.messages]


def test_an_email_deferred_at_23_leaves_at_08_in_the_users_timezone(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    settings(org, dnd=NIGHT)
    org.put_user("jane", email="jane@example.com", timezone="America/New_York")
    clock.set(datetime(2026, 11, 20, 23, 0, tzinfo=NY))
    answer = org.event("task_assigned", entity={"type": "task", "id": "T1", "name": "Call Acme", "owner": "jane"})
    assert answer["deliveries"] == {"email": 1}
    [row] = log(org, channel="email")
    eight = datetime(2026, 11, 21, 8, 0, tzinfo=NY)
    assert row["status"] == "deferred" and row["reason"] == "quiet_hours"
    assert row["deferred_until"] == eight.astimezone(UTC).isoformat().replace("+00:00", "Z")
    # The in-app notification is there, counted, and marked silent.
    assert org.me("jane", "GET", "/notifications/unread-count").json()["unread"] == 1
    assert org.me("jane", "GET", "/notifications").json()["items"][0]["silent"] is True

    clock.set(eight - timedelta(seconds=1))
    assert cycle(worker).claimed == 0 and sink.messages == []
    clock.set(eight)
    assert cycle(worker).sent == 1
    assert subjects(sink) == ["[CRM] Task assigned: Call Acme"]
    assert log(org, channel="email")[0]["status"] == "sent"


def test_a_delivery_due_in_quiet_hours_waits_at_send_time(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    """Quiet hours are decided again when the worker is about to send: an email planned at 19:59
    and not sent by 20:00 waits for the morning."""
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    clock.set(datetime(2026, 11, 20, 19, 59, tzinfo=UTC))
    org.event("task_assigned", entity={"type": "task", "id": "T1", "name": "Call", "owner": "jane"})
    settings(org, dnd=NIGHT)
    clock.set(datetime(2026, 11, 20, 20, 1, tzinfo=UTC))
    report = cycle(worker)
    assert report.sent == 0 and sink.messages == []
    [row] = log(org, channel="email")
    assert row["status"] == "deferred" and row["reason"] == "quiet_hours"
    assert row["deferred_until"] == "2026-11-21T08:00:00Z"


def test_urgent_events_bypass_quiet_hours_where_the_org_allows_and_the_bypass_is_recorded(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    settings(org, dnd=NIGHT, urgent_bypasses_dnd=True)
    org.put_user("jane", email="jane@example.com")
    clock.set(datetime(2026, 11, 20, 23, 0, tzinfo=UTC))
    org.event("manual", recipients=["jane"], urgent=True, data={"title": "Server down"})
    assert org.me("jane", "GET", "/notifications").json()["items"][0]["silent"] is False
    assert cycle(worker).sent == 1
    [row] = log(org, channel="email")
    assert row["status"] == "sent" and row["reason"] == "urgent_bypass"

    settings(org, urgent_bypasses_dnd=False)
    org.event("manual", recipients=["jane"], urgent=True, data={"title": "Server down again"})
    assert cycle(worker).sent == 0
    assert log(org, channel="email")[0]["reason"] == "quiet_hours"


def test_a_window_changed_while_deliveries_wait_re_times_them(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    settings(org, dnd=NIGHT)
    org.put_user("jane", email="jane@example.com")
    clock.set(datetime(2026, 11, 20, 23, 0, tzinfo=UTC))
    org.event("task_assigned", entity={"type": "task", "id": "T1", "name": "Call", "owner": "jane"})
    assert log(org)[0]["deferred_until"] == "2026-11-21T08:00:00Z"
    settings(org, dnd={**NIGHT, "end": "06:00"})
    cycle(worker)  # due again at once; still quiet, so it waits for the new end
    assert log(org)[0]["deferred_until"] == "2026-11-21T06:00:00Z"
    settings(org, dnd={**NIGHT, "enabled": False})
    assert cycle(worker).sent == 1


def test_the_stream_marks_a_quiet_hours_notification_silent(
    factory: Factory, client: TestClient, clock: FrozenClock
) -> None:
    org = factory.org()
    settings(org, dnd=NIGHT)
    org.put_user("jane")
    clock.set(datetime(2026, 11, 20, 23, 0, tzinfo=UTC))
    with client.websocket_connect(f"/v1/me/stream?token={org.token('jane')}") as ws:
        assert ws.receive_json()["type"] == "hello"
        org.event("manual", recipients=["jane"], data={"title": "Quietly"})
        pushed = ws.receive_json()
        assert pushed["type"] == "notification" and pushed["silent"] is True and pushed["unread"] == 1
        clock.set(datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
        org.event("manual", recipients=["jane"], data={"title": "Loud"})
        loud = ws.receive_json()
        assert loud["unread"] == 2 and "silent" not in loud


def _lead(org: OrgHandle) -> dict[str, Any]:
    org.put_user("boss", email="boss@example.com", display_name="Bo Boss")
    org.put_user("jane", email="jane@example.com", display_name="Jane Smith", manager="boss")
    org.put_user("bob")
    return org.event("lead_assigned", actor="bob", entity=LEAD)


def test_an_escalation_fires_at_30_minutes_and_the_manager_hears_at_240(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    scheduler = Scheduler(ctx, scheduler_id="test-scheduler")
    start = clock.now()
    _lead(org)
    assert cycle(worker).sent == 1  # the lead's own email

    clock.set(start + timedelta(minutes=29, seconds=59))
    tick(scheduler)
    assert cycle(worker).claimed == 0
    clock.set(start + timedelta(minutes=30))
    tick(scheduler)
    assert cycle(worker).sent == 1
    assert [m.rcpt_tos for m in sink.messages] == [["jane@example.com"], ["jane@example.com"]]
    escalated = log(org, channel="email")[0]
    assert escalated["reason"] == "escalation" and escalated["status"] == "sent"

    clock.set(start + timedelta(minutes=239))
    tick(scheduler)
    assert org.me("boss", "GET", "/notifications").json()["items"] == []
    clock.set(start + timedelta(minutes=240))
    tick(scheduler)
    [note] = org.me("boss", "GET", "/notifications").json()["items"]
    assert note["type"] == "escalation"
    assert note["title"] == "Jane Smith has not opened: Lead assigned: Acme"
    assert note["url"] == LEAD["url"]
    assert cycle(worker).sent == 1
    assert sink.messages[-1].rcpt_tos == ["boss@example.com"]


def test_a_read_at_29_minutes_cancels_the_escalation(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    scheduler = Scheduler(ctx, scheduler_id="test-scheduler")
    start = clock.now()
    _lead(org)
    cycle(worker)
    [note] = org.me("jane", "GET", "/notifications").json()["items"]
    clock.set(start + timedelta(minutes=29))
    assert org.me("jane", "POST", f"/notifications/{note['id']}/read").status_code == 200
    for minutes in (30, 240, 241):
        clock.set(start + timedelta(minutes=minutes))
        tick(scheduler)
        cycle(worker)
    assert len(sink.messages) == 1  # only the lead's own email
    assert org.me("boss", "GET", "/notifications").json()["items"] == []


def test_read_all_settles_what_waits_and_leaves_what_went(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    scheduler = Scheduler(ctx, scheduler_id="test-scheduler")
    _digest(org)
    clock.set(datetime(2026, 11, 20, 9, 5, tzinfo=UTC))
    start = clock.now()
    _lead(org)  # an email that goes now, and an escalation step pending at 30 minutes
    assert cycle(worker).sent == 1
    _note(org, 1)  # an email deferred to the digest
    waiting = sorted((r["status"], r["reason"]) for r in log(org, channel="email"))
    assert waiting == [("deferred", "digest"), ("sent", None)]
    done = org.me("jane", "POST", "/notifications/read-all").json()
    assert done == {"changed": 2, "unread": 0, "unseen": 0}
    # In the read's transaction: the digest's email is skipped, the sent one left as it was.
    after = sorted((r["status"], r["reason"]) for r in log(org, channel="email"))
    assert after == [("sent", None), ("skipped", "read_in_app")]
    for minutes in (30, 60, 240, 241):
        clock.set(start + timedelta(minutes=minutes))
        tick(scheduler)
        cycle(worker)
    assert len(sink.messages) == 1  # neither the escalation nor the digest went
    assert org.me("boss", "GET", "/notifications").json()["items"] == []
    assert org.me("jane", "POST", "/notifications/read-all").json() == {"changed": 0, "unread": 0, "unseen": 0}


def test_quiet_hours_defer_an_escalation_unless_urgent(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    scheduler = Scheduler(ctx, scheduler_id="test-scheduler")
    clock.set(datetime(2026, 11, 20, 19, 45, tzinfo=UTC))
    _lead(org)
    cycle(worker)
    settings(org, dnd=NIGHT)
    clock.set(datetime(2026, 11, 20, 20, 15, tzinfo=UTC))
    tick(scheduler)
    assert cycle(worker).sent == 0
    escalation = log(org, channel="email")[0]
    assert escalation["status"] == "deferred" and escalation["reason"] == "escalation"
    assert escalation["deferred_until"] == "2026-11-21T08:00:00Z"
    # Read in the night: the waiting escalation is skipped as read in-app.
    [note] = org.me("jane", "GET", "/notifications").json()["items"]
    org.me("jane", "POST", f"/notifications/{note['id']}/read")
    clock.set(datetime(2026, 11, 21, 8, 0, tzinfo=UTC))
    cycle(worker)
    assert log(org, channel="email")[0]["status"] == "skipped"
    assert log(org, channel="email")[0]["reason"] == "read_in_app"
    assert len(sink.messages) == 1


def _digest(org: OrgHandle, minutes: int = 60) -> None:
    r = org.client.put(
        "/v1/admin/event-types/note_added", json={"digest": {"window_minutes": minutes}}, headers=org.headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["digest"] == {"window_minutes": minutes}


def _note(org: OrgHandle, n: int) -> None:
    org.event(
        "note_added",
        actor="bob",
        entity={
            "type": "deal",
            "id": f"D{n}",
            "name": f"Deal {n}",
            "url": f"https://crm.example.com/d/{n}",
            "owner": "jane",
        },
    )


def test_a_digest_gathers_three_notes_into_one_email(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _digest(org)
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob")
    clock.set(datetime(2026, 11, 20, 9, 5, tzinfo=UTC))
    for n in (1, 2, 3):
        _note(org, n)
        clock.advance(minutes=10)
    # In-app is immediate; the emails wait for the window's end.
    assert org.me("jane", "GET", "/notifications/unread-count").json()["unread"] == 3
    rows = log(org, channel="email")
    assert [(r["status"], r["reason"], r["deferred_until"]) for r in rows] == [
        ("deferred", "digest", "2026-11-20T10:00:00Z")
    ] * 3
    assert cycle(worker).sent == 0
    clock.set(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    assert cycle(worker).sent == 3
    [mail] = sink.messages
    assert mail.rcpt_tos == ["jane@example.com"]
    assert str(mail.message["Subject"]) == "[CRM] 3 notifications"
    text = mail.message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    html = mail.message.get_body(preferencelist=("html",)).get_content()  # type: ignore[union-attr]
    for n in (1, 2, 3):
        assert f"https://crm.example.com/d/{n}" in text and f'href="https://crm.example.com/d/{n}"' in html
    assert {r["status"] for r in log(org, channel="email")} == {"sent"}


def test_a_note_read_in_app_is_left_out_of_the_digest(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _digest(org)
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob")
    clock.set(datetime(2026, 11, 20, 9, 5, tzinfo=UTC))
    for n in (1, 2, 3):
        _note(org, n)
    first = org.me("jane", "GET", "/notifications").json()["items"][-1]
    org.me("jane", "POST", f"/notifications/{first['id']}/read")
    # Skipped at once, in the read's transaction: the log says so before the digest leaves.
    waiting = sorted((r["status"], r["reason"]) for r in log(org, channel="email"))
    assert waiting == [("deferred", "digest"), ("deferred", "digest"), ("skipped", "read_in_app")]
    clock.set(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    report = cycle(worker)
    assert report.sent == 2
    [mail] = sink.messages
    assert str(mail.message["Subject"]) == "[CRM] 2 notifications"
    text = mail.message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "/d/1" not in text and "/d/2" in text and "/d/3" in text
    skipped = [r for r in log(org, channel="email") if r["status"] == "skipped"]
    assert [r["reason"] for r in skipped] == ["read_in_app"]


def test_read_before_sent_can_be_turned_off(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    assert settings(org, skip_read=False)["skip_read"] is False
    settings(org, dnd=NIGHT)
    org.put_user("jane", email="jane@example.com")
    clock.set(datetime(2026, 11, 20, 23, 0, tzinfo=UTC))
    org.event("manual", recipients=["jane"], data={"title": "Later"})
    [note] = org.me("jane", "GET", "/notifications").json()["items"]
    org.me("jane", "POST", f"/notifications/{note['id']}/read")
    clock.set(datetime(2026, 11, 21, 8, 0, tzinfo=UTC))
    assert cycle(worker).sent == 1


def test_a_user_may_turn_a_digest_off(factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock) -> None:
    org = factory.org()
    _digest(org)
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob")
    prefs = org.me("jane", "GET", "/preferences").json()
    assert prefs["digests"] == {"note_added": {"window_minutes": 60, "on": True}}
    r = org.me("jane", "PUT", "/preferences", json={"digests": {"note_added": False}})
    assert r.status_code == 200 and r.json()["digests"]["note_added"]["on"] is False
    bad = org.me("jane", "PUT", "/preferences", json={"digests": {"mention": False}})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "digests.mention"
    _note(org, 1)
    assert cycle(worker).sent == 1


def test_a_users_window_must_lie_inside_the_orgs(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    settings(org, dnd={**NIGHT, "days": [0, 1, 2, 3, 4]})
    org.put_user("jane")
    inside = {"enabled": True, "start": "21:00", "end": "07:30", "days": [0, 1], "timezone": "Europe/London"}
    r = org.me("jane", "PUT", "/preferences", json={"dnd": inside})
    assert r.status_code == 200, r.text
    assert r.json()["dnd"] == inside and r.json()["org_dnd"]["start"] == "20:00"
    for outside in ({**inside, "start": "19:00"}, {**inside, "end": "09:00"}, {**inside, "days": [5]}):
        r = org.me("jane", "PUT", "/preferences", json={"dnd": outside})
        assert r.status_code == 422 and r.json()["error"]["field"] == "dnd", r.text
    assert org.me("jane", "GET", "/preferences").json()["dnd"] == inside  # unchanged


def test_escalation_and_digest_on_the_event_type_api(factory: Factory) -> None:
    org = factory.org()
    lead = org.client.get("/v1/admin/event-types/lead_assigned", headers=org.headers).json()
    assert lead["escalation"] == {"after_minutes": 30, "channel": "email", "manager_after_minutes": 240}
    path = "/v1/admin/event-types/deal_closed_won"
    for body, field in (
        ({"escalation": {"after_minutes": 10}}, "escalation.channel"),
        ({"escalation": {"after_minutes": 10, "channel": "pigeon"}}, "escalation.channel"),
        (
            {"escalation": {"after_minutes": 10, "channel": "sms", "manager_after_minutes": 5}},
            "escalation.manager_after_minutes",
        ),
        ({"digest": {"window_minutes": 0}}, "digest.window_minutes"),
    ):
        r = org.client.put(path, json=body, headers=org.headers)
        assert r.status_code == 422 and field in r.json()["error"]["field"], r.text
    r = org.client.put(path, json={"escalation": {"manager_after_minutes": 60}}, headers=org.headers)
    assert r.status_code == 200 and r.json()["escalation"]["manager_after_minutes"] == 60
    r = org.client.put(path, json={"escalation": None}, headers=org.headers)
    assert r.json()["escalation"] is None
