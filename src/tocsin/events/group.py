"""Group ingestion: the single events of one group commit, written with set-based statements.

`service.ingest` costs about ten statements per event; under sustained load that, not the commit,
is the limit. Here the events the write queue gathered share each statement: one lookup of their
idempotency keys, one (or two, for managers) of their users, one of preferences per event type,
and one bulk insert each of events, notifications and deliveries, whatever the number of events.
The answer to each event is computed before its row is written (ids are reserved up front), so
it is stored with the row. The decisions are the ones `service.ingest` makes, through the same
functions (`service.decide`): a `record_updated` event notifies under the event type of each
field-change rule it matches, one part per type.

An event that cannot be accepted (unknown type) gets its own error and writes nothing. If the
bulk statements fail (a key inserted meanwhile by another process), the caller rolls them back
and ingests each event alone (`service.ingest`, with its savepoint), so one event's failure
never fails its batch-mates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tocsin.auth import service as auth
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.db.writer import Group
from tocsin.deliveries import queue
from tocsin.deliveries.planning import Throttle
from tocsin.errors import ApiError, unauthorized
from tocsin.events import repository, service
from tocsin.events.models import Event
from tocsin.events.recipients import Broadcast, EventFacts, RecipientRules, UserFacts
from tocsin.events.schemas import EventIn, EventResult
from tocsin.kit.quiet_hours import QuietDecision
from tocsin.orgs.models import Org
from tocsin.rules.matching import RuleFacts
from tocsin.signals import NotificationCreated
from tocsin.users import service as users


@dataclass(frozen=True, slots=True)
class Ingestion:
    """One event of a group: the API key it came with (authenticated in the group's
    transaction, all keys in one query) and its body."""

    ctx: AppContext
    key: str
    body: EventIn


def is_groupable(body: EventIn) -> bool:
    """Broadcasts load the org's whole directory, and an approval's completion resolves earlier
    requests (shared resolution): they go alone through `service.ingest`."""
    return body.type not in ("broadcast", "approval_completed")


def ingest_group(session: Session, items: Sequence[Ingestion]) -> list[EventResult | Exception]:
    """Ingest groupable events together; one answer (or error) per item, in order."""
    orgs = auth.authenticate_api_keys(session, {item.key for item in items})
    return ingest_many(session, items[0].ctx, [(orgs.get(item.key), item.body) for item in items])


@dataclass(frozen=True, slots=True)
class _Event:
    org: Org | None
    body: EventIn


def ingest_many(
    session: Session, ctx: AppContext, pending: Sequence[tuple[Org | None, EventIn]]
) -> list[EventResult | Exception]:
    """Ingest groupable events of known orgs together (None: a key that matched no org); one
    answer (or error) per event, in order. The scheduler fires its due reminders this way."""
    items = [_Event(org, body) for org, body in pending]
    out: list[EventResult | Exception | None] = [None] * len(items)
    now = ctx.clock.now()
    org_of: dict[int, Org] = {}
    accepted: list[tuple[int, service.TypeConfig, service.OrgConfig]] = []
    for index, item in enumerate(items):
        try:
            org = item.org
            if org is None:
                raise unauthorized("invalid or revoked API key")
            config = service.org_config(session, ctx, org)
            accepted.append((index, service.type_of(config, item.body.type), config))
            org_of[index] = org
        except Exception as exc:
            out[index] = exc

    # Idempotency: keys already stored answer with the first result; a key repeated inside the
    # group is answered, as a duplicate, with the result of its first occurrence.
    existing = _stored_events(session, [(org_of[i].id, items[i].body.idempotency_key) for i, _, _ in accepted])
    first_of: dict[tuple[int, str], int] = {}
    repeats: list[tuple[int, int]] = []
    fresh: list[tuple[int, service.TypeConfig, service.OrgConfig]] = []
    for index, event_type, config in accepted:
        org_id, key = org_of[index].id, items[index].body.idempotency_key
        if key and (org_id, key) in existing:
            try:
                out[index] = service._duplicate(existing[(org_id, key)], service.request_hash(items[index].body))
            except ApiError as exc:  # the key was used for a different event
                out[index] = exc
        elif key and (org_id, key) in first_of:
            repeats.append((index, first_of[(org_id, key)]))
        else:
            if key:
                first_of[(org_id, key)] = index
            fresh.append((index, event_type, config))

    facts = {index: _facts_of(items[index].body) for index, _, _ in fresh}
    matched = {index: service.matched_rules(config, facts[index]) for index, _, config in fresh}
    directory = _directory(session, [(org_of[i].id, facts[i], config, matched[i]) for i, _, config in fresh])
    # Events of one org with the same decision key (a rule matching many records) decide once.
    decided_by: dict[tuple[Any, ...], service.Decided] = {}
    decisions: dict[int, service.Decided] = {}
    for index, event_type, config in fresh:
        org_id = org_of[index].id
        same = service.rule_decision_key(facts[index], matched[index])
        found = decided_by.get((org_id, *same)) if same is not None else None
        if found is None:
            found = service.decide(
                config, event_type, facts[index], _rules_of(config), directory[org_id], matched=matched[index]
            )
            if same is not None:
                decided_by[(org_id, *same)] = found
        decisions[index] = found

    actor_names = _actor_names(session, [(org_of[i].id, items[i].body.actor) for i, _, _ in fresh], directory)
    event_ids, notification_ids = repository.reserve_ids(
        session,
        events=len(fresh),
        notifications=sum(len(part.users) for index, _, _ in fresh for part in decisions[index].parts),
    )
    events: list[service.NewEvent] = []
    notifications: list[dict[str, Any]] = []
    to_queue: list[queue.EventDeliveries] = []
    parts_of: list[int] = []  # how many entries of to_queue each fresh event has
    created: list[NotificationCreated] = []
    # Per part of a shared decision (kept alive in `decisions`, so ids are not reused) and
    # urgency: the recipients' quiet hours, decided once, and the kind its deliveries plan as.
    quiet_of: dict[tuple[int, bool], list[QuietDecision]] = {}
    throttles: dict[int, Throttle] = {}
    taken = 0
    for (index, event_type, config), event_id in zip(fresh, event_ids, strict=True):
        org, body = org_of[index], items[index].body
        decided = decisions[index]
        event = service.NewEvent(
            id=event_id,
            org_id=org.id,
            type=body.type,
            actor=body.actor,
            entity=facts[index].entity,  # type: ignore[arg-type]  # the dict _facts_of dumped
            data=body.data,
            urgent=event_type.urgent_default if body.urgent is None else body.urgent,
            idempotency_key=body.idempotency_key,
            request_hash=service.request_hash(body) if body.idempotency_key else None,
            created_at=now,
        )
        events.append(event)
        actor_name = actor_names.get((org.id, body.actor or "")) if decided.decision.users else None
        settings = config.settings
        throttle = throttles.get(id(config))
        if throttle is None:
            throttle = throttles[id(config)] = Throttle(
                batch_size=settings.email_batch_size, window_seconds=settings.email_batch_window_seconds
            )
        actions = service._actions(body)
        parts_of.append(len(decided.parts))
        for part in decided.parts:
            ids = notification_ids[taken : taken + len(part.users)]
            taken += len(part.users)
            quiet = quiet_of.get((id(part), event.urgent))
            if quiet is None:
                quiet = quiet_of[(id(part), event.urgent)] = service.quiet_for(
                    settings, part.users, urgent=event.urgent, now=now
                )
            notes = service.notification_columns(
                event, part.type, part.users, actor_name=actor_name, actions=actions, quiet=quiet
            )
            notifications.extend({"id": nid, **row} for nid, row in zip(ids, notes.rows(), strict=True))
            created.extend(notes.created(ids))
            to_queue.append(
                queue.EventDeliveries(
                    org_id=org.id,
                    event_id=event_id,
                    event_type=part.type.key,
                    matrix=part.type.matrix,
                    states=config.states,
                    throttle=throttle,
                    addressees=service.addressees(part.users, ids, quiet),
                    timing=part.type.timing,
                    # Same part of a shared decision, same urgency: same recipients, quiet hours
                    # and routing; `decide` shares parts only within one org.
                    kind=(id(part), event.urgent),
                )
            )

    # The deliveries are planned first (reads only), so each answer is known before its event row
    # is written and goes in with it; then parents first: notifications reference their events,
    # deliveries both.
    plan = queue.plan_events(session, to_queue, now=now)
    answers: list[dict[str, Any]] = []
    shared_answers: dict[tuple[int, ...], dict[str, Any]] = {}
    start = 0
    for ((index, _, _), event), n in zip(zip(fresh, events, strict=True), parts_of, strict=True):
        planned = plan.answers[start : start + n]
        start += n
        # Events with one decision and one plan have one answer but for their id.
        alike = (id(decisions[index]), *(id(q) for q in planned))
        common = shared_answers.get(alike)
        if common is None:
            common = shared_answers[alike] = _answer_fields(event.type, decisions[index], planned)
        answers.append({"event_id": event.id, **common})
    with repository.pipelined(session):  # events, notifications, deliveries, steps: one round trip
        _insert(session, ctx, events, answers, notifications, plan, now=now)
    for (index, _, _), answer in zip(fresh, answers, strict=True):
        out[index] = _result(answer)
    for index, first in repeats:
        original = out[first]
        if service.request_hash(items[index].body) != service.request_hash(items[first].body):
            out[index] = service.mismatch(items[index].body.idempotency_key)
            continue
        out[index] = original.model_copy(update={"duplicate": True}) if isinstance(original, EventResult) else original

    signals = ctx.signals
    if created:
        after_commit(session, lambda: signals.notifications_created(created))
    return [item if item is not None else RuntimeError("not ingested") for item in out]


def _insert(
    session: Session,
    ctx: AppContext,
    events: Sequence[service.NewEvent],
    answers: Sequence[dict[str, Any]],
    notifications: Sequence[dict[str, Any]],
    plan: queue.GroupPlan,
    *,
    now: datetime,
) -> None:
    """Parents first: notifications reference their events, deliveries their notifications."""
    repository.insert_events(
        session,
        [
            {
                "id": event.id,
                "org_id": event.org_id,
                "type": event.type,
                "actor": event.actor,
                "entity": event.entity,
                "data": event.data,
                "urgent": event.urgent,
                "idempotency_key": event.idempotency_key,
                "request_hash": event.request_hash,
                "result": answer,
                "created_at": event.created_at,
            }
            for event, answer in zip(events, answers, strict=True)
        ],
    )
    repository.insert_notification_rows(session, notifications)
    queue.write_planned(session, ctx, plan, now=now)


def _ingest_one(session: Session, item: Ingestion) -> EventResult:
    return service.ingest(session, item.ctx, org=auth.authenticate_api_key(session, item.key), body=item.body)


# The write queue's group for single events: consecutive ones are written by `ingest_group`.
SINGLE_EVENTS = Group(many=ingest_group, one=_ingest_one)


def _facts_of(body: EventIn) -> EventFacts:
    return EventFacts(
        type=body.type,
        actor=body.actor,
        entity=body.entity.model_dump(exclude_none=True),
        data=body.data,
        recipients=tuple(body.recipients) if body.recipients is not None else None,
    )


def _stored_events(session: Session, keys: list[tuple[int, str | None]]) -> dict[tuple[int, str], Event]:
    wanted: dict[int, set[str]] = {}
    for org_id, key in keys:
        if key:
            wanted.setdefault(org_id, set()).add(key)
    found: dict[tuple[int, str], Event] = {}
    for org_id, org_keys in wanted.items():
        for event in repository.events_by_keys(session, org_id, org_keys):
            found[(org_id, event.idempotency_key or "")] = event
    return found


def _directory(
    session: Session, wanted: list[tuple[int, EventFacts, service.OrgConfig, list[RuleFacts]]]
) -> dict[int, dict[str, UserFacts]]:
    """Per org, the facts of every user the group's events name, and of their managers."""
    names: dict[int, set[str]] = {}
    actors: dict[int, set[str]] = {}
    for org_id, facts, config, matched in wanted:
        audience = service.wanted(config, facts, _rules_of(config), matched=matched)
        assert not isinstance(audience, Broadcast)  # broadcasts are not grouped (is_groupable)
        names.setdefault(org_id, set()).update(audience)
        if facts.actor:  # their display names, for the texts (`_actor_names`), in the same query
            actors.setdefault(org_id, set()).add(facts.actor)
    out: dict[int, dict[str, UserFacts]] = {}
    for org_id, org_names in names.items():
        lookup = org_names | actors.get(org_id, set())
        found = {row.username: service._facts(row) for row in users.facts_by_usernames(session, org_id, lookup)}
        managers = {f.manager for n, f in found.items() if n in org_names and f.manager and f.manager not in found}
        if managers:
            found.update(
                {row.username: service._facts(row) for row in users.facts_by_usernames(session, org_id, managers)}
            )
        out[org_id] = found
    return out


