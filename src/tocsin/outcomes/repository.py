"""Outcome counts and time-to-read percentiles, grouped by event type and channel, in a few
grouped queries over notifications (ix_notifications_org_created) and their deliveries."""

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


def _in_period(since: datetime, until: datetime, org_id: int) -> list[Any]:
    return [Notification.org_id == org_id, Notification.created_at >= since, Notification.created_at < until]


def outcomes(session: Session, *, org_id: int, since: datetime, until: datetime) -> dict[tuple[str, str], Row]:
    """{(event type, channel): Row}. In-app: every notification is sent; external channels: the
    deliveries of the period's notifications, sent (sent, delivered) or failed (failed, undelivered),
    and read where their notification was read. Times to read run from the notification's creation."""
    rows: dict[tuple[str, str], Row] = defaultdict(Row)
    where = _in_period(since, until, org_id)
    for type_, total, read in session.execute(
        select(Notification.type, func.count(), func.count(Notification.read_at))
        .where(*where)
        .group_by(Notification.type)
    ):
        rows[(type_, IN_APP)] = Row(sent=int(total), read=int(read))
    sent = case((Delivery.status.in_(SENT), 1), else_=0)
    failed = case((Delivery.status.in_(FAILED), 1), else_=0)
    read_sent = case((Delivery.status.in_(SENT) & Notification.read_at.is_not(None), 1), else_=0)
    for type_, channel, n_sent, n_failed, n_read in session.execute(
        select(Delivery.event_type, Delivery.channel, func.sum(sent), func.sum(failed), func.sum(read_sent))
        .join(Notification, Notification.id == Delivery.notification_id)
        .where(*where)
        .group_by(Delivery.event_type, Delivery.channel)
    ):
        rows[(type_, channel)] = Row(sent=int(n_sent or 0), failed=int(n_failed or 0), read=int(n_read or 0))
    _times_to_read(session, rows, where)
    return dict(rows)


def _times_to_read(session: Session, rows: dict[tuple[str, str], Row], where: list[Any]) -> None:
    seconds = _seconds(session)
    read = Notification.read_at.is_not(None)
    sent_delivery = (
        select(Delivery.event_type, Delivery.channel)
        .join(Notification, Notification.id == Delivery.notification_id)
        .where(*where, read, Delivery.status.in_(SENT))
    )
    if session.get_bind().dialect.name == "postgresql":
        p50 = func.percentile_cont(0.5).within_group(seconds)
        p90 = func.percentile_cont(0.9).within_group(seconds)
        for type_, a, b in session.execute(
            select(Notification.type, p50, p90).where(*where, read).group_by(Notification.type)
        ):
            rows[(type_, IN_APP)].p50, rows[(type_, IN_APP)].p90 = float(a), float(b)
        for type_, channel, a, b in session.execute(
            sent_delivery.add_columns(p50, p90).group_by(Delivery.event_type, Delivery.channel)
        ):
            rows[(type_, channel)].p50, rows[(type_, channel)].p90 = float(a), float(b)
        return
    # SQLite has no percentile aggregate: the read durations come back (one number per read) and
    # are ranked here.
    durations: dict[tuple[str, str], list[float]] = defaultdict(list)
    for type_, value in session.execute(select(Notification.type, seconds).where(*where, read)):
        durations[(type_, IN_APP)].append(float(value))
    for type_, channel, value in session.execute(sent_delivery.add_columns(seconds)):
        durations[(type_, channel)].append(float(value))
    for key, values in durations.items():
        rows[key].p50, rows[key].p90 = percentile(values, 0.5), percentile(values, 0.9)
