"""Every door an event comes in by reaches the one ingestion pipeline, through HTTP.

What shows it: the pipeline's write stage is the only code that inserts into the events table,
one bulk insert for the whole group with each event's answer in its row (no update after). So
each door is checked for its answer (as it has always been) and for the statements that wrote
its events: one insert into `events` per transaction, whatever the number of events, no update.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import timedelta
from functools import partial
from typing import Any

import pytest
from sqlalchemy import event, select, text

from tests.factories import Factory, OrgHandle
from tests.schedule.conftest import put, tick
from tests.waiting import wait_until
from tocsin.context import AppContext
from tocsin.events.models import Event
from tocsin.kit.clock import FrozenClock, isoformat
from tocsin.schedule.runner import Scheduler

LEAD = {"type": "lead", "id": "L7", "name": "Jane Smith", "url": "https://crm.example/leads/7", "owner": "ann"}
QUOTE = {"type": "quote", "id": "Q-7", "name": "Quote Q-7"}
_EVENTS_WRITE = re.compile(r"^\s*(INSERT\s+INTO|UPDATE)\s+\"?events\"?\s", re.IGNORECASE)


class EventWrites:
    """The statements that wrote the events table, as the database ran them: on SQLite seen on
    the engine's cursors; on PostgreSQL, whose bulk inserts go through the driver's pipeline,
    noted by statement-level triggers."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.statements: list[str] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if _EVENTS_WRITE.match(statement):
            self.statements.append(statement.lstrip().split(None, 1)[0].upper())

    def take(self) -> list[str]:
        """The statements since the last call (INSERT or UPDATE): each must be an insert."""
        if self.ctx.engine.dialect.name == "postgresql":
            with self.ctx.engine.begin() as conn:
                ops = conn.execute(text("SELECT op FROM test_event_writes ORDER BY id")).scalars().all()
                conn.execute(text("DELETE FROM test_event_writes"))
            self.statements = list(ops)
        taken, self.statements = self.statements, []
        assert all(op == "INSERT" for op in taken), taken
        return taken


_PG_TRIGGERS = [
    "CREATE TABLE test_event_writes (id serial PRIMARY KEY, op text NOT NULL)",
    "CREATE FUNCTION test_event_writes_note() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN INSERT INTO test_event_writes (op) VALUES (TG_OP); RETURN NULL; END $$",
    "CREATE TRIGGER test_event_inserts AFTER INSERT ON events FOR EACH STATEMENT "
    "EXECUTE FUNCTION test_event_writes_note()",
    "CREATE TRIGGER test_event_updates AFTER UPDATE ON events FOR EACH STATEMENT "
    "EXECUTE FUNCTION test_event_writes_note()",
]
_PG_CLEANUP = [
    "DROP TRIGGER test_event_inserts ON events",
    "DROP TRIGGER test_event_updates ON events",
    "DROP FUNCTION test_event_writes_note()",
    "DROP TABLE test_event_writes",
]


@pytest.fixture
def writes(ctx: AppContext) -> Iterator[EventWrites]:
    seen = EventWrites(ctx)
    postgresql = ctx.engine.dialect.name == "postgresql"
    if postgresql:
        with ctx.engine.begin() as conn:
            for statement in _PG_TRIGGERS:
                conn.execute(text(statement))
    else:
        event.listen(ctx.engine, "before_cursor_execute", seen)
    yield seen
    if postgresql:
        with ctx.engine.begin() as conn:
            for statement in _PG_CLEANUP:
                conn.execute(text(statement))
    else:
        event.remove(ctx.engine, "before_cursor_execute", seen)


def team(org: OrgHandle) -> None:
    org.put_user("ann", email="ann@example.com", manager="max")
    org.put_user("bob", email="bob@example.com", roles=["sales"])
    org.put_user("max", email="max@example.com", roles=["sales", "manager"])


def answer(event_id: int, recipients: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "duplicate": False,
        "notifications": len(recipients),
        "recipients": recipients,
        "unknown_recipients": [],
        "inactive_recipients": [],
        "deliveries": {"email": len(recipients)},
        "skipped": {},
        "warnings": [],
        **fields,
    }


def test_a_single_event(factory: Factory, writes: EventWrites) -> None:
    org = factory.org()
    team(org)
    writes.take()
    got = org.event("lead_assigned", actor="bob", entity=LEAD, idempotency_key="a-1")
    assert got == answer(got["event_id"], ["ann"])
    assert len(writes.take()) == 1
    assert org.event("lead_assigned", actor="bob", entity=LEAD, idempotency_key="a-1") == {**got, "duplicate": True}
    assert writes.take() == []


def test_concurrent_events_grouped_by_the_write_queue(factory: Factory, ctx: AppContext, writes: EventWrites) -> None:
    org = factory.org()
    team(org)
    writes.take()
    # Every writer thread is held busy while five requests queue up; then one writer is let go,
    # and takes the five queued jobs as one batch (the others are let go once it has answered).
    writers = 1 if ctx.settings.is_sqlite else ctx.settings.write_workers
    holds, held = [threading.Event() for _ in range(writers)], threading.Semaphore(0)

    def busy(hold: threading.Event, _session: Any) -> None:
        held.release()
        hold.wait(timeout=30)

    portal = factory.client.portal
    assert portal is not None
    for hold in holds:  # one at a time, or one writer would take them all in one batch
        portal.start_task_soon(ctx.writer.run, partial(busy, hold))
        assert held.acquire(timeout=20), "a writer never became busy"
    answers: dict[int, dict[str, Any]] = {}

    def send(n: int) -> None:
        answers[n] = org.event("lead_assigned", actor="bob", entity={**LEAD, "id": f"L{n}"})

    threads = [threading.Thread(target=send, args=(n,)) for n in range(5)]
    try:
        for thread in threads:
            thread.start()
        wait_until(lambda: ctx.writer.depth == 5, "five queued events")
        holds[0].set()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        for hold in holds:
            hold.set()
    assert sorted(answers) == list(range(5))
    for got in answers.values():
        assert got == answer(got["event_id"], ["ann"])
    assert len({got["event_id"] for got in answers.values()}) == 5
    assert len(writes.take()) == 1  # five events, one insert


