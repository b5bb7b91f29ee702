"""Activity reminders: fire at the start minus the offset, move with the start, follow the owner,
cancel on DELETE; late firings inside the grace period fire, older ones are recorded as missed."""

from __future__ import annotations

from datetime import timedelta

from tests.factories import OrgHandle
from tests.schedule.conftest import firings, notes, put, tick
from tocsin.context import AppContext
from tocsin.deliveries.models import Delivery
from tocsin.kit.clock import FrozenClock, isoformat
from tocsin.schedule.runner import Scheduler


def _iso(clock: FrozenClock, **delta: float) -> str:
    return isoformat(clock.now() + timedelta(**delta)) or ""


def test_reminder_fires_at_start_minus_the_org_default(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    org.put_user("jane", delivery_choice="none")  # a reminder reaches email whatever her choice
    start = _iso(clock, hours=2)
    body = put(org, "/v1/activities/A1", 201, owner="jane", title="Call Acme", url="https://crm/a/1", starts_at=start)
    assert body["effective_reminder_minutes"] == 15 and body["reminder_minutes"] is None
    assert body["next_firing_at"] == _iso(clock, hours=2, minutes=-15)
    assert body["next_firing"]["type"] == "activity_reminder"

    clock.advance(hours=1, minutes=44, seconds=59)
    assert tick(scheduler).fired == 0
    clock.advance(seconds=1)
    report = tick(scheduler)
    assert (report.claimed, report.fired) == (1, 1)
    [(user, kind, data)] = notes(ctx)
    assert (user, kind, data["starts_at"]) == ("jane", "activity_reminder", start)
    assert tick(scheduler).claimed == 0  # fired once
    with ctx.sessions() as session:
        assert [(d.channel, d.status) for d in session.query(Delivery)] == [("email", "pending")]
    [row] = firings(ctx)
    assert row.status == "fired" and row.event_id is not None


def test_offset_zero_and_org_default(org: OrgHandle, ctx: AppContext, clock: FrozenClock) -> None:
    off = put(org, "/v1/activities/A0", 201, owner="jane", starts_at=_iso(clock, hours=2), reminder_minutes=0)
    assert off["next_firing_at"] is None and firings(ctx) == []
    r = org.client.put("/v1/admin/settings", json={"reminder_default_minutes": 30}, headers=org.headers)
    assert r.status_code == 200
    own = put(org, "/v1/activities/A1", 201, owner="jane", starts_at=_iso(clock, hours=2))
    assert own["next_firing_at"] == _iso(clock, hours=1, minutes=30)
    custom = put(org, "/v1/activities/A2", 201, owner="jane", starts_at=_iso(clock, hours=2), reminder_minutes=5)
    assert custom["next_firing_at"] == _iso(clock, hours=1, minutes=55)


def test_moving_the_start_moves_the_reminder(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    put(org, "/v1/activities/A1", 201, owner="jane", starts_at=_iso(clock, hours=1))
    moved = put(org, "/v1/activities/A1", owner="jane", starts_at=_iso(clock, hours=3))
    assert moved["next_firing_at"] == _iso(clock, hours=2, minutes=45)
    clock.advance(hours=1)
    assert tick(scheduler).fired == 0  # the old time passes quietly
    clock.advance(hours=1, minutes=45)
    assert tick(scheduler).fired == 1
    assert [n[1] for n in notes(ctx)] == ["activity_reminder"]
    # Moved again after it fired: a reminder for the new start.
    again = put(org, "/v1/activities/A1", owner="jane", starts_at=_iso(clock, hours=1))
    assert again["next_firing_at"] == _iso(clock, minutes=45)
    # The same start sent again (a title change): nothing fires twice.
    clock.advance(minutes=45)
    assert tick(scheduler).fired == 1
    put(org, "/v1/activities/A1", owner="jane", title="Renamed", starts_at=_iso(clock, minutes=15))
    clock.advance(minutes=1)
    assert tick(scheduler).claimed == 0
    assert len(notes(ctx)) == 2


def test_a_new_owner_gets_the_reminder(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    put(org, "/v1/activities/A1", 201, owner="jane", starts_at=_iso(clock, hours=1))
    put(org, "/v1/activities/A1", owner="bob", starts_at=_iso(clock, hours=1))
    clock.advance(minutes=45)
    assert tick(scheduler).fired == 1
    assert [n[0] for n in notes(ctx)] == ["bob"]


def test_delete_cancels_and_past_reminders_fire_nothing(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    put(org, "/v1/activities/A1", 201, owner="jane", starts_at=_iso(clock, hours=1))
    assert org.client.delete("/v1/activities/A1", headers=org.headers).status_code == 204
    assert org.client.delete("/v1/activities/A1", headers=org.headers).status_code == 404
    # Starts in 10 minutes with a 15-minute reminder: already past its reminder time.
    late = put(org, "/v1/activities/A2", 201, owner="jane", starts_at=_iso(clock, minutes=10))
    assert late["next_firing_at"] is None
    clock.advance(hours=2)
    assert tick(scheduler).claimed == 0
    assert notes(ctx) == []


def test_catch_up_after_downtime_inside_and_outside_the_grace(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    grace = ctx.settings.schedule_grace_seconds
    put(org, "/v1/activities/early", 201, owner="bob", title="Early", starts_at=_iso(clock, minutes=30))
    put(org, "/v1/activities/late", 201, owner="jane", title="Late", starts_at=_iso(clock, minutes=45))
    # No scheduler ran from now until `grace` after the second reminder (due in 30 minutes): it is
    # exactly `grace` late and still fires; the first one, 15 minutes more, is recorded as missed.
    clock.advance(minutes=30, seconds=grace)
    report = tick(scheduler)
    assert (report.claimed, report.fired, report.missed) == (2, 1, 1)
    assert [n[0] for n in notes(ctx)] == ["jane"]
    assert tick(scheduler).claimed == 0
    r = org.client.get("/v1/admin/schedule/missed", headers=org.headers)
    assert r.status_code == 200
    [missed] = r.json()["items"]
    assert (missed["item_kind"], missed["item_id"], missed["recipient"], missed["type"]) == (
        "activity",
        "early",
        "bob",
        "activity_reminder",
    )


def test_bad_input_is_a_422_naming_the_field_and_changes_nothing(org: OrgHandle, ctx: AppContext) -> None:
    cases = [
        ({"owner": "nobody", "starts_at": "2026-12-01T10:00:00Z"}, "owner"),
        ({"owner": "jane", "starts_at": "2026-12-01T10:00:00"}, "starts_at"),
        ({"owner": "jane", "starts_at": "2026-12-01T10:00:00Z", "reminder_minutes": -1}, "reminder_minutes"),
        ({"owner": "jane", "starts_at": "2026-12-01T10:00:00Z", "colour": "red"}, "colour"),
        ({"owner": "jane", "starts_at": "2026-12-01T10:00:00Z", "url": "javascript:x"}, "url"),
        ({"starts_at": "2026-12-01T10:00:00Z"}, "owner"),
    ]
    for body, field in cases:
        r = org.client.put("/v1/activities/A1", json=body, headers=org.headers)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error"]["field"] == field, r.text
    assert firings(ctx) == []


def test_another_orgs_records_are_invisible(factory, org: OrgHandle, clock: FrozenClock) -> None:  # type: ignore[no-untyped-def]
    other = factory.org()
    other.put_user("jane", email="jane@other.example")
    put(org, "/v1/activities/A1", 201, owner="jane", starts_at=_iso(clock, hours=1))
    assert other.client.delete("/v1/activities/A1", headers=other.headers).status_code == 404
    # The same CRM id in another org is another record.
    put(other, "/v1/activities/A1", 201, owner="jane", starts_at=_iso(clock, hours=1))
    assert other.client.get("/v1/admin/schedule/missed", headers=other.headers).json()["items"] == []
