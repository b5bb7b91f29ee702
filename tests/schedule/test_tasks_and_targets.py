"""Tasks fire `task_due_soon` 24 h before and `task_overdue` at the due time unless completed;
targets announce each milestone once, the highest when one update crosses several."""

from __future__ import annotations

from datetime import timedelta

from tests.factories import OrgHandle
from tests.schedule.conftest import notes, put, tick
from tocsin.context import AppContext
from tocsin.kit.clock import FrozenClock, isoformat
from tocsin.schedule.runner import Scheduler


def _iso(clock: FrozenClock, **delta: float) -> str:
    return isoformat(clock.now() + timedelta(**delta)) or ""


def test_due_soon_then_overdue(org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock) -> None:
    due = _iso(clock, days=3)
    body = put(org, "/v1/tasks/T1", 201, assignee="jane", title="Send quote", due_at=due)
    assert body["next_firing"] == {"type": "task_due_soon", "at": _iso(clock, days=2)}
    clock.advance(days=2)
    assert tick(scheduler).fired == 1
    assert put(org, "/v1/tasks/T1", assignee="jane", title="Send quote", due_at=due)["next_firing"] == {
        "type": "task_overdue",
        "at": due,
    }
    clock.advance(days=1)
    assert tick(scheduler).fired == 1
    assert [(n[0], n[1], n[2]["due_at"]) for n in notes(ctx)] == [
        ("jane", "task_due_soon", due),
        ("jane", "task_overdue", due),
    ]


def test_completing_cancels_and_reopening_restores(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    due = _iso(clock, days=3)
    put(org, "/v1/tasks/T1", 201, assignee="jane", due_at=due)
    done = put(org, "/v1/tasks/T1", assignee="jane", due_at=due, completed=True)
    assert done["next_firing"] is None and done["completed"] is True
    clock.advance(days=3)
    assert tick(scheduler).claimed == 0
    assert notes(ctx) == []
    assert org.client.delete("/v1/tasks/T1", headers=org.headers).status_code == 204


def test_a_new_due_time_and_a_new_assignee_move_what_has_not_fired(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    put(org, "/v1/tasks/T1", 201, assignee="jane", due_at=_iso(clock, days=2))
    clock.advance(days=1)
    assert tick(scheduler).fired == 1  # due soon, to jane
    # Reassigned: the overdue firing goes to bob; due soon is not repeated for the same due time.
    moved = put(org, "/v1/tasks/T1", assignee="bob", due_at=_iso(clock, days=1))
    assert moved["next_firing"]["type"] == "task_overdue"
    # Then pushed back two days: a due-soon for the new due time, and the overdue moves along.
    pushed = put(org, "/v1/tasks/T1", assignee="bob", due_at=_iso(clock, days=3))
    assert pushed["next_firing"] == {"type": "task_due_soon", "at": _iso(clock, days=2)}
    clock.advance(days=1)
    assert tick(scheduler).fired == 0  # the old due time passes quietly
    clock.advance(days=1)
    assert tick(scheduler).fired == 1
    clock.advance(days=1)
    assert tick(scheduler).fired == 1
    assert [(n[0], n[1]) for n in notes(ctx)] == [
        ("jane", "task_due_soon"),
        ("bob", "task_due_soon"),
        ("bob", "task_overdue"),
    ]


def test_a_task_due_within_a_day_is_due_soon_at_once(
    org: OrgHandle, ctx: AppContext, scheduler: Scheduler, clock: FrozenClock
) -> None:
    body = put(org, "/v1/tasks/T1", 201, assignee="jane", due_at=_iso(clock, hours=3))
    assert body["next_firing"] == {"type": "task_due_soon", "at": _iso(clock)}
    assert tick(scheduler).fired == 1
    past = put(org, "/v1/tasks/T2", 201, assignee="jane", due_at=_iso(clock, hours=-1))
    assert past["next_firing"] is None


def test_target_milestones_once_each_highest_of_several(org: OrgHandle, ctx: AppContext) -> None:
    def target(current: float, expect: int = 200, id_: str = "Q4") -> dict[str, object]:
        return put(org, f"/v1/targets/{id_}", expect, owner="jane", title="Q4 revenue", goal=200_000, current=current)

    assert target(80_000, 201)["fired_threshold"] is None  # 40 %
    first = target(100_000)  # exactly 50 %
    assert (first["fired_threshold"], first["next_threshold"]) == (50, 75)
    assert target(120_000)["fired_threshold"] is None
    assert target(60_000)["fired_threshold"] is None  # down ...
    assert target(110_000)["fired_threshold"] is None  # ... and up again: 50 % is not repeated
    jump = target(210_000)  # 105 %: 75 and 100 crossed at once, only 100 announced
    assert (jump["fired_threshold"], jump["milestones_reached"], jump["next_threshold"]) == (100, [50, 75, 100], None)
    assert target(150_000)["fired_threshold"] is None
    assert target(200_000)["fired_threshold"] is None
    assert [(n[0], n[1], n[2]["threshold"]) for n in notes(ctx)] == [
        ("jane", "target_milestone", 50),
        ("jane", "target_milestone", 100),
    ]
    r = org.client.put("/v1/targets/Q4", json={"owner": "jane", "goal": 0, "current": 1}, headers=org.headers)
    assert (r.status_code, r.json()["error"]["field"]) == (422, "goal")
    assert org.client.delete("/v1/targets/Q4", headers=org.headers).status_code == 204
