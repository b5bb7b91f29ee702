"""The claim transaction of the worker: lock claimable rows, re-check each against the facts as
they are now, settle the rows that must not be sent (skipped, held, failed) and lease the rest,
with everything needed to render them.

It runs in one short transaction in a thread, never on the event loop; rendering happens after
the commit (`compose`), so the write lock (SQLite) or row locks (PostgreSQL) are held for reads
and updates only.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from tocsin.callbacks import service as callbacks
from tocsin.channels.availability import ChannelState, states_of_orgs
from tocsin.channels.base import ChannelSpec, Provider
from tocsin.channels.registry import addresses_of
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries import reports, repository, timing
from tocsin.deliveries.planning import NOT_QUIET
from tocsin.deliveries.policy import max_attempts
from tocsin.deliveries.reports import delivery_callback
from tocsin.deliveries.repository import Claimed
from tocsin.deliveries.routing import Recipient, still_wanted
from tocsin.deliveries.worker.recheck import SendFacts, decide
from tocsin.event_types import service as event_types
from tocsin.event_types.repository import TypeTexts
from tocsin.kit import quiet_hours
from tocsin.kit.channels import LOCK_SCREEN_CHANNELS
from tocsin.kit.clock import start_of_day
from tocsin.notifications.models import Notification
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.preferences import service as preferences
from tocsin.templates import service as templates
from tocsin.templates.defaults import TemplateSource
from tocsin.users.models import User

CALLBACK = callbacks.CHANNEL


def new_worker_id() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass
class Work:
    row: Claimed
    notification: Notification
    user: User | None  # None for a copy to a fixed address (`row.copy_to`)
    entity: dict[str, Any]
    # A digest: the other deliveries of the same user, channel and window, sent as one message
    # with this one (each is recorded with the same outcome).
    also: list[Work] = field(default_factory=list)

    @property
    def ids(self) -> list[int]:
        return [self.row.id, *(w.row.id for w in self.also)]


@dataclass
class Claim:
    """What the claim transaction hands over: leased work plus everything needed to render it."""

    work: list[Work] = field(default_factory=list)
    providers: dict[tuple[int, str], Provider | None] = field(default_factory=dict)
    orgs: dict[int, Org] = field(default_factory=dict)
    templates: dict[tuple[int, str], dict[str, dict[str, TemplateSource]]] = field(default_factory=dict)
    # In-app texts and sensitive fields of the event types going out on lock-screen channels.
    texts: dict[tuple[int, str], TypeTexts] = field(default_factory=dict)
    # Addresses of channels that keep them in their own table: {(org_id, channel): {user_id: address}}.
    addresses: dict[tuple[int, str], dict[int, str]] = field(default_factory=dict)
    claimed: int = 0
    skipped: int = 0
    held: int = 0
    failed: int = 0
    lost: int = 0
    deferred: int = 0  # found in quiet hours at send time: waiting again
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (channel, outcome) for metrics
    payloads: dict[int, dict[str, Any]] = field(default_factory=dict)  # the bodies of leased callbacks
    # The stored attachments of the events whose messages carry files, by event id; then what
    # was fetched for each (the files, or the error their messages fail with).
    attachments: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    files: dict[int, Any] = field(default_factory=dict)


def claim(ctx: AppContext, *, worker: str, specs: Mapping[str, ChannelSpec], limit: int) -> Claim:
    """Lease up to `limit` deliveries for `worker` (one transaction)."""
    with unit_of_work(ctx.sessions) as session:
        return _claim(session, ctx, worker=worker, specs=specs, limit=limit)


def _claim(session: Session, ctx: AppContext, *, worker: str, specs: Mapping[str, ChannelSpec], limit: int) -> Claim:
    now = ctx.clock.now()
    rows = repository.lock_claimable(session, now=now, channels=list(specs), limit=limit)
    out = Claim(claimed=len(rows))
    if not rows:
        return out
    facts = _ClaimFacts.load(session, ctx, rows)
    sorted_ = _Sorted()
    for row in rows:
        _sort_row(sorted_, row, facts, now=now)

    over_cap = _over_daily_cap(session, ctx, specs, sorted_.send, now=now)
    if over_cap:
        sorted_.send = [w for w in sorted_.send if w.row.id not in over_cap]
        sorted_.fail.extend((i, DAILY_CAP_REACHED) for i in sorted(over_cap))
    sorted_.send = gather_digests(sorted_.send)
    _record(session, ctx, rows, sorted_, facts, worker=worker, now=now, out=out)
    _hand_over(session, ctx, specs, sorted_.send, out)
    return out


@dataclass
class _ClaimFacts:
    """What the re-check of a claim's rows reads, each in one query for the whole claim."""

    notes: dict[int, Notification]
    people: dict[int, User]
    entities: dict[int, dict[str, Any]]
    routings: dict[tuple[int, str], dict[str, Any]]
    prefs: dict[Any, Any]
    states: dict[int, dict[str, ChannelState]]
    org_settings: dict[int, Any]
    org_dnd: dict[int, dict[str, Any]]
    limit_attempts: int
    optouts: set[tuple[int, str]] = field(default_factory=set)  # (org_id, address) off copies
    quiet: dict[tuple[int, bool], quiet_hours.QuietDecision] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, ctx: AppContext, rows: Sequence[Claimed]) -> _ClaimFacts:
        org_settings = {
            o.id: orgs.settings_of(o) for o in repository.orgs_by_id(session, {r.org_id for r in rows}).values()
        }
        return cls(
            notes=repository.notifications_by_id(session, (r.notification_id for r in rows)),
            people=repository.users_by_id(session, (r.user_id for r in rows)),
            entities=repository.event_entities(session, (r.event_id for r in rows)),
            routings=event_types.routings(session, {(r.org_id, r.event_type) for r in rows}),
            prefs=preferences.for_users(session, (r.user_id for r in rows), (r.event_type for r in rows)),
            states=states_of_orgs(session, ctx.settings, {r.org_id for r in rows}, lock=True),
            org_settings=org_settings,
            org_dnd={org_id: dict(settings.dnd.model_dump()) for org_id, settings in org_settings.items()},
            limit_attempts=max_attempts(ctx.settings.retry_delays_seconds),
            optouts=preferences.copy_optouts(session, {(r.org_id, r.copy_to) for r in rows if r.copy_to}),
        )


