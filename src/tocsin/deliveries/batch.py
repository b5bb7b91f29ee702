"""One batch of the worker, before sending: claim, re-check, render, build provider payloads.

`claim` runs in one short transaction: lock claimable rows, read the facts the re-check needs,
settle the rows that must not be sent (skipped, held, failed) and lease the rest. Rendering and
building messages happen after the commit, so the write lock (SQLite) or row locks (PostgreSQL)
are held for reads and updates only. Both run in a thread, never on the event loop.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels.base import ChannelSpec, Outgoing, PermanentError, Provider, SendError, TransientError
from tocsin.channels.state import states_of_orgs
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries import lookups, repository
from tocsin.deliveries.policy import max_attempts
from tocsin.deliveries.recheck import SendFacts, decide
from tocsin.deliveries.repository import Claimed
from tocsin.events.routing import Recipient, addresses_of, matrix_of, wanted_channels
from tocsin.kit import unsubscribe
from tocsin.notifications.models import Notification
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.templates import service as templates
from tocsin.templates.defaults import TemplateSource
from tocsin.templates.render import render_message
from tocsin.templates.resolve import pick
from tocsin.templates.variables import message_variables
from tocsin.users.models import User

log = logging.getLogger(__name__)


def new_worker_id() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass
class Job:
    """One leased delivery on its way out."""

    delivery_id: int
    org_id: int
    channel: str
    attempt: int  # the number of this try
    payload: Any = None
    error: SendError | None = None  # could not be built: recorded without sending


@dataclass
class Group:
    """The jobs of one org on one channel, sent through that org's provider."""

    provider: Provider | None
    jobs: list[Job] = field(default_factory=list)


@dataclass
class _Work:
    row: Claimed
    notification: Notification
    user: User
    entity: dict[str, Any]


@dataclass
class Claim:
    """What the claim transaction hands over: leased work plus everything needed to render it."""

    work: list[_Work] = field(default_factory=list)
    providers: dict[tuple[int, str], Provider | None] = field(default_factory=dict)
    orgs: dict[int, Org] = field(default_factory=dict)
    templates: dict[tuple[int, str], dict[str, dict[str, TemplateSource]]] = field(default_factory=dict)
    claimed: int = 0
    skipped: int = 0
    held: int = 0
    failed: int = 0
    lost: int = 0
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (channel, outcome) for metrics


@dataclass
class Batch:
    groups: dict[tuple[int, str], Group] = field(default_factory=dict)
    claim: Claim = field(default_factory=Claim)

    @property
    def jobs(self) -> list[Job]:
        return [job for group in self.groups.values() for job in group.jobs]


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
    notes = lookups.notifications(session, (r.notification_id for r in rows))
    people = lookups.users(session, (r.user_id for r in rows))
    entities = lookups.event_entities(session, (r.event_id for r in rows))
    routings = lookups.routings(session, ((r.org_id, r.event_type) for r in rows))
    prefs = lookups.preferences(session, (r.user_id for r in rows), (r.event_type for r in rows))
    states = states_of_orgs(session, ctx.settings, {r.org_id for r in rows}, lock=True)
    limit_attempts = max_attempts(ctx.settings.retry_delays_seconds)

    send: list[_Work] = []
    hold: list[int] = []
    skip: list[tuple[int, str]] = []
    fail: list[tuple[int, str]] = []
    for row in rows:
        note, user = notes.get(row.notification_id), people.get(row.user_id)
        verdict = decide(
            SendFacts(
                channel=row.channel,
                notification_present=note is not None,
                dismissed=note is not None and note.dismissed_at is not None,
                user_present=user is not None and user.deleted_at is None,
                user_active=user is not None and user.active,
                channel_wanted=_wanted(row, user, routings, prefs),
                has_address=user is not None and row.channel in addresses_of(user),
                channel_state=states[row.org_id][row.channel],
                attempts=row.attempts,
                max_attempts=limit_attempts,
            )
        )
        if verdict.action == "send" and note is not None and user is not None:
            send.append(_Work(row, note, user, entities.get(row.event_id, {})))
        elif verdict.action == "hold":
            hold.append(row.id)
        elif verdict.action == "fail":
            fail.append((row.id, verdict.reason or "failed"))
        else:
            skip.append((row.id, verdict.reason or "skipped"))

    lost = [r for r in rows if r.status == "sending"]
    repository.record_lost(session, lost, now=now)
    repository.hold(session, hold, now=now)
    repository.finish_unsent(session, skip, status="skipped", now=now)
    repository.finish_unsent(session, fail, status="failed", now=now)
    lease_until = now + timedelta(seconds=ctx.settings.worker_lease_seconds)
    repository.lease(session, [w.row.id for w in send], worker=worker, now=now, lease_until=lease_until)

    out.work = send
    out.skipped, out.held, out.failed, out.lost = len(skip), len(hold), len(fail), len(lost)
    channel_of = {r.id: r.channel for r in rows}
    out.outcomes.update((channel_of[i], "held") for i in hold)
    out.outcomes.update((channel_of[i], "skipped") for i, _ in skip)
    out.outcomes.update((channel_of[i], "failed") for i, _ in fail)
    out.outcomes.update((r.channel, "lost") for r in lost)
    out.orgs = lookups.orgs(session, {w.row.org_id for w in send})
    for key in {(w.row.org_id, w.row.channel) for w in send}:
        org_id, channel = key
        out.providers[key] = specs[channel].load_provider(session, ctx, org_id)
        types = {w.row.event_type for w in send if (w.row.org_id, w.row.channel) == key}
        out.templates[key] = templates.sources_for(session, org_id=org_id, channel=channel, event_types=types)
    return out


