"""Outcome counts and time-to-read percentiles, grouped by event type and channel, over the
period's notifications (ix_notifications_org_created) and their deliveries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tocsin.deliveries.models import Delivery
from tocsin.notifications.models import Notification
from tocsin.outcomes.figures import percentile

SENT = ("sent", "delivered")
FAILED = ("failed", "undelivered")
IN_APP = "in_app"


@dataclass(slots=True)
class Row:
    sent: int = 0
    failed: int = 0
    read: int = 0
    p50: float | None = None
    p90: float | None = None


def _seconds(session: Session) -> Any:
    """read_at - created_at in seconds, in the dialect's own arithmetic."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", Notification.read_at - Notification.created_at)
    return (func.julianday(Notification.read_at) - func.julianday(Notification.created_at)) * 86400.0


def outcomes(session: Session, *, org_id: int, since: datetime, until: datetime) -> dict[tuple[str, str], Row]:
    """{(event type, channel): Row}. In-app: every notification is sent; external channels: the
    deliveries of the period's notifications, sent (sent, delivered) or failed (failed, undelivered),
    and read where their notification was read. Times to read run from the notification's creation.

    Two grouped queries (notifications; deliveries joined to their notification). On PostgreSQL
    they also compute the percentiles (`percentile_cont` skips the NULL durations of unread rows);
    SQLite has no percentile aggregate, so its read durations come back and are ranked here."""
    postgres = session.get_bind().dialect.name == "postgresql"
    rows: dict[tuple[str, str], Row] = defaultdict(Row)
    where = [Notification.org_id == org_id, Notification.created_at >= since, Notification.created_at < until]
    seconds = _seconds(session)
    is_sent = Delivery.status.in_(SENT)
    read_sent_seconds = case((is_sent, seconds), else_=None)

    in_app: list[Any] = [Notification.type, func.count(), func.count(Notification.read_at)]
    if postgres:
        in_app += [_percentile(0.5, seconds), _percentile(0.9, seconds)]
    for type_, total, read, *pct in session.execute(select(*in_app).where(*where).group_by(Notification.type)):
        rows[(type_, IN_APP)] = Row(sent=int(total), read=int(read), p50=_float(pct, 0), p90=_float(pct, 1))

    sent = func.sum(case((is_sent, 1), else_=0))
    failed = func.sum(case((Delivery.status.in_(FAILED), 1), else_=0))
    read_sent = func.sum(case((is_sent & Notification.read_at.is_not(None), 1), else_=0))
    external: list[Any] = [Delivery.event_type, Delivery.channel, sent, failed, read_sent]
    if postgres:
        external += [_percentile(0.5, read_sent_seconds), _percentile(0.9, read_sent_seconds)]
    joined = select(*external).join(Notification, Notification.id == Delivery.notification_id).where(*where)
    for type_, channel, n_sent, n_failed, n_read, *pct in session.execute(
        joined.group_by(Delivery.event_type, Delivery.channel)
    ):
        rows[(type_, channel)] = Row(
            sent=int(n_sent or 0),
            failed=int(n_failed or 0),
            read=int(n_read or 0),
            p50=_float(pct, 0),
            p90=_float(pct, 1),
        )
    if not postgres:
        _rank_in_python(session, rows, where, seconds)
    return dict(rows)


def _percentile(fraction: float, value: Any) -> Any:
    return func.percentile_cont(fraction).within_group(value)


def _float(values: list[Any], index: int) -> float | None:
    return float(values[index]) if len(values) > index and values[index] is not None else None


def _rank_in_python(session: Session, rows: dict[tuple[str, str], Row], where: list[Any], seconds: Any) -> None:
    read = Notification.read_at.is_not(None)
    durations: dict[tuple[str, str], list[float]] = defaultdict(list)
    for type_, value in session.execute(select(Notification.type, seconds).where(*where, read)):
        durations[(type_, IN_APP)].append(float(value))
    for type_, channel, value in session.execute(
        select(Delivery.event_type, Delivery.channel, seconds)
        .join(Notification, Notification.id == Delivery.notification_id)
        .where(*where, read, Delivery.status.in_(SENT))
    ):
        durations[(type_, channel)].append(float(value))
    for key, values in durations.items():
        rows[key].p50, rows[key].p90 = percentile(values, 0.5), percentile(values, 0.9)