@dataclass
class _Sorted:
    """Each claimed row's fate: sent now, held, skipped, failed or waiting again."""

    send: list[Work] = field(default_factory=list)
    hold: list[int] = field(default_factory=list)
    skip: list[tuple[int, str]] = field(default_factory=list)
    fail: list[tuple[int, str]] = field(default_factory=list)
    wait: list[tuple[int, datetime, str]] = field(default_factory=list)
    bypassed: list[int] = field(default_factory=list)


def _sort_row(out: _Sorted, row: Claimed, facts: _ClaimFacts, *, now: datetime) -> None:
    note, user = facts.notes.get(row.notification_id), facts.people.get(row.user_id)
    if row.channel == CALLBACK:
        # A callback to the CRM: not the user's message, so no preferences or channel state;
        # it goes while its notification exists, within the same number of tries.
        if note is None or user is None:
            out.skip.append((row.id, "notification_gone"))
        elif row.attempts >= facts.limit_attempts:
            out.fail.append((row.id, "max_attempts"))
        else:
            out.send.append(Work(row, note, user, {}))
        return
    if row.copy_to is not None:
        _sort_copy(out, row, note, facts, now=now)
        return
    verdict = decide(_send_facts(row, note, user, facts))
    if verdict.action == "send" and note is not None and user is not None:
        when = _when(row, note, user, facts, now=now)
        if when.skip is not None:
            out.skip.append((row.id, when.skip))
        elif when.wait_until is not None:
            out.wait.append((row.id, when.wait_until, when.reason or QUIET_HOURS))
        else:
            if when.bypassed:
                out.bypassed.append(row.id)
            out.send.append(Work(row, note, user, facts.entities.get(row.event_id, {})))
    elif verdict.action == "hold":
        out.hold.append(row.id)
    elif verdict.action == "fail":
        out.fail.append((row.id, verdict.reason or "failed"))
    else:
        out.skip.append((row.id, verdict.reason or "skipped"))


