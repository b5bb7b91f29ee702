"""The deliveries package's public service: what other packages call to put deliveries on the
queue (an event's rows when it is ingested, an escalation's send step, held rows when their
channel comes back on), stop or skip them, and the in-transaction subscriptions through which
lower layers ask deliveries to write its rows (callbacks, provider receipts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from tocsin.channels import service as channels
from tocsin.channels.availability import ChannelState, channel_states
from tocsin.channels.schemas import ChannelStateOut
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import planning, reports, repository
from tocsin.deliveries.planning import NO_COPIES, Addressee, Copies, EscalationStep, EventPlan, Throttle, Timing
from tocsin.deliveries.routing import Cell, matrix_of
from tocsin.notifications.models import Notification
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.preferences import service as preferences


@dataclass(frozen=True, slots=True)
class Queued:
    queued: Counter[str]  # pending and held rows, per channel
    skipped: Counter[str]


def throttle_of(org: Org) -> Throttle:
    settings = orgs.settings_of(org)
    return Throttle(batch_size=settings.email_batch_size, window_seconds=settings.email_batch_window_seconds)


def queue_event(
    session: Session,
    ctx: AppContext,
    *,
    org: Org,
    event_id: int,
    event_type: str,
    routing: dict[str, Any] | None,
    addressees: Sequence[Addressee],
    now: datetime,
    states: Mapping[str, ChannelState] | None = None,
    timing: Timing = Timing(),
    prefs: Mapping[int, Mapping[str, bool]] | None = None,
) -> Queued:
    """Plan and insert the delivery rows of one event (pending, held or skipped); the worker is
    woken after commit when anything is due. `states`: the org's channel states, if the caller
    has them (ingestion caches them), else they are read; `prefs`: the users' choices for the
    event type (`choices`), if the caller read them already, else they are read."""
    if not addressees:
        return Queued(Counter(), Counter())
    plan = planning.plan_event(
        event_type=event_type,
        addressees=addressees,
        matrix=matrix_of(routing),
        states=states if states is not None else channel_states(session, ctx.settings, org.id),
        prefs=prefs if prefs is not None else choices(session, org.id, event_type),
        now=now,
        throttle=throttle_of(org),
        timing=timing,
    )
    repository.insert_planned(session, org_id=org.id, event_id=event_id, event_type=event_type, now=now, rows=plan.rows)
    _schedule_escalations(session, ctx, [(org.id, step) for step in plan.escalations], now=now)
    if plan.queued:
        after_commit(session, ctx.signals.deliveries_due)
    return Queued(plan.queued, plan.skipped)


def choices(session: Session, org_id: int, event_type: str) -> dict[int, dict[str, bool]]:
    """Every user's own choices for one event type, as planning takes them."""
    return preferences.for_event_type(session, org_id, event_type)


@dataclass(slots=True)
class KindDeliveries:
    """Events of a group planned alike (see plan_kinds): one org, type, routing, channel states,
    throttle and timing, and the same recipients in the same order with the same quiet hours
    (`addressees`, whose notification ids are the first event's). A rule matching thousands of
    records is one kind; any other event is a kind of its own."""

    org_id: int
    event_type: str
    matrix: Mapping[str, Cell]
    states: Mapping[str, ChannelState]
    throttle: Throttle
    addressees: Sequence[Addressee]
    timing: Timing = field(default_factory=Timing)
    copies: Copies = NO_COPIES  # the type's fixed addresses that get a copy of the email
    # Each event of the kind: its id and its notification ids, in the order of `addressees`.
    events: list[tuple[int, Sequence[int]]] = field(default_factory=list)


@dataclass(slots=True)
class KindPlan:
    kind: KindDeliveries
    plan: EventPlan  # for the addressees as given (the first event's notifications)
    answer: Queued  # the counts every event of the kind answers with


def plan_kinds(session: Session, kinds: Sequence[KindDeliveries], *, now: datetime) -> list[KindPlan]:
    """Plan each kind's deliveries once (the recipients' preferences read in one query) without
    writing them, so the caller can store the answers with the events it inserts next."""
    chosen = _chosen(session, kinds)
    out: list[KindPlan] = []
    for kind in kinds:
        prefs = {
            who.user_id: chosen[(who.user_id, kind.event_type)]
            for who in kind.addressees
            if (who.user_id, kind.event_type) in chosen
        }
        plan = planning.plan_event(
            event_type=kind.event_type,
            addressees=kind.addressees,
            matrix=kind.matrix,
            states=kind.states,
            prefs=prefs,
            now=now,
            throttle=kind.throttle,
            timing=kind.timing,
            copies=kind.copies,
        )
        out.append(KindPlan(kind, plan, Queued(plan.queued, plan.skipped)))
    return out


# A kind with more recipients than this (a broadcast) reads its type's preferences for the whole
# org, one plain query, instead of naming thousands of users in an IN list.
_BY_TYPE_FROM = 1000


