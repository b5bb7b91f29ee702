"""The scheduler's two transactions: claim due firings (a lease), then fire them.

Firing a chunk of rows ingests their events together (`events.service.ingest_many`, the one
ingestion pipeline) and marks the rows `fired` in the same transaction, after
re-locking them and checking that each lease is still this scheduler's and that each row still
belongs to the current version of its item. So a row fires exactly once: a scheduler that dies
after claiming leaves a lease that expires and is taken over; one that dies while firing rolls
back; one whose lease was taken over finds the row no longer its own.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.events import service as events
from tocsin.events.schemas import EventIn
from tocsin.orgs.models import Org
from tocsin.schedule import escalations, repository, service
from tocsin.schedule.models import Firing
from tocsin.schedule.timing import late

log = logging.getLogger(__name__)

# Each firing is one event (its own recipient, entity and texts), written with the chunk's other
# events in set-based statements; a hundred per transaction keep the write lock (SQLite) and row
# locks (PostgreSQL) short, so ingestion keeps flowing meanwhile.
FIRE_CHUNK = 100


def new_scheduler_id() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}:sched:{secrets.token_hex(3)}"


@dataclass
class TickReport:
    claimed: int = 0
    fired: int = 0
    missed: int = 0
    skipped: int = 0  # changed or removed under the lease, or taken over by another scheduler


def claim(ctx: AppContext, *, worker: str, limit: int) -> list[int]:
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        return repository.claim_due(
            session,
            now=now,
            lease_until=now + timedelta(seconds=ctx.settings.schedule_lease_seconds),
            worker=worker,
            limit=limit,
        )


def fire(ctx: AppContext, ids: list[int], *, worker: str) -> TickReport:
    """Fire the claimed rows, a small transaction per chunk."""
    report = TickReport(claimed=len(ids))
    for start in range(0, len(ids), FIRE_CHUNK):
        chunk = ids[start : start + FIRE_CHUNK]
        with unit_of_work(ctx.sessions) as session:
            now = ctx.clock.now()
            rows = repository.lock_leased(session, chunk, worker=worker)
            report.skipped += len(chunk) - len(rows)
            items = repository.items_by_id(session, (r.item_id for r in rows if r.item_id is not None))
            orgs = {o.id: o for o in (session.get(Org, oid) for oid in {r.org_id for r in rows}) if o is not None}
            due: list[tuple[Firing, Org, EventIn]] = []
            for row in rows:
                if row.notification_id is not None and row.org_id in orgs:
                    _escalate(session, ctx, row, orgs[row.org_id], now=now, report=report)
                    continue
                item = items.get(row.item_id) if row.item_id is not None else None
                if item is None or item.version != row.item_version or row.org_id not in orgs:
                    report.skipped += 1  # its item changed or went since the claim: the new rows stand
                    repository.give_back(session, [row.id], worker=worker)
                    continue
                if late(due_at=row.due_at, now=now, grace_seconds=ctx.settings.schedule_grace_seconds):
                    repository.finish(session, row, status="missed", event_id=None, now=now)
                    report.missed += 1
                    log.warning(
                        "missed %s for %s %s due %s (more than %s s ago)",
                        row.type,
                        item.kind,
                        item.external_id,
                        row.due_at.isoformat(),
                        ctx.settings.schedule_grace_seconds,
                    )
                    continue
                body = service.event_for(item, type_=row.type, anchor_at=row.anchor_at, recipient=row.recipient)
                due.append((row, orgs[row.org_id], body))
            # The chunk's events are ingested together (set-based statements, as concurrent API
            # requests are); one that cannot be rolls the chunk back, to be fired again.
            results = events.ingest_many(session, ctx, [(org, body) for _, org, body in due]) if due else []
            for (row, _, _), result in zip(due, results, strict=True):
                if isinstance(result, Exception):
                    raise result
                repository.finish(session, row, status="fired", event_id=result.event_id, now=now)
                report.fired += 1
    return report


def _escalate(session: Session, ctx: AppContext, row: Firing, org: Org, *, now: datetime, report: TickReport) -> None:
    """The manager step of an unread escalation (schedule/escalations)."""
    outcome = escalations.fire(session, ctx, row, org, now=now)
    if outcome.status == "pending" and outcome.due_at is not None:
        repository.reschedule(row, due_at=outcome.due_at)
        report.skipped += 1
        return
    repository.finish(session, row, status=outcome.status, event_id=outcome.event_id, now=now)
    if outcome.status == "fired":
        report.fired += 1
    else:
        report.skipped += 1


def give_back(ctx: AppContext, ids: list[int], *, worker: str) -> None:
    with unit_of_work(ctx.sessions) as session:
        repository.give_back(session, ids, worker=worker)


def next_due_at(ctx: AppContext) -> datetime | None:
    with ctx.sessions() as session:
        return repository.next_due_at(session)