def _sort_copy(out: _Sorted, row: Claimed, note: Notification | None, facts: _ClaimFacts, *, now: datetime) -> None:
    """A copy to a fixed address: no user, so no preferences; it goes while its notification
    exists, email is on and the address has not unsubscribed, after the org's quiet hours."""
    state = facts.states[row.org_id][row.channel]
    if note is None:
        out.skip.append((row.id, "notification purged"))
    elif not (state.configured and state.enabled):
        out.skip.append((row.id, "email channel disabled"))
    elif (row.org_id, row.copy_to) in facts.optouts:
        out.skip.append((row.id, "unsubscribed"))
    elif row.attempts >= facts.limit_attempts:
        out.fail.append((row.id, "max_attempts"))
    else:
        settings = facts.org_settings.get(row.org_id)
        quiet = (
            quiet_hours.for_recipient(
                org_dnd=facts.org_dnd[row.org_id],
                urgent_bypasses=settings.urgent_bypasses_dnd,
                user_dnd=None,
                user_timezone=None,
                urgent=note.urgent,
                now=now,
            )
            if settings is not None
            else NOT_QUIET
        )
        when = timing.at_send_time(reason=row.reason, read=False, skip_read=False, quiet=quiet)
        if when.wait_until is not None:
            out.wait.append((row.id, when.wait_until, when.reason or QUIET_HOURS))
        else:
            if when.bypassed:
                out.bypassed.append(row.id)
            out.send.append(Work(row, note, None, facts.entities.get(row.event_id, {})))


def _send_facts(row: Claimed, note: Notification | None, user: User | None, facts: _ClaimFacts) -> SendFacts:
    addresses = addresses_of(user) if user is not None else frozenset()
    return SendFacts(
        channel=row.channel,
        notification_present=note is not None,
        dismissed=note is not None and note.dismissed_at is not None,
        user_present=user is not None and user.deleted_at is None,
        user_active=user is not None and user.active,
        channel_wanted=user is not None
        # An escalation goes on the channel the event type's escalation names.
        and (
            row.reason == ESCALATION
            or still_wanted(
                channel=row.channel,
                event_type=row.event_type,
                routing=facts.routings.get((row.org_id, row.event_type)),
                recipient=Recipient(addresses=addresses, delivery_choice=user.delivery_choice),
                prefs=facts.prefs.get((user.id, row.event_type), {}),
            )
        ),
        has_address=row.channel in addresses,
        channel_state=facts.states[row.org_id][row.channel],
        attempts=row.attempts,
        max_attempts=facts.limit_attempts,
    )


def _when(row: Claimed, note: Notification, user: User, facts: _ClaimFacts, *, now: datetime) -> timing.When:
    """Read in-app meanwhile, or in quiet hours now? Quiet hours decided once per recipient and
    urgency in a claim."""
    settings = facts.org_settings.get(row.org_id)
    if settings is None:
        return timing.SEND_NOW
    person = (user.id, note.urgent)
    if person not in facts.quiet:
        facts.quiet[person] = quiet_hours.for_recipient(
            org_dnd=facts.org_dnd[row.org_id],
            urgent_bypasses=settings.urgent_bypasses_dnd,
            user_dnd=user.dnd,
            user_timezone=user.timezone,
            urgent=note.urgent,
            now=now,
        )
    return timing.at_send_time(
        reason=row.reason, read=note.read_at is not None, skip_read=settings.skip_read, quiet=facts.quiet[person]
    )


def _record(
    session: Session,
    ctx: AppContext,
    rows: list[Claimed],
    sorted_: _Sorted,
    facts: _ClaimFacts,
    *,
    worker: str,
    now: datetime,
    out: Claim,
) -> None:
    """Write every row's fate (one statement per kind) and lease what is sent now."""
    send, hold, skip, fail, wait = sorted_.send, sorted_.hold, sorted_.skip, sorted_.fail, sorted_.wait
    lost = [r for r in rows if r.status == "sending"]
    repository.record_lost(session, lost, now=now)
    repository.defer(session, wait, now=now)
    repository.mark_bypassed(session, sorted_.bypassed)
    repository.hold(session, hold, now=now)
    repository.finish_unsent(session, skip, status="skipped", now=now)
    repository.finish_unsent(session, fail, status="failed", now=now)
    _report_failed(session, ctx, rows, fail, facts.notes, facts.people, now=now)
    lease_until = now + timedelta(seconds=ctx.settings.worker_lease_seconds)
    repository.lease(session, [i for w in send for i in w.ids], worker=worker, now=now, lease_until=lease_until)

    out.work = send
    out.skipped, out.held, out.failed, out.lost = len(skip), len(hold), len(fail), len(lost)
    channel_of = {r.id: r.channel for r in rows}
    out.outcomes.update((channel_of[i], "held") for i in hold)
    out.outcomes.update((channel_of[i], "skipped") for i, _ in skip)
    out.outcomes.update((channel_of[i], "failed") for i, _ in fail)
    out.outcomes.update((channel_of[i], "deferred") for i, _, _ in wait)
    out.deferred = len(wait)
    out.outcomes.update((r.channel, "lost") for r in lost)


