"""The pure decisions: firing times, re-planning a changed record, milestones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tocsin.schedule import milestones
from tocsin.schedule.timing import Existing, Planned, activity_firings, late, reconcile, task_firings

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_activity_reminder_times() -> None:
    start = NOW + timedelta(hours=1)
    assert activity_firings(owner="j", starts_at=start, reminder_minutes=None, default_minutes=15, now=NOW) == [
        Planned("activity_reminder", start, start - timedelta(minutes=15), "j")
    ]
    assert activity_firings(owner="j", starts_at=start, reminder_minutes=0, default_minutes=15, now=NOW) == []
    assert activity_firings(owner="j", starts_at=start, reminder_minutes=None, default_minutes=0, now=NOW) == []
    assert activity_firings(owner="j", starts_at=start, reminder_minutes=60, default_minutes=15, now=NOW) == []


def test_task_times() -> None:
    due = NOW + timedelta(days=2)
    assert [(p.type, p.due_at) for p in task_firings(assignee="j", due_at=due, completed=False, now=NOW)] == [
        ("task_due_soon", due - timedelta(hours=24)),
        ("task_overdue", due),
    ]
    assert task_firings(assignee="j", due_at=due, completed=True, now=NOW) == []
    assert task_firings(assignee="j", due_at=NOW, completed=False, now=NOW) == []


def test_the_grace_boundary() -> None:
    assert not late(due_at=NOW, now=NOW + timedelta(seconds=3600), grace_seconds=3600)
    assert late(due_at=NOW, now=NOW + timedelta(seconds=3601), grace_seconds=3600)


_times = st.sampled_from([NOW + timedelta(hours=h) for h in range(4)])
_people = st.sampled_from(["jane", "bob"])
_types = st.sampled_from(["task_due_soon", "task_overdue"])


@given(
    planned=st.lists(
        st.builds(Planned, _types, _times, _times, _people), max_size=3, unique_by=lambda p: (p.type, p.anchor_at)
    ),
    existing=st.lists(
        st.builds(Existing, st.integers(1, 50), _types, _times, _people, st.booleans()),
        max_size=4,
        unique_by=lambda e: e.id,
    ),
)
def test_reconcile_never_repeats_what_happened_and_accounts_for_every_live_row(
    planned: list[Planned], existing: list[Existing]
) -> None:
    plan = reconcile(planned, existing)
    live = {e.id for e in existing if e.live}
    assert set(plan.keep) | set(plan.drop) == live and not set(plan.keep) & set(plan.drop)
    done = {(e.type, e.anchor_at) for e in existing if not e.live}
    assert all((p.type, p.anchor_at) not in done for p in plan.add)
    kept = [e for e in existing if e.id in plan.keep]
    wanted = {(p.type, p.anchor_at, p.recipient) for p in planned if (p.type, p.anchor_at) not in done}
    assert {(e.type, e.anchor_at, e.recipient) for e in kept} | {
        (p.type, p.anchor_at, p.recipient) for p in plan.add
    } == wanted


@given(st.lists(st.floats(min_value=0, max_value=300, allow_nan=False), min_size=1, max_size=12))
def test_each_milestone_at_most_once_and_increasing(values: list[float]) -> None:
    already, announced = 0, []
    for value in values:
        fired = milestones.crossed(goal=200, current=value, already=already)
        if fired is not None:
            assert fired > already and value / 2 >= fired
            announced.append(fired)
            already = fired
    assert announced == sorted(set(announced))
