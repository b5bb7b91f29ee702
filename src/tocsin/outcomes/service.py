from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.kit.clock import isoformat
from tocsin.outcomes import repository
from tocsin.outcomes.figures import rounded
from tocsin.outcomes.schemas import OutcomeRow, OutcomesOut

DEFAULT_PERIOD = timedelta(days=7)
MAX_PERIOD = timedelta(days=3660)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def outcomes(
    session: Session, ctx: AppContext, org_id: int, *, since: datetime | None, until: datetime | None
) -> OutcomesOut:
    """Sent, failed, read and time-to-read percentiles per event type and channel, for the
    notifications created in [since, until) (default: the last 7 days up to now)."""
    until = _utc(until) or ctx.clock.now()
    since = _utc(since) or until - DEFAULT_PERIOD
    if since >= until:
        raise invalid("until", "must be after since")
    if until - since > MAX_PERIOD:
        raise invalid("since", "the period is at most 10 years")
    rows = repository.outcomes(session, org_id=org_id, since=since, until=until)
    items = [
        OutcomeRow(
            event_type=type_, channel=channel, sent=row.sent, failed=row.failed, read=row.read,
            time_to_read_p50_seconds=rounded(row.p50), time_to_read_p90_seconds=rounded(row.p90),
        )
        for (type_, channel), row in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] != "in_app", kv[0][1]))
    ]  # fmt: skip
    return OutcomesOut(since=isoformat(since) or "", until=isoformat(until) or "", items=items)