def _hand_over(
    session: Session, ctx: AppContext, specs: Mapping[str, ChannelSpec], send: list[Work], out: Claim
) -> None:
    """What composing the leased work needs, read before the claim's transaction ends."""
    out.orgs = repository.orgs_by_id(session, {w.row.org_id for w in send})
    out.texts = event_types.texts(
        session, {(w.row.org_id, w.row.event_type) for w in send if w.row.channel in LOCK_SCREEN_CHANNELS}
    )
    out.payloads = repository.payloads_of(session, [w.row.id for w in send if w.row.channel == CALLBACK])
    out.attachments = repository.event_attachments(
        session, {w.row.event_id for w in send if specs[w.row.channel].declaration.attachments}
    )
    for key in {(w.row.org_id, w.row.channel) for w in send}:
        org_id, channel = key
        load = specs[channel].load_provider
        out.providers[key] = load(session, ctx, org_id) if load is not None else None
        load_addresses = specs[channel].load_addresses
        if load_addresses is not None:
            users = {w.row.user_id for w in send if (w.row.org_id, w.row.channel) == key}
            out.addresses[key] = load_addresses(session, ctx, org_id, users)
        if channel == CALLBACK:
            continue
        types = {w.row.event_type for w in send if (w.row.org_id, w.row.channel) == key}
        out.templates[key] = templates.sources_for(session, org_id=org_id, channel=channel, event_types=types)


DAILY_CAP_REACHED = "daily_cap_reached"
ESCALATION = "escalation"
QUIET_HOURS = "quiet_hours"


def gather_digests(send: list[Work]) -> list[Work]:
    """The digest rows of one user and channel in this claim become one Work (the oldest carries
    the others in `also`); every other row stays as it is."""
    out: list[Work] = []
    carriers: dict[tuple[int, int, str], Work] = {}
    for work in send:
        row = work.row
        if row.reason != "digest":
            out.append(work)
            continue
        key = (row.org_id, row.user_id, row.channel)
        carrier = carriers.get(key)
        if carrier is None:
            carriers[key] = work
            out.append(work)
        else:
            carrier.also.append(work)
    return out


def _report_failed(
    session: Session,
    ctx: AppContext,
    rows: list[Claimed],
    fail: list[tuple[int, str]],
    notes: Mapping[int, Notification],
    people: Mapping[int, User],
    *,
    now: datetime,
) -> None:
    """`delivery.failed` callbacks for deliveries the claim failed without a try (over the daily cap)."""
    by_id = {r.id: r for r in rows}
    items = []
    for delivery_id, reason in fail:
        row = by_id[delivery_id]
        note, user = notes.get(row.notification_id), people.get(row.user_id)
        if row.channel == CALLBACK or note is None or user is None:
            continue
        items.append(delivery_callback(row, note, user, status="failed", error=reason, provider_message_id=None))
    reports.queue_callbacks(session, ctx, items, now=now)


def _over_daily_cap(
    session: Session, ctx: AppContext, specs: Mapping[str, ChannelSpec], send: list[Work], *, now: datetime
) -> set[int]:
    """The deliveries about to be leased that would take an org past its daily cap on a channel.

    The day is the org's (the timezone of its quiet-hours settings). Sent (and delivered or
    undelivered) deliveries of the day and those other workers are sending now count; counting
    and leasing happen under a per org and channel lock, so two workers cannot both take the
    last messages of the day."""
    over: set[int] = set()
    groups: dict[tuple[int, str], list[Work]] = {}
    for work in send:
        spec = specs.get(work.row.channel)
        if spec is not None and spec.daily_cap is not None:
            groups.setdefault((work.row.org_id, work.row.channel), []).append(work)
    if not groups:
        return over
    org_rows = repository.orgs_by_id(session, {org_id for org_id, _ in groups})
    for (org_id, channel), works in groups.items():
        cap_of = specs[channel].daily_cap
        cap = cap_of(session, ctx, org_id) if cap_of is not None else 0
        if cap <= 0 or org_id not in org_rows:
            continue
        repository.lock_daily_count(session, org_id=org_id, channel=channel)
        since = start_of_day(now, orgs.settings_of(org_rows[org_id]).dnd.timezone)
        used = repository.count_sent_since(session, org_id=org_id, channel=channel, since=since, now=now)
        room = max(0, cap - used)
        over.update(w.row.id for w in works[room:])
    return over
