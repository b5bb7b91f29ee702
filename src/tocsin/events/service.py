"""Ingestion: an event in, notifications and delivery rows out, in one transaction.

`ingest` accepts the event (idempotency), resolves who hears about it (`recipients`, pure),
writes their in-app notifications, and hands them to `deliveries.queue` for the external
channels. What leaves the process (real-time pushes, the worker's wake-up) waits for the commit.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tocsin.channels.availability import ChannelState, channel_states
from tocsin.channels.registry import ADDRESS_FLAGS, addresses_from_flags
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import service as queue
from tocsin.deliveries.planning import Addressee, Timing
from tocsin.deliveries.routing import Cell, matrix_of
from tocsin.errors import ApiError, invalid
from tocsin.event_types import service as event_types
from tocsin.events import recipients, repository
from tocsin.events.models import Event
from tocsin.events.notes import NotificationColumns
from tocsin.events.recipients import Broadcast, EventFacts, RecipientDecision, RecipientRules, UserFacts
from tocsin.events.schemas import EventIn, EventResult
from tocsin.kit import quiet_hours
from tocsin.kit.quiet_hours import Escalation, QuietDecision
from tocsin.notifications import service as notifications
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.orgs.schemas import OrgSettings
from tocsin.rules import matching
from tocsin.rules import service as field_rules
from tocsin.rules.matching import RuleFacts
from tocsin.templates.notification_text import render_texts, variables
from tocsin.templates.translations import texts_for
from tocsin.users import service as users


@dataclass(frozen=True, slots=True)
class TypeConfig:
    """What ingestion needs of an event type, detached from any session."""

    key: str
    urgent_default: bool
    title_template: str | None
    body_template: str | None
    routing: dict[str, Any]
    matrix: dict[str, Cell]
    timing: Timing = field(default_factory=Timing)


@dataclass(frozen=True, slots=True)
class OrgConfig:
    """An org's ingestion configuration, cached per process at the org's `config_version`."""

    settings: OrgSettings
    types: dict[str, TypeConfig]
    states: dict[str, ChannelState]
    rules: tuple[RuleFacts, ...] = ()  # field-change rules, for record_updated events


def org_config(session: Session, ctx: AppContext, org: Org) -> OrgConfig:
    """The org's settings, event types with their routing rows, and channel states: loaded once
    per config version (every change to them bumps it, see orgs.models.config_bump), so an event
    costs no queries for them."""

    def load() -> OrgConfig:
        types = {
            row.key: TypeConfig(
                key=row.key,
                urgent_default=row.urgent_default,
                title_template=row.title_template,
                body_template=row.body_template,
                routing=dict(row.routing or {}),
                matrix=matrix_of(row.routing),
                timing=timing_of(row.escalation, row.digest),
            )
            for row in event_types.all_of(session, org.id)
        }
        states = channel_states(session, ctx.settings, org.id)
        return OrgConfig(
            settings=orgs.settings_of(org), types=types, states=states, rules=field_rules.facts_of(session, org.id)
        )

    return ctx.cache.get(("ingest", org.id), version=org.config_version, load=load)


def resolve_type(session: Session, ctx: AppContext, org: Org, key: str) -> TypeConfig:
    return type_of(org_config(session, ctx, org), key)


def type_of(config: OrgConfig, key: str) -> TypeConfig:
    """The org's event type `key`, or the 422 that names the field."""
    event_type = config.types.get(key)
    if event_type is None:
        raise invalid("type", f"unknown event type {key!r}; add it with PUT /v1/admin/event-types/{key}")
    return event_type


