"""Putting deliveries on the queue: an event's rows when it is ingested, held rows when their
channel comes back on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from tocsin.channels import service as channels
from tocsin.channels.availability import ChannelState, channel_states
from tocsin.channels.schemas import ChannelStateOut
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import planning, repository
from tocsin.deliveries.planning import Addressee, PlannedDelivery, Throttle
from tocsin.deliveries.routing import Cell, matrix_of
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
) -> Queued:
    """Plan and insert the delivery rows of one event (pending, held or skipped); the worker is
    woken after commit when anything is due. `states`: the org's channel states, if the caller
    has them (ingestion caches them), else they are read."""
    if not addressees:
        return Queued(Counter(), Counter())
    plan = planning.plan_event(
        event_type=event_type,
        addressees=addressees,
        matrix=matrix_of(routing),
        states=states if states is not None else channel_states(session, ctx.settings, org.id),
        prefs=preferences.for_event_type(session, org.id, event_type),
        now=now,
        throttle=throttle_of(org),
    )
    repository.insert_planned(session, org_id=org.id, event_id=event_id, event_type=event_type, now=now, rows=plan.rows)
    if plan.queued:
        after_commit(session, ctx.signals.deliveries_due)
    return Queued(plan.queued, plan.skipped)


@dataclass(frozen=True, slots=True)
class EventDeliveries:
    """One event of a group (see plan_events), with what the caller already knows of its org."""

    org_id: int
    event_id: int
    event_type: str
    matrix: Mapping[str, Cell]
    states: Mapping[str, ChannelState]
    throttle: Throttle
    addressees: Sequence[Addressee]


@dataclass
class GroupPlan:
    """The planned delivery rows of a group's events, and each event's counts, before any is written."""

    answers: list[Queued]
    rows: list[tuple[int, int, str, list[PlannedDelivery]]]


def plan_events(session: Session, events: Sequence[EventDeliveries], *, now: datetime) -> GroupPlan:
    """Plan every event's deliveries (preferences read once per org and event type) without
    writing them, so the caller can store the answers with the events it inserts next."""
    prefs: dict[tuple[int, str], dict[int, dict[str, bool]]] = {}
    planned: list[tuple[int, int, str, list[PlannedDelivery]]] = []
    out: list[Queued] = []
    for event in events:
        if not event.addressees:
            out.append(Queued(Counter(), Counter()))
            continue
        key = (event.org_id, event.event_type)
        if key not in prefs:
            prefs[key] = preferences.for_event_type(session, event.org_id, event.event_type)
        plan = planning.plan_event(
            event_type=event.event_type,
            addressees=event.addressees,
            matrix=event.matrix,
            states=event.states,
            prefs=prefs[key],
            now=now,
            throttle=event.throttle,
        )
        planned.append((event.org_id, event.event_id, event.event_type, plan.rows))
        out.append(Queued(plan.queued, plan.skipped))
    return GroupPlan(out, planned)


def write_planned(session: Session, ctx: AppContext, plan: GroupPlan, *, now: datetime) -> None:
    """Insert the planned rows (one bulk insert); the worker is woken after commit."""
    repository.insert_planned_many(session, now=now, events=plan.rows)
    if any(q.queued for q in plan.answers):
        after_commit(session, ctx.signals.deliveries_due)


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
