"""Group ingestion: the single events of one group commit, written with set-based statements.

`service.ingest` costs about ten statements per event; under sustained load that, not the commit,
is the limit. Here the events the write queue gathered share each statement: one lookup of their
idempotency keys, one (or two, for managers) of their users, one of preferences per event type,
and one bulk insert each of events, notifications and deliveries, whatever the number of events.
The answer to each event is computed before its row is written (ids are reserved up front), so
it is stored with the row. The decisions are the ones `service.ingest` makes, through the same
functions.

An event that cannot be accepted (unknown type) gets its own error and writes nothing. If the
bulk statements fail (a key inserted meanwhile by another process), the caller rolls them back
and ingests each event alone (`service.ingest`, with its savepoint), so one event's failure
never fails its batch-mates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tocsin.auth import service as auth
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.db.writer import Group
from tocsin.deliveries import queue
from tocsin.deliveries.planning import Throttle
from tocsin.errors import ApiError, unauthorized
from tocsin.events import recipients, repository, service
from tocsin.events.models import Event
from tocsin.events.recipients import Broadcast, EventFacts, RecipientDecision, UserFacts
from tocsin.events.schemas import EventIn, EventResult
from tocsin.notifications import shapes
from tocsin.orgs.models import Org
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
    """Broadcasts load the org's whole directory; they go alone through `service.ingest`."""
    return body.type != "broadcast"


def ingest_group(session: Session, items: Sequence[Ingestion]) -> list[EventResult | Exception]:
    """Ingest non-broadcast events together; one answer (or error) per item, in order."""
    ctx = items[0].ctx
    out: list[EventResult | Exception | None] = [None] * len(items)
    now = ctx.clock.now()
    orgs = auth.authenticate_api_keys(session, {item.key for item in items})
    org_of: dict[int, Org] = {}
    accepted: list[tuple[int, service.TypeConfig, service.OrgConfig]] = []
    for index, item in enumerate(items):
        try:
            org = orgs.get(item.key)
            if org is None:
                raise unauthorized("invalid or revoked API key")
            config = service.org_config(session, ctx, org)
            accepted.append((index, service.resolve_type(session, ctx, org, item.body.type), config))
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
    directory = _directory(session, [(org_of[i].id, facts[i], config) for i, _, config in fresh])
    decisions = {
        index: recipients.resolve(facts[index], service._rules(config.settings), directory[org_of[index].id])
        for index, _, config in fresh
    }

    actor_names = _actor_names(session, [(org_of[i].id, items[i].body.actor) for i, _, _ in fresh], directory)
    event_ids = repository.reserve_event_ids(session, len(fresh))
    notification_ids = repository.reserve_notification_ids(
        session, sum(len(decisions[index].users) for index, _, _ in fresh)
    )
    events: list[Event] = []
    notifications: list[dict[str, Any]] = []
    to_queue: list[queue.EventDeliveries] = []
    created: list[NotificationCreated] = []
    taken = 0
    for (index, event_type, config), event_id in zip(fresh, event_ids, strict=True):
        org, body = org_of[index], items[index].body
        decision = decisions[index]
        ids = notification_ids[taken : taken + len(decision.users)]
        taken += len(decision.users)
        event = Event(
            id=event_id,
            org_id=org.id,
            type=body.type,
            actor=body.actor,
            entity=body.entity.model_dump(exclude_none=True),
            data=body.data,
            urgent=event_type.urgent_default if body.urgent is None else body.urgent,
            idempotency_key=body.idempotency_key,
            request_hash=service.request_hash(body) if body.idempotency_key else None,
            created_at=now,
        )
        events.append(event)
        actor_name = actor_names.get((org.id, body.actor or "")) if decision.users else None
        settings = config.settings
        quiet = [service.quiet_of(settings, u, urgent=event.urgent, now=now) for u in decision.users]
        rows = service.notification_rows(event, event_type, decision.users, actor_name=actor_name, quiet=quiet)
        notifications.extend({"id": nid, **row} for nid, row in zip(ids, rows, strict=True))
        created.extend(
            NotificationCreated(org.id, user.id, shapes.from_values(row, nid), silent=bool(row["silent"]))
            for user, row, nid in zip(decision.users, rows, ids, strict=True)
        )
        to_queue.append(
            queue.EventDeliveries(
                org_id=org.id,
                event_id=event_id,
                event_type=body.type,
                matrix=event_type.matrix,
                states=config.states,
                throttle=Throttle(
                    batch_size=settings.email_batch_size, window_seconds=settings.email_batch_window_seconds
                ),
                addressees=service.addressees(decision.users, ids, quiet),
                timing=event_type.timing,
            )
        )

    # Parents first: notifications reference their events, deliveries both. The answers depend
    # on the planned deliveries, so they are stored last, in one statement.
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
                "result": None,
                "created_at": event.created_at,
            }
            for event in events
        ],
    )
    repository.insert_notification_rows(session, notifications)
    queued = queue.queue_events(session, ctx, to_queue, now=now)
    answers = [
        _result(
            event.id,
            decisions[index],
            planned,
            warnings=recipients.why_nobody(facts[index], service._rules(config.settings), decisions[index]),
        )
        for (index, _, config), event, planned in zip(fresh, events, queued, strict=True)
    ]
    repository.store_results(session, {answer.event_id: answer.model_dump() for answer in answers})
    for (index, _, _), answer in zip(fresh, answers, strict=True):
        out[index] = answer
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
    session: Session, wanted: list[tuple[int, EventFacts, service.OrgConfig]]
) -> dict[int, dict[str, UserFacts]]:
    """Per org, the facts of every user the group's events name, and of their managers."""
    names: dict[int, set[str]] = {}
    for org_id, facts, config in wanted:
        rules = service._rules(config.settings)
        audience = recipients.audience(facts, rules)
        assert not isinstance(audience, Broadcast)  # broadcasts are not grouped (is_groupable)
        names.setdefault(org_id, set()).update([*audience, *recipients.manager_lookups(facts, rules)])
    out: dict[int, dict[str, UserFacts]] = {}
    for org_id, org_names in names.items():
        found = {row.username: service._facts(row) for row in users.facts_by_usernames(session, org_id, org_names)}
        managers = {f.manager for f in found.values() if f.manager and f.manager not in found}
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
    already loaded where the actor is in it, else one query per org."""
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


def _result(event_id: int, decision: RecipientDecision, planned: queue.Queued, *, warnings: list[str]) -> EventResult:
    return EventResult(
        event_id=event_id,
        duplicate=False,
        notifications=len(decision.users),
        recipients=[u.username for u in decision.users],
        unknown_recipients=list(decision.unknown),
        inactive_recipients=list(decision.inactive),
        deliveries=dict(planned.queued),
        skipped=dict(planned.skipped),
        warnings=warnings,
    )
