"""Unread counts of many users at once (a broadcast's, a connect storm's hellos), on the database
under test: exact per user, and on PostgreSQL counted by one range scan per user whatever plan
the server caches for the statement."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from tests.factories import Factory
from tocsin.context import AppContext
from tocsin.db import bulk
from tocsin.events.models import Event
from tocsin.notifications import repository
from tocsin.notifications.counts import ZERO, Counts
from tocsin.notifications.models import Notification

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _seed(ctx: AppContext, org_id: int, rows: list[tuple[int, str]]) -> None:
    """(user id, state) per notification: unread, seen (still unread), read or dismissed."""
    with ctx.sessions() as session:
        event = Event(org_id=org_id, type="manual", entity={}, data={}, urgent=False, created_at=AT)
        session.add(event)
        session.flush()
        table = Notification.__table__
        ids = bulk.allocate_ids(session, table, len(rows))  # type: ignore[arg-type]
        states = [state for _, state in rows]
        bulk.insert_columns(
            session,
            table,  # type: ignore[arg-type]
            {
                "id": ids,
                "user_id": [user for user, _ in rows],
                "seen_at": [None if s == "unread" else AT for s in states],
                "read_at": [AT if s == "read" else None for s in states],
                "dismissed_at": [AT if s == "dismissed" else None for s in states],
            },
            {
                "org_id": org_id,
                "event_id": event.id,
                "type": "manual",
                "title": "t",
                "body": "b",
                "urgent": False,
                "silent": False,
                "data": {},
                "created_at": AT,
            },
        )
        session.commit()


def test_many_users_counted_at_once_as_each_alone(ctx: AppContext, factory: Factory) -> None:
    org, other = factory.org(), factory.org()
    states = ("unread", "seen", "read", "dismissed")
    rows = [(user, states[(user + i) % 4]) for user in range(1, 301) for i in range(user % 5)]
    _seed(ctx, org.id, rows)
    _seed(ctx, other.id, [(user, "unread") for user in range(1, 301)])  # same user ids, another org
    users = [*range(1, 301), 300, 9999]  # a repeated user and one with no notifications at all
    with ctx.reads() as session:
        together = repository.unread_counts(session, org_id=org.id, user_ids=users)
        alone = {u: repository.unread_count(session, org_id=org.id, user_id=u) for u in users}
    assert together == alone
    assert together[9999] == ZERO and together[5] == ZERO  # user 5 has no notification (5 % 5 == 0)
    assert together[4] == Counts(2, 1)  # unread, seen, read, dismissed: two unread, one of them unseen


def test_on_postgresql_each_user_is_a_range_scan_even_in_a_cached_generic_plan(
    ctx: AppContext, factory: Factory
) -> None:
    """A filter `user_id = ANY(array)` in a generic plan compared every unread row of the org with
    the whole array: 30,000 counts took seconds. The lateral form puts each user in the index
    condition, in the plan PostgreSQL caches for a prepared statement as in a custom one."""
    if ctx.engine.dialect.name != "postgresql":
        return  # SQLite plans every statement afresh, with the users bound as an IN list
    org = factory.org()
    _seed(ctx, org.id, [(user, "unread") for user in range(1, 50)])
    sql = repository._UNREAD_COUNTS_ARRAY.text.replace(":org_id", "$1").replace(":user_ids", "$2")
    with ctx.sessions() as session:
        session.execute(text("SET LOCAL plan_cache_mode = force_generic_plan"))
        session.execute(text(f"PREPARE tocsin_counts (bigint, text) AS {sql}"))
        try:
            plan = "\n".join(
                row[0] for row in session.execute(text(f"EXPLAIN EXECUTE tocsin_counts ({org.id}, '{{1,2,3}}')"))
            )
        finally:
            session.execute(text("DEALLOCATE tocsin_counts"))
        session.rollback()
    assert "Index Cond: ((org_id = $1) AND (user_id = u.user_id))" in plan, plan
    assert "ANY" not in plan, plan