def ingest(session: Session, ctx: AppContext, *, org: Org, body: EventIn) -> EventResult:
    """Accept one event. A repeated idempotency key returns the first result, creating nothing."""
    config = org_config(session, ctx, org)
    event_type = type_of(config, body.type)
    accepted = _accept(session, ctx, org=org, body=body, event_type=event_type)
    if not isinstance(accepted, Event):
        return accepted
    event = accepted
    facts = EventFacts(
        type=event.type,
        actor=event.actor,
        entity=event.entity,
        data=event.data,
        recipients=tuple(body.recipients) if body.recipients is not None else None,
    )
    rules = _rules(config.settings)
    decided = decide(config, event_type, facts, rules, _directory(session, ctx, org.id, config, facts, rules))
    actions = _actions(body)
    queued_total: Counter[str] = Counter()
    skipped_total: Counter[str] = Counter()
    notifications = 0
    # Each part's reads first (preferences, the actor's name, ids). Then the writes, pipelined on
    # PostgreSQL: a part's notifications are sent, and the server writes them while its
    # deliveries are planned here. (No reads inside the pipeline: they would need its answers.)
    reads = [
        (
            queue.choices(session, org.id, part.type.key) if part.users else {},
            _actor_name(session, event.org_id, event.actor, part.users) if part.users else None,
            repository.reserve_notification_ids(session, len(part.users)),
        )
        for part in decided.parts
    ]
    problems: list[str] = []  # templates that failed or exceeded their limits (built-in texts used)
    with repository.pipelined(session):
        for part, (prefs, actor_name, notification_ids) in zip(decided.parts, reads, strict=True):
            quiet = quiet_for(config.settings, part.users, urgent=event.urgent, now=event.created_at)
            _notify(
                session,
                ctx,
                event=event,
                event_type=part.type,
                users=part.users,
                ids=notification_ids,
                actor_name=actor_name,
                actions=actions,
                quiet=quiet,
                problems=problems,
            )
            notifications += len(notification_ids)
            queued = queue.queue_event(
                session,
                ctx,
                org=org,
                event_id=event.id,
                event_type=part.type.key,
                routing=part.type.routing,
                states=config.states,
                addressees=addressees(part.users, notification_ids, quiet),
                now=event.created_at,
                timing=part.type.timing,
                prefs=prefs,
            )
            queued_total.update(queued.queued)
            skipped_total.update(queued.skipped)
    resolved = _resolve_approvals(session, ctx, event) if event.type == "approval_completed" else 0
    decision = decided.decision
    result = EventResult(
        event_id=event.id,
        duplicate=False,
        notifications=notifications,
        recipients=[u.username for u in decision.users],
        unknown_recipients=list(decision.unknown),
        inactive_recipients=list(decision.inactive),
        deliveries=dict(queued_total),
        skipped=dict(skipped_total),
        warnings=[*decided.warnings, *dict.fromkeys(problems)],
        matched_rules=decided.matched if event.type == "record_updated" else None,
        resolved=resolved if event.type == "approval_completed" else None,
    )
    repository.store_result(session, event.id, result.model_dump())
    return result