def _actor_names(
    session: Session, actors: list[tuple[int, str | None]], directory: dict[int, dict[str, UserFacts]]
) -> dict[tuple[int, str], str | None]:
    """The display names of the group's actors, for texts that say who did it: from the directory
    (which looked every actor up), else one query per org (an org with no audience at all)."""
    out: dict[tuple[int, str], str | None] = {}
    missing: dict[int, set[str]] = {}
    for org_id, actor in actors:
        if not actor:
            continue
        known = directory.get(org_id, {}).get(actor)
        if known is not None:
            out[(org_id, actor)] = known.display_name
        else:
            missing.setdefault(org_id, set()).add(actor)
    for org_id, names in missing.items():
        found = users.display_names_of(session, org_id, names)
        out.update({(org_id, name): found.get(name) for name in names})
    return out


def _rules_of(config: service.OrgConfig) -> RecipientRules:
    return service._rules(config.settings)


def _answer_fields(event_type: str, decided: service.Decided, planned: Sequence[queue.Queued]) -> dict[str, Any]:
    """An event's answer as stored (`EventResult.model_dump()`), but for its id."""
    queued: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for part in planned:
        queued.update(part.queued)
        skipped.update(part.skipped)
    decision = decided.decision
    fields: dict[str, Any] = {
        "duplicate": False,
        "notifications": sum(len(part.users) for part in decided.parts),
        "recipients": [u.username for u in decision.users],
        "unknown_recipients": list(decision.unknown),
        "inactive_recipients": list(decision.inactive),
        "deliveries": dict(queued),
        "skipped": dict(skipped),
        "warnings": decided.warnings,
    }
    if event_type == "record_updated":
        fields["matched_rules"] = decided.matched
    return fields


_ALL_FIELDS = frozenset(EventResult.model_fields)


def _result(stored: dict[str, Any]) -> EventResult:
    """The answer object of a stored answer. Built from values this module computed (no input to
    check), so constructed, not validated; the lists and counts are shared by every event of one
    decision and plan, and never changed after."""
    values = {"matched_rules": None, "resolved": None, **stored}
    return EventResult.model_construct(_fields_set=set(_ALL_FIELDS), **values)
