"""The delivery rows of one event: routing per recipient, then the bulk throttle. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from tocsin.channels.availability import ChannelState
from tocsin.deliveries import routing
from tocsin.deliveries.policy import staggered
from tocsin.deliveries.routing import Cell, PlanStatus


@dataclass(frozen=True, slots=True)
class Addressee:
    """One recipient of the event, with the id of the in-app notification just written for them."""

    user_id: int
    notification_id: int
    addresses: frozenset[str]
    delivery_choice: str = "email"


@dataclass(frozen=True, slots=True)
class Throttle:
    """The org's bulk throttle: at most `batch_size` emails of one event per window."""

    batch_size: int
    window_seconds: int


@dataclass(slots=True)
class PlannedDelivery:
    notification_id: int
    user_id: int
    channel: str
    status: PlanStatus
    reason: str | None  # why it was skipped
    due_at: datetime | None  # None for skipped rows: nothing will be sent


@dataclass
class EventPlan:
    rows: list[PlannedDelivery] = field(default_factory=list)
    queued: Counter[str] = field(default_factory=Counter)  # pending and held, per channel
    skipped: Counter[str] = field(default_factory=Counter)


def plan_event(
    *,
    event_type: str,
    addressees: Sequence[Addressee],
    matrix: Mapping[str, Cell],
    states: Mapping[str, ChannelState],
    prefs: Mapping[int, Mapping[str, bool]],
    now: datetime,
    throttle: Throttle,
) -> EventPlan:
    """Every delivery row of one event, with its due time.

    The emails of one event go out `throttle.batch_size` per window, none dropped: a broadcast to
    thousands never leaves all at once.
    """
    out = EventPlan()
    for who in addressees:
        plans = routing.plan(
            event_type=event_type,
            matrix=matrix,
            channels=states,
            recipient=routing.Recipient(addresses=who.addresses, delivery_choice=who.delivery_choice),
            prefs=prefs.get(who.user_id, {}),
        )
        for p in plans:
            skipped = p.status == "skipped"
            out.rows.append(
                PlannedDelivery(
                    notification_id=who.notification_id,
                    user_id=who.user_id,
                    channel=p.channel,
                    status=p.status,
                    reason=p.reason,
                    due_at=None if skipped else now,
                )
            )
            (out.skipped if skipped else out.queued)[p.channel] += 1
    emails = [i for i, row in enumerate(out.rows) if row.channel == "email" and row.status != "skipped"]
    due = staggered(len(emails), now=now, batch_size=throttle.batch_size, window_seconds=throttle.window_seconds)
    for i, at in zip(emails, due, strict=True):
        out.rows[i].due_at = at
    return out
