"""The retention purge: notifications (with their deliveries, held ones included, and attempts)
and events older than the org's `retention_days`, deleted in small batches.

Each batch is its own short transaction, so the write lock (SQLite) or the row locks
(PostgreSQL) are held for one batch only and ingestion keeps flowing between them. Used by the
daily automatic purge (the scheduler) and by `tocsin purge`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries import service as deliveries
from tocsin.events import service as events_service
from tocsin.notifications import service as notifications
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.schedule import repository
from tocsin.schedule.timing import retention_cutoff

BATCH = 500
KINDS = ("notifications", "deliveries", "attempts", "events")


@dataclass
class OrgPurge:
    org_id: int
    slug: str
    cutoff: datetime
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))


def plan(ctx: AppContext, *, slug: str | None = None, count: bool = True) -> list[OrgPurge]:
    """Every org's (or one org's) cutoff, with what a purge would delete now (a dry run) when
    `count` is set."""
    now = ctx.clock.now()
    out: list[OrgPurge] = []
    with ctx.sessions() as session:
        ids = repository.org_ids(session)
        for org_id in ids:
            org = session.get(Org, org_id)
            if org is None or (slug is not None and org.slug != slug):
                continue
            cutoff = retention_cutoff(now=now, retention_days=orgs.settings_of(org).retention_days)
            target = OrgPurge(org_id, org.slug, cutoff)
            if count:
                counts = repository.count_old(session, org_id=org_id, cutoff=cutoff)
                old = repository.old_notifications(org_id=org_id, cutoff=cutoff)
                counts.update(deliveries.count_of_notifications(session, org_id=org_id, notifications=old))
                target.counts = {kind: counts[kind] for kind in KINDS}
            out.append(target)
    return out


def purge_org(
    ctx: AppContext,
    target: OrgPurge,
    *,
    batch: int = BATCH,
    progress: Callable[[int], None] | None = None,
    keep_going: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Delete what is older than the org's cutoff, batch by batch; `progress` is told the number
    of notifications each batch removed. Returns the counts deleted."""
    done = dict.fromkeys(KINDS, 0)
    while keep_going is None or keep_going():
        with unit_of_work(ctx.sessions) as session:
            ids = repository.old_notification_ids(session, org_id=target.org_id, cutoff=target.cutoff, limit=batch)
            removed = _delete_notifications(session, ids)
        for key, n in removed.items():
            done[key] += n
        if progress is not None:
            progress(removed["notifications"])
        if len(ids) < batch:
            break
    while keep_going is None or keep_going():
        with unit_of_work(ctx.sessions) as session:
            events = repository.old_event_ids(session, org_id=target.org_id, cutoff=target.cutoff, limit=batch)
            # An old event's notifications are as old as it is; any left go with it, counted.
            removed = _delete_notifications(session, repository.notification_ids_of_events(session, events))
            done["events"] += events_service.delete_events(session, events)
        for key, n in removed.items():
            done[key] += n
        if len(events) < batch:
            break
    return done


def _delete_notifications(session: Session, ids: list[int]) -> dict[str, int]:
    """Notifications with their deliveries and attempts (held ones included), each table by its
    owner; returns counts."""
    if not ids:
        return {"notifications": 0, "deliveries": 0, "attempts": 0}
    removed = deliveries.delete_of_notifications(session, ids)
    return {"notifications": notifications.delete(session, ids), **removed}


def purge_all(ctx: AppContext, *, batch: int = BATCH, keep_going: Callable[[], bool] | None = None) -> dict[str, int]:
    """The daily purge: every org, by its own retention window."""
    total = dict.fromkeys(KINDS, 0)
    for target in plan(ctx, count=False):
        if keep_going is not None and not keep_going():
            break
        for key, n in purge_org(ctx, target, batch=batch, keep_going=keep_going).items():
            total[key] += n
    return total
