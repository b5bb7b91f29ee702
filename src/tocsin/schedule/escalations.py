"""The steps of an unread escalation, fired by the scheduler like any firing.

Each firing row belongs to a notification. When it comes due, a notification read or dismissed
meanwhile (or purged), or an event type whose escalation was turned off since, cancels it.
Otherwise:

- the send step (`escalation_send`) queues one delivery on the escalation's channel, due now;
  the worker re-checks it like any delivery (quiet hours defer it unless the event is urgent, a
  read meanwhile skips it as `read_in_app`);
- the manager step (`escalation`) moves to the end of the recipient's quiet hours if they are in
  them (unless the event is urgent and the org lets urgent events through); then the recipient's
  manager gets an `escalation` notification naming the recipient ("Jane Smith has not opened:
  Lead assigned: Acme"), ingested like any event, so the manager's own quiet hours and channels
  apply.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from tocsin.channels.registry import addresses_of
from tocsin.context import AppContext
from tocsin.deliveries import service as queue
from tocsin.deliveries.planning import SEND_STEP
from tocsin.errors import ApiError
from tocsin.event_types import service as event_types
from tocsin.events import service as events
from tocsin.events.schemas import EntityIn, EventIn
from tocsin.kit import quiet_hours
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.schedule import repository
from tocsin.schedule.models import Firing

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # fired | cancelled | pending (moved past quiet hours) | missed
    event_id: int | None = None
    due_at: datetime | None = None


CANCELLED = Outcome("cancelled")


def fire(session: Session, ctx: AppContext, row: Firing, org: Org, *, now: datetime) -> Outcome:
    found = repository.escalation_facts(session, row.notification_id or 0)
    if found is None:
        return CANCELLED
    note, user, entity = found
    if note.read_at is not None or note.dismissed_at is not None or user.deleted_at is not None:
        return CANCELLED
    event_type = event_types.find(session, org.id, note.type)
    escalation = event_type.escalation if event_type is not None else None
    if not escalation:
        return CANCELLED  # turned off since
    if row.type == SEND_STEP:
        channel = escalation.get("channel")
        if not channel or not escalation.get("after_minutes"):
            return CANCELLED
        queued = queue.queue_escalation(
            session, ctx, note=note, user_id=user.id, channel=str(channel), addresses=addresses_of(user)
        )
        return Outcome("fired") if queued else CANCELLED
    if not escalation.get("manager_after_minutes"):
        return CANCELLED
    settings = orgs.settings_of(org)
    quiet = quiet_hours.for_recipient(
        org_dnd=settings.dnd.model_dump(),
        urgent_bypasses=settings.urgent_bypasses_dnd,
        user_dnd=user.dnd,
        user_timezone=user.timezone,
        urgent=note.urgent,
        now=now,
    )
    if quiet.until is not None:
        return Outcome("pending", due_at=quiet.until)
    minutes = max(0, int((now - note.created_at).total_seconds() // 60))
    body = EventIn(
        type="escalation",
        entity=EntityIn.model_validate(entity),
        data={
            "recipient": user.username,
            "recipient_name": user.display_name or user.username,
            "title": note.title,
            "notification_id": note.id,
            "event_type": note.type,
            "minutes": minutes,
        },
        urgent=note.urgent,
        recipients=[row.recipient],
    )
    try:
        result = events.ingest(session, ctx, org=org, body=body)
    except ApiError as exc:  # the org removed the `escalation` event type
        log.warning("org %s: unread escalation not sent: %s", org.slug, exc.message)
        return Outcome("missed")
    return Outcome("fired", event_id=result.event_id)