def _accept(
    session: Session, ctx: AppContext, *, org: Org, body: EventIn, event_type: TypeConfig
) -> Event | EventResult:
    """The new event row, or the first result of an event with the same idempotency key."""
    digest = request_hash(body)
    if body.idempotency_key:
        existing = repository.event_by_key(session, org.id, body.idempotency_key)
        if existing is not None:
            return _duplicate(existing, digest)
    event = Event(
        org_id=org.id,
        type=body.type,
        actor=body.actor,
        entity=body.entity.model_dump(exclude_none=True),
        data=body.data,
        urgent=event_type.urgent_default if body.urgent is None else body.urgent,
        idempotency_key=body.idempotency_key,
        request_hash=digest if body.idempotency_key else None,
        created_at=ctx.clock.now(),
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
    return event


def timing_of(escalation: dict[str, Any] | None, digest: dict[str, Any] | None) -> Timing:
    """An event type's stored escalation and digest, as the planner takes them."""
    steps = None
    if escalation:
        steps = Escalation(
            after_minutes=escalation.get("after_minutes"),
            channel=escalation.get("channel"),
            manager_after_minutes=escalation.get("manager_after_minutes"),
        )
    minutes = (digest or {}).get("window_minutes")
    return Timing(digest_minutes=int(minutes) if minutes else None, escalation=steps)


def quiet_of(settings: OrgSettings, user: UserFacts, *, urgent: bool, now: datetime) -> QuietDecision:
    """Whether `user` is in quiet hours now, as far as this event is concerned."""
    return quiet_hours.for_recipient(
        org_dnd=settings.dnd.model_dump(),
        urgent_bypasses=settings.urgent_bypasses_dnd,
        user_dnd=dict(user.dnd) if user.dnd else None,
        user_timezone=user.timezone,
        urgent=urgent,
        now=now,
    )


def quiet_for(
    settings: OrgSettings, audience: Sequence[UserFacts], *, urgent: bool, now: datetime
) -> list[QuietDecision]:
    """`quiet_of` for each of `audience`, decided once per timezone for the users without a
    window of their own (most of a broadcast's thousands share a few timezones)."""
    shared: dict[str | None, QuietDecision] = {}
    out = []
    for user in audience:
        if user.dnd:
            out.append(quiet_of(settings, user, urgent=urgent, now=now))
            continue
        decided = shared.get(user.timezone)
        if decided is None:
            decided = shared[user.timezone] = quiet_of(settings, user, urgent=urgent, now=now)
        out.append(decided)
    return out


def addressees(users: Sequence[UserFacts], ids: Sequence[int], quiet: Sequence[QuietDecision]) -> list[Addressee]:
    return [
        Addressee(
            user_id=u.id,
            notification_id=nid,
            addresses=u.addresses,
            delivery_choice=u.delivery_choice,
            quiet=q,
            username=u.username,
            manager=u.manager,
        )
        for u, nid, q in zip(users, ids, quiet, strict=True)
    ]


def _rules(settings: OrgSettings) -> RecipientRules:
    return RecipientRules(
        reassignment_notifications=settings.reassignment_notifications,
        notify_previous_owner=settings.notify_previous_owner,
        manager_copy=settings.manager_copy,
        lockout_recipients=tuple(settings.lockout_recipients),
        credit_override_recipients=tuple(settings.credit_override_recipients),
    )


_AT = {name: i for i, name in enumerate(users.FACT_NAMES)}
_ID, _USERNAME, _MANAGER, _ROLES, _ACTIVE = (_AT[n] for n in ("id", "username", "manager", "roles", "active"))
_CHOICE, _LOCALE, _NAME = (_AT[n] for n in ("delivery_choice", "locale", "display_name"))
_ZONE, _DND = _AT["timezone"], _AT["dnd"]
_FLAGS = itemgetter(*(_AT[flag] for flag in ADDRESS_FLAGS))  # in the channels' order


def _facts(row: Any) -> UserFacts:
    """A user's facts from a row of `users.facts_*`, processed or as the driver gives it (a
    directory of 10,000 users is read for a broadcast: by position, the address flags taken in
    one step)."""
    values = tuple(row)
    dnd = values[_DND]
    return UserFacts(
        id=values[_ID],
        username=values[_USERNAME],
        manager=values[_MANAGER],
        roles=_roles(values[_ROLES]),
        active=bool(values[_ACTIVE]),
        addresses=addresses_from_flags(_FLAGS(values)),
        delivery_choice=values[_CHOICE],
        locale=values[_LOCALE],
        display_name=values[_NAME],
        timezone=values[_ZONE],
        dnd=json.loads(dnd) if isinstance(dnd, str) else dnd,
    )


def _roles(value: Any) -> tuple[str, ...]:
    """A user's roles from its column: a list, or JSON text as SQLite's driver gives it."""
    if isinstance(value, str):
        return _roles_of_text(value)
    return tuple(value) if value else ()


@lru_cache(maxsize=256)
def _roles_of_text(value: str) -> tuple[str, ...]:
    # Few distinct role lists: thousands of users share them.
    return tuple(json.loads(value) or ())


@dataclass(slots=True)  # not frozen: a batch makes thousands, and a frozen init costs twice as much
class NewEvent:
    """An event row about to be bulk-inserted (group ingestion): the fields the notification rows
    are built from, without an ORM object per event."""

    id: int
    org_id: int
    type: str
    actor: str | None
    entity: dict[str, Any]
    data: dict[str, Any]
    urgent: bool
    idempotency_key: str | None
    request_hash: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Part:
    """The notifications of one event under one type: the event's own, or a matched rule's."""

    type: TypeConfig
    users: tuple[UserFacts, ...]


@dataclass(frozen=True, slots=True)
class Decided:
    parts: list[Part]
    decision: RecipientDecision  # everyone the event reached, for the answer
    matched: list[str]  # the field-change rules a record_updated event matched
    warnings: list[str]


def matched_rules(config: OrgConfig, facts: EventFacts) -> list[RuleFacts]:
    if facts.type != "record_updated":
        return []
    return matching.matching(config.rules, entity=facts.entity, data=facts.data)


def wanted(
    config: OrgConfig, facts: EventFacts, rules: RecipientRules, *, matched: list[RuleFacts] | None = None
) -> Broadcast | list[str]:
    """The usernames whose facts deciding the event needs (managers are added by the loader).
    `matched`: the event's `matched_rules`, when the caller has them."""
    if facts.type == "record_updated":
        rules_hit = matched_rules(config, facts) if matched is None else matched
        return [name for rule in rules_hit for name in rule.recipients]
    audience = recipients.audience(facts, rules)
    if isinstance(audience, Broadcast):
        return audience
    return [*audience, *recipients.manager_lookups(facts, rules)]


def rule_decision_key(facts: EventFacts, matched: list[RuleFacts]) -> tuple[Any, ...] | None:
    """What `decide` reads of a `record_updated` event, for one org's directory: events with the
    same key get the same decision (a rule matching thousands of records decides once). None for
    other types, whose decision reads the record (owner, approvers, mentions)."""
    if facts.type != "record_updated":
        return None
    return (tuple(rule.rule_id for rule in matched), facts.actor)


def decide(
    config: OrgConfig,
    event_type: TypeConfig,
    facts: EventFacts,
    rules: RecipientRules,
    directory: dict[str, UserFacts],
    *,
    matched: list[RuleFacts] | None = None,
) -> Decided:
    """Who hears of the event, under which type. Pure over the loaded directory.

    A `record_updated` event notifies only through the field-change rules it matches (`matched`,
    when the caller has them): each rule's recipients (the actor left out) under the rule's event
    type, with that type's texts and routing. A user two rules name under the same type is
    notified once. What it decides depends only on the matched rules, the actor and the
    directory, never on the record itself (see `rule_decision_key`)."""
    if facts.type != "record_updated":
        decision = recipients.resolve(facts, rules, directory)
        return Decided([Part(event_type, decision.users)], decision, [], recipients.why_nobody(facts, rules, decision))
    if matched is None:
        matched = matched_rules(config, facts)
    parts: list[Part] = []
    taken: set[tuple[str, str]] = set()
    everyone: dict[str, UserFacts] = {}
    unknown: dict[str, None] = {}
    inactive: dict[str, None] = {}
    warnings: list[str] = []
    for rule in matched:
        as_type = config.types.get(rule.event_type)
        if as_type is None:
            warnings.append(f"rule {rule.rule_id!r} notifies as {rule.event_type!r}, which is no longer an event type")
            continue
        sub = EventFacts(
            type=rule.event_type, actor=facts.actor, entity=facts.entity, data=facts.data, recipients=rule.recipients
        )
        decision = recipients.resolve(sub, rules, directory)
        users = tuple(u for u in decision.users if (rule.event_type, u.username) not in taken)
        taken.update((rule.event_type, u.username) for u in users)
        everyone.update((u.username, u) for u in users)
        unknown.update(dict.fromkeys(decision.unknown))
        inactive.update(dict.fromkeys(decision.inactive))
        if users:
            parts.append(Part(as_type, users))
    decision = RecipientDecision(tuple(everyone.values()), tuple(unknown), tuple(inactive))
    if not matched:
        warnings.append("record_updated notifies only through field-change rules, and none matched `data.changes`")
    elif not decision.users:
        if decision.unknown:
            warnings.append(f"not users of this org: {', '.join(decision.unknown)}")
        if decision.inactive:
            warnings.append(f"inactive users: {', '.join(decision.inactive)}")
        if not decision.unknown and not decision.inactive:
            warnings.append("the matched rules name only the actor, who is not notified of their own action")
    return Decided(parts, decision, [rule.rule_id for rule in matched], warnings)


def _directory(
    session: Session, ctx: AppContext, org_id: int, config: OrgConfig, event: EventFacts, rules: RecipientRules
) -> dict[str, UserFacts]:
    """Load the users the event names (and their managers) once. A broadcast's audience, every
    active user, is cached per org at its users version (bumped by every write to its users): a
    second broadcast reads one number instead of the whole directory."""
    names = wanted(config, event, rules)
    if isinstance(names, Broadcast):
        return ctx.cache.get(
            ("directory", org_id),
            version=users.users_version(session, org_id),
            load=lambda: {row.username: _facts(row) for row in users.facts_of_active(session, org_id)},
        )
    directory = {row.username: _facts(row) for row in users.facts_by_usernames(session, org_id, names)}
    managers = {f.manager for f in directory.values() if f.manager and f.manager not in directory}
    if managers:
        directory.update({row.username: _facts(row) for row in users.facts_by_usernames(session, org_id, managers)})
    return directory


def _actions(body: EventIn) -> list[dict[str, Any]] | None:
    return [a.model_dump() for a in body.actions] if body.actions else None


def _resolve_approvals(session: Session, ctx: AppContext, event: Event) -> int:
    """Shared resolution: an `approval_completed` settles every open `approval_requested`
    notification about the same record (entity type and id), whoever it went to."""
    entity_id = event.entity.get("id")
    if not isinstance(entity_id, str) or not entity_id:
        return 0
    data = event.data or {}
    decision = data.get("outcome") or data.get("decision") or "completed"
    resolution = {
        "decision": str(decision)[:64],
        "by": event.actor,
        "by_name": users.display_name_of(session, event.org_id, event.actor) if event.actor else None,
    }
    entity_type = event.entity.get("type")
    resolved = notifications.resolve_requests(
        session,
        ctx,
        org_id=event.org_id,
        entity_type=entity_type if isinstance(entity_type, str) else None,
        entity_id=entity_id,
        resolution=resolution,
        now=event.created_at,
    )
    # Resolved requests no longer escalate (their steps that have not fired are cancelled).
    queue.cancel_escalations(session, ctx, org_id=event.org_id, notification_ids=[n.id for n in resolved])
    return len(resolved)


def _notify(
    session: Session,
    ctx: AppContext,
    *,
    event: Event,
    event_type: TypeConfig,
    users: tuple[UserFacts, ...],
    ids: Sequence[int],
    actor_name: str | None,
    actions: list[dict[str, Any]] | None = None,
    quiet: Sequence[QuietDecision],
    problems: list[str] | None = None,
) -> None:
    """One in-app notification per recipient (one bulk insert, with the reserved `ids`), pushed
    live after commit; in a recipient's quiet hours it is stored and counted but marked silent
    (no toast)."""
    notes = notification_columns(
        event, event_type, users, actor_name=actor_name, actions=actions, quiet=quiet, problems=problems
    )
    repository.insert_notification_columns(session, notes, ids)
    created = notes.created(ids)
    signals = ctx.signals
    after_commit(session, lambda: signals.notifications_created(created))


def notification_columns(
    event: Event | NewEvent,
    event_type: TypeConfig,
    users: Sequence[UserFacts],
    *,
    actor_name: str | None,
    actions: list[dict[str, Any]] | None = None,
    quiet: Sequence[QuietDecision] | None = None,
    problems: list[str] | None = None,
) -> NotificationColumns:
    """The in-app notification of each recipient, as `event_type` (the event's own type, or the
    type a field-change rule notifies as). Each reads the texts in their language (rendered once
    per language), naming the actor by display name. A text template that fails or exceeds its
    limits gives the built-in text, and a line in `problems` (see `render_texts`)."""
    values = variables(
        event_type=event_type.key,
        actor=event.actor,
        actor_name=actor_name,
        entity=event.entity,
        data=event.data,
        urgent=event.urgent,
    )
    rendered: dict[tuple[str | None, str | None], dict[str, str]] = {}  # by template pair

    def texts(locale: str | None) -> dict[str, str]:
        key = texts_for(event_type.key, title=event_type.title_template, body=event_type.body_template, locale=locale)
        found = rendered.get(key)
        if found is None:
            title, text = render_texts(key[0], key[1], values, problems=problems)
            found = rendered[key] = {"title": title, "body": text}
        return found

    shared = {
        "org_id": event.org_id,
        "event_id": event.id,
        "type": event_type.key,
        "url": event.entity.get("url"),
        "entity_type": event.entity.get("type"),
        "entity_id": event.entity.get("id"),
        "actor": event.actor,
        "urgent": event.urgent,
        "data": event.data,
        "actions": actions,
        "created_at": event.created_at,
    }
    return NotificationColumns(
        shared=shared,
        user_ids=[u.id for u in users],
        silent=[q.silent for q in quiet] if quiet is not None else [False] * len(users),
        texts=[texts(u.locale) for u in users],
    )


def _actor_name(session: Session, org_id: int, actor: str | None, audience: tuple[UserFacts, ...]) -> str | None:
    """The actor's display name, for texts that say who did it ("Priya Shah assigned you...")."""
    if not actor:
        return None
    for user in audience:
        if user.username == actor:
            return user.display_name
    return users.display_name_of(session, org_id, actor)


def request_hash(body: EventIn) -> str:
    """The payload's fingerprint, key left out: what a repeat must match to count as the same request."""
    canonical = json.dumps(body.model_dump(mode="json", exclude={"idempotency_key"}), sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def mismatch(key: str | None) -> ApiError:
    return ApiError(
        409,
        "idempotency_mismatch",
        f"idempotency key {key!r} was already used for a different event",
        field="idempotency_key",
    )


def _duplicate(event: Event, digest: str) -> EventResult:
    if event.request_hash is not None and event.request_hash != digest:
        raise mismatch(event.idempotency_key)
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
