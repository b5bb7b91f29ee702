"""Schedule tests drive the scheduler's tick directly with the frozen clock (no sleeps)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from tests.factories import OrgHandle
from tocsin.context import AppContext
from tocsin.notifications.models import Notification
from tocsin.schedule.firing import TickReport
from tocsin.schedule.models import Firing
from tocsin.schedule.runner import Scheduler
from tocsin.users.models import User


@pytest.fixture
def scheduler(ctx: AppContext) -> Scheduler:
    return Scheduler(ctx, scheduler_id="test-scheduler")


def tick(scheduler: Scheduler) -> TickReport:
    return asyncio.run(scheduler.tick())


def notes(ctx: AppContext, *, type_: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """(username, type, data) of every notification, oldest first."""
    with ctx.sessions() as session:
        query = select(User.username, Notification.type, Notification.data).join(User, User.id == Notification.user_id)
        if type_ is not None:
            query = query.where(Notification.type == type_)
        return [(r.username, r.type, r.data) for r in session.execute(query.order_by(Notification.id))]


def firings(ctx: AppContext) -> list[Firing]:
    with ctx.sessions() as session:
        return list(session.scalars(select(Firing).order_by(Firing.id)))


def put(org: OrgHandle, path: str, expect: int = 200, **body: Any) -> dict[str, Any]:
    r = org.client.put(path, json=body, headers=org.headers)
    assert r.status_code == expect, r.text
    return r.json()  # type: ignore[no-any-return]