def _wanted(
    row: Claimed,
    user: User | None,
    routings: Mapping[tuple[int, str], dict[str, Any]],
    prefs: Mapping[tuple[int, str], dict[str, bool]],
) -> bool:
    """Whether routing and the user's choices, as they are now, still send this channel."""
    if user is None:
        return False
    routing = routings.get((row.org_id, row.event_type))
    if routing is None:  # the event type is gone: the event was accepted, so deliver it
        return True
    wanted = wanted_channels(
        event_type=row.event_type,
        matrix=matrix_of(routing),
        recipient=Recipient(addresses=addresses_of(user), delivery_choice=user.delivery_choice),
        prefs=prefs.get((user.id, row.event_type), {}),
    )
    return row.channel in wanted


def prepare(ctx: AppContext, claimed: Claim, specs: Mapping[str, ChannelSpec]) -> Batch:
    """Render every leased delivery and build its provider payload (no database access)."""
    batch = Batch(claim=claimed)
    prefixes = {org_id: orgs.settings_of(org).email_subject_prefix for org_id, org in claimed.orgs.items()}
    for work in claimed.work:
        row = work.row
        key = (row.org_id, row.channel)
        group = batch.groups.get(key)
        if group is None:
            group = batch.groups[key] = Group(provider=claimed.providers.get(key))
        job = Job(delivery_id=row.id, org_id=row.org_id, channel=row.channel, attempt=row.attempts + 1)
        group.jobs.append(job)
        if group.provider is None:
            job.error = TransientError(f"no {row.channel} provider is configured")
            continue
        try:
            message = _message(ctx, work, claimed, specs[row.channel], prefix=prefixes[row.org_id])
            job.payload = group.provider.prepare(message)
        except SendError as exc:
            job.error = exc
        except Exception as exc:  # a bug or bad data must cost one delivery, not the batch
            log.exception("could not build delivery %s", row.id)
            job.error = PermanentError(f"could not build the message: {type(exc).__name__}")
    return batch


def _message(ctx: AppContext, work: _Work, claimed: Claim, spec: ChannelSpec, *, prefix: str) -> Outgoing:
    row, note, user = work.row, work.notification, work.user
    address = spec.address(ctx, user)
    if not address:
        raise PermanentError(f"no {row.channel} address")
    org = claimed.orgs[row.org_id]
    locale = user.locale or "en"
    links, headers = _email_links(ctx, org, user.username, row.event_type) if row.channel == "email" else ({}, {})
    variables = message_variables(
        event_type=row.event_type,
        title=note.title,
        body=note.body,
        url=note.url,
        entity=work.entity,
        actor=note.actor,
        data=dict(note.data or {}),
        urgent=note.urgent,
        prefix=prefix,
        org_name=org.name,
        org_slug=org.slug,
        username=user.username,
        display_name=user.display_name,
        locale=locale,
        created_at=note.created_at,
        **links,
    )
    stored = claimed.templates.get((row.org_id, row.channel), {}).get(row.event_type, {})
    source = pick(stored, event_type=row.event_type, channel=row.channel, locale=locale)
    rendered = render_message(source, variables, event_type=row.event_type, channel=row.channel)
    if rendered.problem is not None:
        log.warning(
            "org %s: the %s template of %s (%s) failed, built-in used: line %s: %s",
            org.slug,
            row.channel,
            row.event_type,
            source.locale,
            rendered.problem.line,
            rendered.problem.message,
        )
    return Outgoing(
        delivery_id=row.id,
        to=address,
        to_name=user.display_name,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        url=variables["url"],
        recipient_headers=headers,
    )


def _email_links(ctx: AppContext, org: Org, username: str, event_type: str) -> tuple[dict[str, str], dict[str, str]]:
    """The footer's links and the List-Unsubscribe headers (RFC 2369, RFC 8058 one-click), where
    Tocsin knows its public address (TOCSIN_PUBLIC_URL)."""
    base = ctx.settings.public_url.rstrip("/")
    if not base:
        return {}, {}
    secret = orgs.signing_secret(ctx, org)
    token = unsubscribe.mint(secret=secret, org=org.slug, username=username, event_type=event_type)
    link = f"{base}/v1/unsubscribe/{token}"
    headers = {"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return {"preferences_url": f"{base}/preferences", "unsubscribe_url": link}, headers