def _chosen(session: Session, kinds: Sequence[KindDeliveries]) -> dict[tuple[int, str], dict[str, bool]]:
    """The preferences planning reads: {(user id, event type): {channel: on}}."""
    small = [kind for kind in kinds if 0 < len(kind.addressees) <= _BY_TYPE_FROM]
    chosen = preferences.for_users(
        session, {who.user_id for kind in small for who in kind.addressees}, {kind.event_type for kind in small}
    )
    for org_id, event_type in {(k.org_id, k.event_type) for k in kinds if len(k.addressees) > _BY_TYPE_FROM}:
        for user_id, choice in preferences.for_event_type(session, org_id, event_type).items():
            chosen[(user_id, event_type)] = choice
    return chosen


def write_planned(session: Session, ctx: AppContext, plans: Sequence[KindPlan], *, now: datetime) -> None:
    """Insert every event's planned rows (one bulk insert) and the escalation steps they start;
    the worker is woken after commit."""
    repository.insert_planned_kinds(
        session,
        now=now,
        kinds=[
            (
                p.kind.org_id,
                p.kind.event_type,
                [who.notification_id for who in p.kind.addressees],
                p.plan.rows,
                p.kind.events,
            )
            for p in plans
            if p.plan.rows
        ],
    )
    steps: list[tuple[int, EscalationStep]] = []
    for p in plans:
        if p.plan.escalations:
            at = {who.notification_id: i for i, who in enumerate(p.kind.addressees)}
            for _, ids in p.kind.events:
                steps.extend(
                    (p.kind.org_id, replace(step, notification_id=ids[at[step.notification_id]]))
                    for step in p.plan.escalations
                )
    _schedule_escalations(session, ctx, steps, now=now)
    if any(p.answer.queued for p in plans):
        after_commit(session, ctx.signals.deliveries_due)


def _schedule_escalations(
    session: Session, ctx: AppContext, rows: Sequence[tuple[int, EscalationStep]], *, now: datetime
) -> None:
    """The escalation steps (org id, step) the planned events start become scheduled firings,
    written by the schedule (`signals.escalations_planned`, in this transaction). The
    scheduler is told only when a step is due before its longest sleep ends: it wakes by then
    anyway, and waking it for every ingested `lead_assigned` (steps 30 and 240 minutes away) cost
    queries per commit."""
    if not rows:
        return
    ctx.signals.escalations_planned(session, list(rows), now=now)
    soonest = min(step.due_at for _, step in rows)
    if (soonest - now).total_seconds() < ctx.settings.schedule_max_sleep_seconds:
        after_commit(session, ctx.signals.schedule_changed)


def queue_escalation(
    session: Session, ctx: AppContext, *, note: Notification, user_id: int, channel: str, addresses: frozenset[str]
) -> bool:
    """The send step of an unread escalation came due: one delivery of `note` on `channel`, due
    now, reason `escalation` (the worker still re-checks it: quiet hours, a read meanwhile, the
    channel's state). False when the channel is not configured for the org or the user has no
    address for it."""
    state = channel_states(session, ctx.settings, note.org_id).get(channel)
    if state is None or not state.configured or channel not in addresses:
        return False
    now = ctx.clock.now()
    row = planning.PlannedDelivery(
        notification_id=note.id, user_id=user_id, channel=channel, status="pending", reason="escalation", due_at=now
    )
    repository.insert_planned(
        session, org_id=note.org_id, event_id=note.event_id, event_type=note.type, now=now, rows=[row]
    )
    after_commit(session, ctx.signals.deliveries_due)
    return True


def cancel_escalations(session: Session, ctx: AppContext, *, org_id: int, notification_ids: Sequence[int]) -> int:
    """Stop the unread escalations of these notifications: what has not fired never will (their
    escalation deliveries are skipped as `read_in_app`, their pending steps cancelled by the
    schedule through `signals.escalations_stopped`); the worker
    and the scheduler also check at fire time. A notification settled another way (an approval
    resolved) calls it too. Returns the rows changed.

    Reading and dismissing call it through `signals.notifications_settled`, in their transaction."""
    now = ctx.clock.now()
    skipped = repository.skip_escalations(session, org_id=org_id, notification_ids=notification_ids, now=now)
    return skipped + ctx.signals.escalations_stopped(session, org_id, list(notification_ids), now=now)


def retime_quiet_hours(session: Session, ctx: AppContext, *, org_id: int, user_id: int | None = None) -> int:
    """Quiet hours changed (the org's window or a user's own): deliveries waiting for the old
    window's end become due now, and the worker, which re-checks quiet hours at send time, sends
    them or defers them to the new window's end. Returns how many."""
    count = repository.wake_quiet(session, org_id=org_id, user_id=user_id, now=ctx.clock.now())
    if count:
        after_commit(session, ctx.signals.deliveries_due)
    return count


@dataclass(frozen=True, eq=False)
class QuietHoursSubscriber:
    """The in-transaction subscriber of `signals.quiet_hours_changed` (wired up by the app, once
    per context: subscribers of the same context compare equal)."""

    ctx: AppContext

    def __eq__(self, other: object) -> bool:
        return isinstance(other, QuietHoursSubscriber) and other.ctx is self.ctx

    def __hash__(self) -> int:
        return id(self.ctx)

    def __call__(self, session: Any, org_id: int, user_id: int | None) -> None:
        retime_quiet_hours(session, self.ctx, org_id=org_id, user_id=user_id)