def test_a_batch_with_a_broadcast_and_an_approval(factory: Factory, writes: EventWrites) -> None:
    org = factory.org()
    team(org)
    org.event("approval_requested", actor="bob", entity=QUOTE, data={"approvers": ["ann", "max"]})
    writes.take()
    events = [
        {"type": "approval_completed", "actor": "max", "entity": QUOTE, "data": {"submitter": "bob"}},
        {"type": "lead_assigned", "actor": "bob", "entity": LEAD},
        {"type": "broadcast", "data": {"title": "All hands", "message": "At 3pm"}},
    ]
    r = org.client.post("/v1/events/batch", json={"events": events}, headers=org.headers)
    assert r.status_code == 202, r.text
    approval, lead, broadcast = r.json()["results"]
    assert lead == answer(lead["event_id"], ["ann"])
    assert broadcast == answer(broadcast["event_id"], ["ann", "bob", "max"])
    assert approval == answer(approval["event_id"], ["bob"], resolved=2)
    assert len(writes.take()) == 1  # three events of three kinds, one insert


def test_a_broadcast(factory: Factory, writes: EventWrites) -> None:
    org = factory.org()
    team(org)
    writes.take()
    got = org.event("broadcast", data={"title": "All hands", "message": "At 3pm"})
    assert got == answer(got["event_id"], ["ann", "bob", "max"])
    assert len(writes.take()) == 1


def test_an_approval_completed(factory: Factory, ctx: AppContext, writes: EventWrites) -> None:
    org = factory.org()
    team(org)
    org.put_user("sam", display_name="Sam Reed")
    org.event("approval_requested", actor="bob", entity=QUOTE, data={"approvers": ["ann", "max"]})
    writes.take()
    got = org.event("approval_completed", actor="sam", entity=QUOTE, data={"submitter": "bob", "outcome": "approved"})
    assert got == answer(got["event_id"], ["bob"], resolved=2)
    assert len(writes.take()) == 1
    with ctx.sessions() as session:
        stored = session.scalar(select(Event.result).where(Event.id == got["event_id"]))
    assert stored is not None and stored["resolved"] == 2  # a repeat answers the same
    [note] = [n for n in org.me("ann", "GET", "/notifications").json()["items"] if n["type"] == "approval_requested"]
    assert note["resolution"] == {"decision": "approved", "by": "sam", "by_name": "Sam Reed"}


def test_a_scheduled_reminder(
    factory: Factory, ctx: AppContext, clock: FrozenClock, scheduler: Scheduler, writes: EventWrites
) -> None:
    org = factory.org()
    team(org)
    start = isoformat(clock.now() + timedelta(hours=2))
    put(org, "/v1/activities/A1", 201, owner="ann", title="Call Acme", url="https://crm/a/1", starts_at=start)
    writes.take()
    clock.advance(hours=1, minutes=45)
    assert tick(scheduler).fired == 1
    assert len(writes.take()) == 1
    [item] = org.me("ann", "GET", "/notifications").json()["items"]
    assert item["type"] == "activity_reminder"


def test_a_manual_notify(factory: Factory, writes: EventWrites) -> None:
    org = factory.org()
    team(org)
    writes.take()
    body = {"actor": "bob", "recipients": ["ann", "max", "ghost"], "message": "Call Acme back"}
    r = org.client.post("/v1/notify", json=body, headers=org.headers)
    assert r.status_code == 202, r.text
    got = r.json()
    assert got == answer(got["event_id"], ["ann", "max"], unknown_recipients=["ghost"])
    assert len(writes.take()) == 1


@pytest.fixture
def scheduler(ctx: AppContext) -> Scheduler:
    return Scheduler(ctx, scheduler_id="test-scheduler")


def test_an_approval_completed_in_the_batch_of_its_request_resolves_it(factory: Factory, writes: EventWrites) -> None:
    """A type's hook sees the group's earlier events written, as if they came one by one."""
    org = factory.org()
    team(org)
    writes.take()
    events = [
        {"type": "approval_requested", "actor": "bob", "entity": QUOTE, "data": {"approvers": ["ann", "max"]}},
        {"type": "approval_completed", "actor": "max", "entity": QUOTE, "data": {"submitter": "bob"}},
        {"type": "approval_completed", "actor": "max", "entity": QUOTE, "data": {"submitter": "bob"}},
    ]
    r = org.client.post("/v1/events/batch", json={"events": events}, headers=org.headers)
    assert r.status_code == 202, r.text
    requested, completed, again = r.json()["results"]
    assert requested["recipients"] == ["ann", "max"]
    assert (completed["resolved"], again["resolved"]) == (2, 0)
    assert len(writes.take()) == 3  # a new run of the group at each event with a hook
