"""Ingestion: an event in, notifications and delivery rows out, in one transaction (SPEC §5)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tocsin.channels.state import channel_states
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries.policy import staggered
from tocsin.errors import ApiError, invalid
from tocsin.events import recipients, repository, routing
from tocsin.events.models import Event, EventType
from tocsin.events.recipients import Broadcast, EventFacts, RecipientRules, UserFacts
from tocsin.events.schemas import EventIn, EventResult
from tocsin.events.texts import render_texts, variables
from tocsin.notifications import shapes
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.orgs.schemas import OrgSettings
from tocsin.signals import NotificationCreated
from tocsin.users import repository as users_repo


def _facts(row: Any) -> UserFacts:
    return UserFacts(
        id=row.id,
        username=row.username,
        manager=row.manager,
        roles=tuple(row.roles or ()),
        active=row.active,
        addresses=routing.addresses_of(row),
        delivery_choice=row.delivery_choice,
    )


def _rules(settings: OrgSettings) -> RecipientRules:
    return RecipientRules(
        reassignment_notifications=settings.reassignment_notifications,
        notify_previous_owner=settings.notify_previous_owner,
        manager_copy=settings.manager_copy,
        lockout_recipients=tuple(settings.lockout_recipients),
    )


def _directory(session: Session, org_id: int, event: EventFacts, rules: RecipientRules) -> dict[str, UserFacts]:
    wanted = recipients.audience(event, rules)
    if isinstance(wanted, Broadcast):
        rows = users_repo.facts_of_active(session, org_id)
    else:
        rows = users_repo.facts_by_usernames(session, org_id, [*wanted, *recipients.manager_lookups(event, rules)])
    directory = {row.username: _facts(row) for row in rows}
    managers = {f.manager for f in directory.values() if f.manager and f.manager not in directory}
    if managers and not isinstance(wanted, Broadcast):
        directory.update(
            {row.username: _facts(row) for row in users_repo.facts_by_usernames(session, org_id, managers)}
        )
    return directory


def resolve_type(session: Session, org: Org, key: str) -> EventType:
    event_type = repository.event_type(session, org.id, key)
    if event_type is None:
        raise invalid("type", f"unknown event type {key!r}; add it with PUT /v1/admin/event-types/{key}")
    return event_type


def ingest(session: Session, ctx: AppContext, *, org: Org, body: EventIn) -> EventResult:
    """Accept one event. A repeated idempotency key returns the first result, creating nothing."""
    event_type = resolve_type(session, org, body.type)
    digest = request_hash(body)
    if body.idempotency_key:
        existing = repository.event_by_key(session, org.id, body.idempotency_key)
        if existing is not None:
            return _duplicate(existing, digest)
    now = ctx.clock.now()
    entity = body.entity.model_dump(exclude_none=True)
    urgent = event_type.urgent_default if body.urgent is None else body.urgent
    event = Event(
        org_id=org.id,
        type=body.type,
        actor=body.actor,
        entity=entity,
        data=body.data,
        urgent=urgent,
        idempotency_key=body.idempotency_key,
        request_hash=digest if body.idempotency_key else None,
        created_at=now,
    )
    try:
        with session.begin_nested():
            repository.add_event(session, event)
    except IntegrityError:
        # Lost the race to a concurrent request with the same key: the unique constraint decided.
        existing = repository.event_by_key(session, org.id, body.idempotency_key or "")
        if existing is None:
            raise
        return _duplicate(existing, digest)

    settings = orgs.settings_of(org)
    facts = EventFacts(
        type=body.type,
        actor=body.actor,
        entity=entity,
        data=body.data,
        recipients=tuple(body.recipients) if body.recipients is not None else None,
    )
    rules = _rules(settings)
    decision = recipients.resolve(facts, rules, _directory(session, org.id, facts, rules))

    title, text = render_texts(
        event_type.title_template,
        event_type.body_template,
        variables(event_type=body.type, actor=body.actor, entity=entity, data=body.data, urgent=urgent),
    )
    base = {
        "org_id": org.id,
        "event_id": event.id,
        "type": body.type,
        "title": title,
        "body": text,
        "url": entity.get("url"),
        "entity_type": entity.get("type"),
        "entity_id": entity.get("id"),
        "actor": body.actor,
        "urgent": urgent,
        "silent": False,
        "data": body.data,
        "created_at": now,
    }
    rows = [{**base, "user_id": user.id} for user in decision.users]
    ids = repository.insert_notifications(session, rows)

    matrix = routing.matrix_of(event_type.routing)
    states = channel_states(session, ctx.settings, org.id)
    prefs = repository.preferences_for_type(session, org.id, body.type) if decision.users else {}
    deliveries, counts, skipped = _plan_deliveries(
        decision.users, ids, matrix=matrix, states=states, prefs=prefs, event=event, settings=settings
    )
    repository.insert_deliveries(session, deliveries)

    result = EventResult(
        event_id=event.id,
        duplicate=False,
        notifications=len(ids),
        recipients=[u.username for u in decision.users],
        unknown_recipients=list(decision.unknown),
        inactive_recipients=list(decision.inactive),
        deliveries=dict(counts),
        skipped=dict(skipped),
        warnings=recipients.why_nobody(facts, rules, decision),
    )
    repository.store_result(session, event.id, result.model_dump())

    created = [
        NotificationCreated(org.id, user.id, shapes.from_values(row, nid), silent=False)
        for user, row, nid in zip(decision.users, rows, ids, strict=True)
    ]
    signals = ctx.signals
    after_commit(session, lambda: signals.notifications_created(created))
    if counts:
        after_commit(session, signals.deliveries_due)
    return result


def _plan_deliveries(
    users: tuple[UserFacts, ...],
    ids: list[int],
    *,
    matrix: dict[str, routing.Cell],
    states: dict[str, routing.ChannelState],
    prefs: dict[int, dict[str, bool]],
    event: Event,
    settings: OrgSettings,
) -> tuple[list[dict[str, Any]], Counter[str], Counter[str]]:
    now = event.created_at
    rows: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for user, notification_id in zip(users, ids, strict=True):
        plans = routing.plan(
            event_type=event.type,
            matrix=matrix,
            channels=states,
            recipient=routing.Recipient(addresses=user.addresses, delivery_choice=user.delivery_choice),
            prefs=prefs.get(user.id, {}),
        )
        for p in plans:
            rows.append(
                {
                    "org_id": event.org_id,
                    "notification_id": notification_id,
                    "user_id": user.id,
                    "event_id": event.id,
                    "event_type": event.type,
                    "channel": p.channel,
                    "status": p.status,
                    "attempts": 0,
                    "next_attempt_at": None if p.status == "skipped" else now,
                    "last_error": p.reason,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if p.status == "skipped":
                skipped[p.channel] += 1
            else:
                counts[p.channel] += 1
    # Bulk throttle: the emails of one event go out `email_batch_size` per window, none dropped.
    emails = [row for row in rows if row["channel"] == "email" and row["status"] != "skipped"]
    due = staggered(
        len(emails), now=now, batch_size=settings.email_batch_size, window_seconds=settings.email_batch_window_seconds
    )
    for row, at in zip(emails, due, strict=True):
        row["next_attempt_at"] = at
    return rows, counts, skipped


def request_hash(body: EventIn) -> str:
    """The payload's fingerprint, key left out: what a repeat must match to count as the same request."""
    canonical = json.dumps(body.model_dump(mode="json", exclude={"idempotency_key"}), sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _duplicate(event: Event, digest: str) -> EventResult:
    if event.request_hash is not None and event.request_hash != digest:
        raise ApiError(
            409,
            "idempotency_mismatch",
            f"idempotency key {event.idempotency_key!r} was already used for a different event",
            field="idempotency_key",
        )
    stored = dict(event.result or {})
    if not stored:  # the first request has not finished; its id is all we can promise
        stored = {
            "event_id": event.id,
            "notifications": 0,
            "recipients": [],
            "unknown_recipients": [],
            "inactive_recipients": [],
            "deliveries": {},
            "skipped": {},
        }
    stored["duplicate"] = True
    return EventResult.model_validate(stored)
