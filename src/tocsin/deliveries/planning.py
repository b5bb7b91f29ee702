"""The delivery rows of one event: routing per recipient, quiet hours, digests and the unread
escalation, then the bulk throttle. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from tocsin.channels.availability import ChannelState
from tocsin.deliveries import routing
from tocsin.deliveries.policy import staggered
from tocsin.deliveries.routing import Cell, PlanStatus
from tocsin.kit.quiet_hours import Escalation, QuietDecision, digest_due, escalation_times

NOT_QUIET = QuietDecision(until=None, silent=False, bypassed=False)
NO_PREFS: Mapping[str, bool] = {}
DIGEST_OPT_OUT = "digest"  # the preference "channel" under which a user turns a type's digest off


@dataclass(frozen=True, slots=True)
class Addressee:
    """One recipient of the event, with the id of the in-app notification just written for them."""

    user_id: int
    notification_id: int
    addresses: frozenset[str]
    delivery_choice: str = "email"
    quiet: QuietDecision = NOT_QUIET  # the recipient's quiet hours at planning time
    username: str | None = None
    manager: str | None = None  # who hears of an unread escalation


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
    reason: str | None  # why it was skipped, or why it waits (quiet_hours, digest, escalation)
    due_at: datetime | None  # None for skipped rows: nothing will be sent
    dnd_bypassed: bool = False
    copy_to: str | None = None  # a copy to this fixed address (user_id 0), not a user's delivery


@dataclass(frozen=True, slots=True)
class Copies:
    """The event type's fixed addresses (`cc_emails`) that get a copy of its email, and the org's
    quiet hours now (copies have no user: the org's window, the org's timezone)."""

    addresses: tuple[str, ...] = ()
    quiet: QuietDecision = NOT_QUIET


NO_COPIES = Copies()
COPY_CHANNEL = "email"


# The two steps of an unread escalation, as scheduled firings (their `type`).
SEND_STEP = "escalation_send"  # send the notification on the escalation's channel
MANAGER_STEP = "escalation"  # tell the recipient's manager


@dataclass(frozen=True, slots=True)
class EscalationStep:
    """One step of an unread escalation: a scheduled firing, cancelled by a read or dismiss."""

    notification_id: int
    step: str  # SEND_STEP or MANAGER_STEP
    recipient: str  # the username it is for: the recipient (send) or their manager
    due_at: datetime


@dataclass(frozen=True, slots=True)
class Timing:
    """What the event type says about when its deliveries leave."""

    digest_minutes: int | None = None
    escalation: Escalation | None = None


@dataclass
class EventPlan:
    rows: list[PlannedDelivery] = field(default_factory=list)
    queued: Counter[str] = field(default_factory=Counter)  # pending and held, per channel
    skipped: Counter[str] = field(default_factory=Counter)
    escalations: list[EscalationStep] = field(default_factory=list)


def plan_event(
    *,
    event_type: str,
    addressees: Sequence[Addressee],
    matrix: Mapping[str, Cell],
    states: Mapping[str, ChannelState],
    prefs: Mapping[int, Mapping[str, bool]],
    now: datetime,
    throttle: Throttle,
    timing: Timing = Timing(),
    copies: Copies = NO_COPIES,
) -> EventPlan:
    """Every delivery row of one event, with its due time.

    The emails of one event go out `throttle.batch_size` per window, none dropped: a broadcast to
    thousands never leaves all at once. A digest type's rows wait for the end of the digest window
    (unless the user turned its digest off); in the recipient's quiet hours a row waits for the
    window's end (`deferred`, reason `quiet_hours`), unless the event is urgent and the org lets it
    through (recorded as `dnd_bypassed`). An unread escalation adds its steps as scheduled firings
    (`after_minutes`: send on its channel; `manager_after_minutes`: tell the manager); they create
    their deliveries or notification when they fire, if the notification is still unread.
    Copies to the type's fixed addresses hang on the first recipient's notification (for its
    texts), wait for the org's quiet hours and share the email throttle.
    """
    out = EventPlan()
    waits: list[int] = []  # rows deferred at planning: left out of the throttle
    times = escalation_times(timing.escalation, now)
    # Recipients with the same addresses, choice and preferences get the same routing: decided
    # once per such kind (a broadcast's thousands of recipients are a handful of kinds).
    routed: dict[tuple[frozenset[str], str, int], list[routing.ChannelPlan]] = {}
    for who in addressees:
        user_prefs = prefs.get(who.user_id, NO_PREFS)
        kind = (who.addresses, who.delivery_choice, id(user_prefs))
        plans = routed.get(kind)
        if plans is None:
            plans = routed[kind] = routing.plan(
                event_type=event_type,
                matrix=matrix,
                channels=states,
                recipient=routing.Recipient(addresses=who.addresses, delivery_choice=who.delivery_choice),
                prefs=user_prefs,
            )
        digest = timing.digest_minutes if user_prefs.get(DIGEST_OPT_OUT, True) else None
        for p in plans:
            skipped = p.status == "skipped"
            row = PlannedDelivery(
                notification_id=who.notification_id,
                user_id=who.user_id,
                channel=p.channel,
                status=p.status,
                reason=p.reason,
                due_at=None if skipped else now,
            )
            if p.status == "pending":
                _wait(row, digest=digest, quiet=who.quiet, now=now)
                if row.status == "deferred":
                    waits.append(len(out.rows))
            out.rows.append(row)
            (out.skipped if skipped else out.queued)[p.channel] += 1
        if times.send_at is not None and who.username:
            out.escalations.append(EscalationStep(who.notification_id, SEND_STEP, who.username, times.send_at))
        if times.manager_at is not None and who.manager:
            out.escalations.append(EscalationStep(who.notification_id, MANAGER_STEP, who.manager, times.manager_at))
    if addressees and copies.addresses:
        _plan_copies(out, waits, copies, note=addressees[0].notification_id, state=states.get(COPY_CHANNEL), now=now)
    waiting = set(waits)
    emails = [
        i for i, row in enumerate(out.rows) if row.channel == "email" and row.status != "skipped" and i not in waiting
    ]
    due = staggered(len(emails), now=now, batch_size=throttle.batch_size, window_seconds=throttle.window_seconds)
    for i, at in zip(emails, due, strict=True):
        out.rows[i].due_at = at
    return out


def _plan_copies(
    out: EventPlan, waits: list[int], copies: Copies, *, note: int, state: ChannelState | None, now: datetime
) -> None:
    """One email row per fixed address: none while email is unconfigured, skipped while the admin
    has it off (a copy is not held for later), else pending or waiting for the org's quiet hours."""
    if state is None or not state.configured:
        return
    for address in copies.addresses:
        row = PlannedDelivery(
            notification_id=note, user_id=0, channel=COPY_CHANNEL, status="pending", reason=None, due_at=now,
            copy_to=address,
        )
        if not state.enabled:
            row.status, row.reason, row.due_at = "skipped", "email channel disabled", None
            out.skipped[COPY_CHANNEL] += 1
        else:
            _wait(row, digest=None, quiet=copies.quiet, now=now)
            if row.status == "deferred":
                waits.append(len(out.rows))
            out.queued[COPY_CHANNEL] += 1
        out.rows.append(row)


def _wait(row: PlannedDelivery, *, digest: int | None, quiet: QuietDecision, now: datetime) -> None:
    """Defer a pending row for its digest window and the recipient's quiet hours (the later wins;
    a digest row keeps its reason so the worker gathers it with the rest of its window)."""
    if digest:
        row.status, row.reason, row.due_at = "deferred", "digest", digest_due(now, digest)
    if quiet.bypassed:
        row.dnd_bypassed = True
    if quiet.until is not None and (row.due_at is None or row.due_at < quiet.until):
        row.status, row.due_at = "deferred", quiet.until
        if row.reason != "digest":
            row.reason = "quiet_hours"
