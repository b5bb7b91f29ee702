"""db/bulk: rows inserted by column, on the database under test, read back through the ORM."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tests.factories import Factory
from tocsin.context import AppContext
from tocsin.db import bulk
from tocsin.db.engine import savepoint
from tocsin.events.models import Event
from tocsin.notifications.models import Notification


def _event(ctx: AppContext, org_id: int) -> int:
    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    with ctx.sessions() as session:
        event = Event(org_id=org_id, type="manual", entity={}, data={}, urgent=False, created_at=now)
        session.add(event)
        session.commit()
        return event.id


def test_varying_and_shared_columns_round_trip(ctx: AppContext, factory: Factory) -> None:
    org = factory.org()
    event_id = _event(ctx, org.id)
    table = Notification.__table__
    at = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)
    with ctx.sessions() as session:
        ids = bulk.allocate_ids(session, table, 3)  # type: ignore[arg-type]
        bulk.insert_columns(
            session,
            table,  # type: ignore[arg-type]
            {
                "id": ids,
                "user_id": [7, 8, 9],
                "title": ["Hallo", 'Hello, "quoted" \\ back', "Ünïcödé ✓ \n two lines"],
                "silent": [True, False, True],
                "actions": [None, [{"id": "ok", "label": "OK"}], []],
                "created_at": [at, at + timedelta(days=1), at.astimezone(UTC)],
            },
            {
                "org_id": org.id,
                "event_id": event_id,
                "type": "manual",
                "body": "shared body",
                "urgent": False,
                "data": {"nested": {"list": [1, 2.5, None, "x"]}},
                "url": None,
            },
        )
        session.commit()
    with ctx.reads() as session:
        rows = session.scalars(select(Notification).where(Notification.id.in_(ids)).order_by(Notification.id)).all()
    assert [r.user_id for r in rows] == [7, 8, 9]
    assert [r.title for r in rows] == ["Hallo", 'Hello, "quoted" \\ back', "Ünïcödé ✓ \n two lines"]
    assert [r.silent for r in rows] == [True, False, True]
    assert [r.actions for r in rows] == [None, [{"id": "ok", "label": "OK"}], []]  # None stays SQL NULL
    assert [r.created_at for r in rows] == [at, at + timedelta(days=1), at]
    assert {r.body for r in rows} == {"shared body"} and {r.url for r in rows} == {None}
    assert all(r.data == {"nested": {"list": [1, 2.5, None, "x"]}} and r.org_id == org.id for r in rows)


def test_rows_sharing_one_object_in_a_column_insert_it_once_and_read_back_alike(
    ctx: AppContext, factory: Factory
) -> None:
    org = factory.org()
    event_id = _event(ctx, org.id)
    table = Notification.__table__
    at = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    data = {"shared": True}
    with ctx.sessions() as session:
        ids = bulk.allocate_ids(session, table, 3)  # type: ignore[arg-type]
        rows = [
            {
                "id": nid,
                "org_id": org.id,
                "event_id": event_id,
                "user_id": 5,
                "type": "manual",
                "title": "Same text",
                "body": f"body {n}",
                "urgent": False,
                "silent": n == 1,
                "data": data,  # one object for every row: sent once
                "actions": None,
                "url": None,
                "created_at": at,
            }
            for n, nid in enumerate(ids)
        ]
        bulk.insert_rows(session, table, rows)  # type: ignore[arg-type]
        session.commit()
    with ctx.reads() as session:
        found = session.scalars(select(Notification).where(Notification.id.in_(ids)).order_by(Notification.id)).all()
    assert [r.body for r in found] == ["body 0", "body 1", "body 2"]
    assert [r.silent for r in found] == [False, True, False]
    assert all(r.data == data and r.created_at == at and r.actions is None and r.user_id == 5 for r in found)


def test_a_failed_pipelined_insert_rolls_back_to_its_savepoint(ctx: AppContext, factory: Factory) -> None:
    # The group path sends its inserts together (a pipeline on PostgreSQL): an insert that fails
    # raises at the end of the block, and the transaction goes on after its savepoint.
    org = factory.org()
    event_id = _event(ctx, org.id)
    table = Notification.__table__
    shared = {
        "org_id": org.id,
        "event_id": event_id,
        "type": "manual",
        "body": "",
        "urgent": False,
        "silent": False,
        "data": {},
        "created_at": datetime(2026, 3, 1, tzinfo=UTC),
    }
    with ctx.sessions() as session:
        [first] = bulk.allocate_ids(session, table, 1)  # type: ignore[arg-type]
        with pytest.raises(IntegrityError), savepoint(session), bulk.pipelined(session):
            bulk.insert_columns(session, table, {"id": [first], "user_id": [1], "title": ["a"]}, shared)  # type: ignore[arg-type]
            bulk.insert_columns(session, table, {"id": [first], "user_id": [2], "title": ["b"]}, shared)  # type: ignore[arg-type]
        [second] = bulk.allocate_ids(session, table, 1)  # type: ignore[arg-type]
        with savepoint(session), bulk.pipelined(session):
            bulk.insert_columns(session, table, {"id": [second], "user_id": [3], "title": ["c"]}, shared)  # type: ignore[arg-type]
        session.commit()
    with ctx.reads() as session:
        titles = session.scalars(select(Notification.title).where(Notification.event_id == event_id)).all()
    assert titles == ["c"]


def test_many_rows_span_several_statements_and_all_arrive_in_order(ctx: AppContext, factory: Factory) -> None:
    org = factory.org()
    event_id = _event(ctx, org.id)
    table = Notification.__table__
    count = 1234  # on SQLite: several full multi-row statements and a shorter last one
    at = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    with ctx.sessions() as session:
        ids = bulk.allocate_ids(session, table, count)  # type: ignore[arg-type]
        bulk.insert_columns(
            session,
            table,  # type: ignore[arg-type]
            {"id": ids, "user_id": list(range(count)), "title": [f"n{i}" for i in range(count)]},
            {
                "org_id": org.id,
                "event_id": event_id,
                "type": "manual",
                "body": "b",
                "urgent": False,
                "silent": False,
                "data": {},
                "created_at": at,
            },
        )
        session.commit()
    with ctx.reads() as session:
        rows = session.execute(
            select(Notification.id, Notification.user_id, Notification.title).where(Notification.id.in_(ids))
        ).all()
    assert sorted(rows) == [(nid, i, f"n{i}") for i, nid in enumerate(ids)]


@pytest.mark.parametrize(("rows", "width"), [(0, 16), (1, 16), (255, 16), (256, 16), (1234, 16), (7, 5000)])
def test_sqlite_statements_take_every_row_once_within_the_parameter_limit(rows: int, width: int) -> None:
    sizes = bulk.sqlite_batches(rows, width)
    assert sum(sizes) == rows and all(size > 0 for size in sizes)
    assert len(set(sizes[:-1])) <= 1  # full batches of one size, then the rest
    assert all(size * width <= max(4096, width) for size in sizes)  # far under SQLite's limit (32,766)