@dataclass(frozen=True, eq=False)
class SettledSubscriber:
    """The in-transaction subscriber of `signals.notifications_settled`: a read or dismiss stops
    the notifications' unread escalations (wired up by the app, once per context)."""

    ctx: AppContext

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SettledSubscriber) and other.ctx is self.ctx

    def __hash__(self) -> int:
        return id(self.ctx)

    def __call__(self, session: Any, org_id: int, ids: list[int]) -> None:
        settle(session, self.ctx, org_id=org_id, notification_ids=ids)


def settle(session: Session, ctx: AppContext, *, org_id: int, notification_ids: Sequence[int]) -> int:
    """Notifications were read or dismissed: their unread escalations stop, and where the org
    skips read notifications their deliveries waiting for quiet hours or a digest are skipped.

    One look at the index of waiting deliveries decides which updates are needed (usually none:
    reading a thousand notifications then costs this one query here, and the schedule's one
    indexed update of its pending steps). Returns the rows changed."""
    now = ctx.clock.now()
    waiting = repository.waiting_of(session, org_id=org_id, notification_ids=notification_ids)
    changed = 0
    if any(reason == "escalation" for _status, reason in waiting):
        changed += repository.skip_escalations(session, org_id=org_id, notification_ids=notification_ids, now=now)
    changed += ctx.signals.escalations_stopped(session, org_id, list(notification_ids), now=now)
    if any(status == "deferred" and reason in ("quiet_hours", "digest") for status, reason in waiting):
        changed += skip_read(session, ctx, org_id=org_id, notification_ids=notification_ids)
    return changed


def skip_read(session: Session, ctx: AppContext, *, org_id: int, notification_ids: Sequence[int]) -> int:
    """Read before sent, at the moment of reading: where the org skips read notifications
    (`skip_read`), their deliveries still waiting for quiet hours or a digest are skipped as
    `read_in_app` (the worker also checks when they come due). Returns how many."""
    org = session.get(Org, org_id)
    if org is None or not orgs.settings_of(org).skip_read:
        return 0
    return repository.skip_read_waiting(session, org_id=org_id, notification_ids=notification_ids, now=ctx.clock.now())


def release_held(session: Session, ctx: AppContext, org: Org, channel: str) -> int:
    """Held deliveries of a channel that is on again go out, throttled like a bulk event."""
    throttle = throttle_of(org)
    released = repository.release_held(
        session,
        org_id=org.id,
        channel=channel,
        now=ctx.clock.now(),
        batch_size=throttle.batch_size,
        window_seconds=throttle.window_seconds,
    )
    if released:
        after_commit(session, ctx.signals.deliveries_due)
    return released


def set_channel_enabled(session: Session, ctx: AppContext, org: Org, channel: str, *, enabled: bool) -> ChannelStateOut:
    """Enable or disable a channel. Disabling holds what is due from now on; enabling releases
    every held delivery of the channel."""
    out = channels.set_enabled(session, ctx, org, channel, enabled=enabled)
    if out.enabled:
        out.released = release_held(session, ctx, org, channel)
    return out


def save_channel_settings(session: Session, ctx: AppContext, org: Org, channel: str, body: BaseModel) -> BaseModel:
    """Save a channel's settings; when that leaves it configured and on, its held deliveries go."""
    out = channels.admin_of(channel).put(session, ctx, org, body)
    if getattr(out, "enabled", False):
        release_held(session, ctx, org, channel)
    return out


def count_of_notifications(session: Session, *, org_id: int, notifications: Any) -> dict[str, int]:
    """Deliveries and attempts of the notifications the `notifications` subquery selects (what
    a purge would delete with them)."""
    return repository.count_of_notifications(session, org_id=org_id, notifications=notifications)


def delete_of_notifications(session: Session, notification_ids: Sequence[int]) -> dict[str, int]:
    """Delete these notifications' deliveries with their attempts (the retention purge, before
    the notifications themselves); returns counts."""
    return repository.delete_of_notifications(session, notification_ids)


def subscribe(ctx: AppContext) -> None:
    """Wire the in-transaction signals deliveries answers (idempotent: the app and the worker
    both call it): quiet hours changed, notifications settled, callbacks queued, receipts."""
    ctx.signals.on_quiet_hours_changed(QuietHoursSubscriber(ctx))
    ctx.signals.on_notifications_settled(SettledSubscriber(ctx))
    ctx.signals.callbacks_queued.subscribe(
        "deliveries", lambda session, items, *, now: reports.queue_callbacks(session, ctx, items, now=now)
    )
    ctx.signals.receipts_arrived.subscribe(
        "deliveries",
        lambda session, org_id, channel, receipts: reports.apply_receipts(session, ctx, org_id, channel, receipts),
    )
