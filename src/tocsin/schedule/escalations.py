"""The manager step of an unread escalation, fired by the scheduler like any firing.

The firing row belongs to a notification. When it comes due: a notification read or dismissed
meanwhile (or purged) cancels it; a recipient in quiet hours moves it to the window's end unless
the event is urgent (and the org lets urgent events through); otherwise the recipient's manager
gets an `escalation` notification naming the recipient ("Jane Smith has not opened: Lead
assigned: Acme"), ingested like any event, so the manager's own quiet hours and channels apply.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import ApiError
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


def fire(session: Session, ctx: AppContext, row: Firing, org: Org, *, now: datetime) -> Outcome:
    facts = repository.escalation_facts(session, row.notification_id or 0)
    if facts is None or facts.read_at is not None or facts.dismissed_at is not None:
        return Outcome("cancelled")
    settings = orgs.settings_of(org)
    quiet = quiet_hours.for_recipient(
        org_dnd=settings.dnd.model_dump(),
        urgent_bypasses=settings.urgent_bypasses_dnd,
        user_dnd=facts.dnd,
        user_timezone=facts.timezone,
        urgent=facts.urgent,
        now=now,
    )
    if quiet.until is not None:
        return Outcome("pending", due_at=quiet.until)
    minutes = max(0, int((now - facts.created_at).total_seconds() // 60))
    body = EventIn(
        type="escalation",
        entity=EntityIn.model_validate(facts.entity or {}),
        data={
            "recipient": facts.username,
            "recipient_name": facts.display_name or facts.username,
            "title": facts.title,
            "notification_id": row.notification_id,
            "event_type": facts.type,
            "minutes": minutes,
        },
        urgent=facts.urgent,
        recipients=[row.recipient],
    )
    try:
        result = events.ingest(session, ctx, org=org, body=body)
    except ApiError as exc:  # the org removed the `escalation` event type
        log.warning("org %s: unread escalation not sent: %s", org.slug, exc.message)
        return Outcome("missed")
    return Outcome("fired", event_id=result.event_id)
