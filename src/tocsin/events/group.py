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
from dataclasses import fields as dataclass_fields
from typing import Any

from sqlalchemy.orm import Session

from tocsin.auth import service as auth
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.db.writer import Group
from tocsin.deliveries import service as queue
from tocsin.deliveries.planning import Throttle
from tocsin.errors import ApiError, unauthorized
from tocsin.events import repository, service
from tocsin.events.models import Event
from tocsin.events.notes import NotificationTable
from tocsin.events.recipients import Broadcast, EventFacts, RecipientRules, UserFacts
from tocsin.events.schemas import EventIn, EventResult
from tocsin.kit.quiet_hours import QuietDecision
from tocsin.orgs.models import Org
from tocsin.rules import matching
from tocsin.rules.matching import RuleFacts
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


class _Work:
    """One accepted event on its way through the group: what is known of it so far."""

    __slots__ = ("body", "config", "decided", "event", "event_type", "facts", "index", "matched", "org_id")

    def __init__(
        self, index: int, org_id: int, body: EventIn, event_type: service.TypeConfig, config: service.OrgConfig
    ) -> None:
        self.index = index
        self.org_id = org_id
        self.body = body
        self.event_type = event_type
        self.config = config
        self.facts: EventFacts
        self.matched: list[RuleFacts]
        self.decided: service.Decided
        self.event: service.NewEvent


def ingest_many(
    session: Session, ctx: AppContext, pending: Sequence[tuple[Org | None, EventIn]]
) -> list[EventResult | Exception]:
    """Ingest groupable events of known orgs together (None: a key that matched no org); one
    answer (or error) per event, in order. The scheduler fires its due reminders this way."""
    out: list[EventResult | Exception | None] = [None] * len(pending)
    now = ctx.clock.now()
    configs: dict[int, tuple[int, service.OrgConfig]] = {}  # per Org object: its id and config
    accepted: list[_Work] = []
    for index, (org, body) in enumerate(pending):
        try:
            if org is None:
                raise unauthorized("invalid or revoked API key")
            known = configs.get(id(org))
            if known is None:
                known = configs[id(org)] = (org.id, service.org_config(session, ctx, org))
            org_id, config = known
            accepted.append(_Work(index, org_id, body, service.type_of(config, body.type), config))
        except Exception as exc:
            out[index] = exc

    # Idempotency: keys already stored answer with the first result; a key repeated inside the
    # group is answered, as a duplicate, with the result of its first occurrence.
    existing = _stored_events(session, [(w.org_id, w.body.idempotency_key) for w in accepted])
    first_of: dict[tuple[int, str], int] = {}
    repeats: list[tuple[int, int]] = []
    fresh: list[_Work] = []
    for work in accepted:
        key = work.body.idempotency_key
        if key and (work.org_id, key) in existing:
            try:
                out[work.index] = service._duplicate(existing[(work.org_id, key)], service.request_hash(work.body))
            except ApiError as exc:  # the key was used for a different event
                out[work.index] = exc
        elif key and (work.org_id, key) in first_of:
            repeats.append((work.index, first_of[(work.org_id, key)]))
        else:
            if key:
                first_of[(work.org_id, key)] = work.index
            fresh.append(work)

    recipient_rules: dict[int, RecipientRules] = {}  # per config
    rule_fields: dict[int, tuple[str, ...]] = {}  # per config: the fields its rules watch
    matched_by: dict[tuple[Any, ...], list[RuleFacts]] = {}  # per config and what matching reads
    for work in fresh:
        config = work.config
        if id(config) not in recipient_rules:
            recipient_rules[id(config)] = service._rules(config.settings)
            rule_fields[id(config)] = tuple(sorted({rule.field for rule in config.rules}))
        facts = work.facts = _facts_of(work.body)
        if facts.type != "record_updated":
            work.matched = []
            continue
        read = matching.reads(rule_fields[id(config)], entity=facts.entity, data=facts.data)
        hit = matched_by.get((id(config), read)) if read is not None else None
        if hit is None:
            hit = service.matched_rules(config, facts)
            if read is not None:
                matched_by[(id(config), read)] = hit
        work.matched = hit
    directory = _directory(session, fresh, recipient_rules)
    # Events of one org with the same decision key (a rule matching many records) decide once.
    decided_by: dict[tuple[Any, ...], service.Decided] = {}
    for work in fresh:
        same = service.rule_decision_key(work.facts, work.matched)
        found = decided_by.get((work.org_id, *same)) if same is not None else None
        if found is None:
            found = service.decide(
                work.config,
                work.event_type,
                work.facts,
                recipient_rules[id(work.config)],
                directory[work.org_id],
                matched=work.matched,
            )
            if same is not None:
                decided_by[(work.org_id, *same)] = found
        work.decided = found

    actor_names = _actor_names(session, [(w.org_id, w.body.actor) for w in fresh], directory)
    event_ids, notification_ids = repository.reserve_ids(
        session,
        events=len(fresh),
        notifications=sum(len(part.users) for w in fresh for part in w.decided.parts),
    )
    # Each part of each event joins a kind: the same part of a shared decision (each kept alive by
    # its events, so ids are not reused) at the same urgency has the same recipients, quiet hours
    # and routing, so its deliveries are planned once (`queue.plan_kinds`).
    events: list[service.NewEvent] = []
    kinds: dict[tuple[int, bool], tuple[queue.KindDeliveries, list[QuietDecision]]] = {}  # and its quiet hours
    throttles: dict[int, Throttle] = {}
    written: list[tuple[_Work, service.Part, Sequence[int], list[QuietDecision]]] = []  # notifications to write
    kinds_of: list[list[queue.KindDeliveries]] = []  # per fresh event, its parts' kinds
    taken = 0
    for work, event_id in zip(fresh, event_ids, strict=True):
        body, config = work.body, work.config
        event = work.event = service.NewEvent(
            id=event_id,
            org_id=work.org_id,
            type=body.type,
            actor=body.actor,
            entity=work.facts.entity,  # type: ignore[arg-type]  # the dict _facts_of dumped
            data=body.data,
            urgent=work.event_type.urgent_default if body.urgent is None else body.urgent,
            idempotency_key=body.idempotency_key,
            request_hash=service.request_hash(body) if body.idempotency_key else None,
            created_at=now,
        )
        events.append(event)
        joined: list[queue.KindDeliveries] = []
        for part in work.decided.parts:
            ids = notification_ids[taken : taken + len(part.users)]
            taken += len(part.users)
            same = (id(part), event.urgent)
            joining = kinds.get(same)
            if joining is None:
                settings = config.settings
                throttle = throttles.get(id(config))
                if throttle is None:
                    throttle = throttles[id(config)] = Throttle(
                        batch_size=settings.email_batch_size, window_seconds=settings.email_batch_window_seconds
                    )
                quiet = service.quiet_for(settings, part.users, urgent=event.urgent, now=now)
                kind = queue.KindDeliveries(
                    org_id=work.org_id,
                    event_type=part.type.key,
                    matrix=part.type.matrix,
                    states=config.states,
                    throttle=throttle,
                    addressees=service.addressees(part.users, ids, quiet),
                    timing=part.type.timing,
                )
                joining = kinds[same] = (kind, quiet)
            kind, quiet = joining
            kind.events.append((event_id, ids))
            joined.append(kind)
            written.append((work, part, ids, quiet))
        kinds_of.append(joined)

    # The deliveries are planned first (the last read), so each answer is known before its event
    # row is written and goes in with it.
    plans = queue.plan_kinds(session, [kind for kind, _ in kinds.values()], now=now)
    answer_of = {id(p.kind): p.answer for p in plans}
    answers: list[dict[str, Any]] = []
    shared_answers: dict[tuple[int, ...], dict[str, Any]] = {}
    for work, joined in zip(fresh, kinds_of, strict=True):
        # Events with one decision and the same kinds have one answer but for their id.
        alike = (id(work.decided), *(id(kind) for kind in joined))
        common = shared_answers.get(alike)
        if common is None:
            planned = [answer_of[id(kind)] for kind in joined]
            common = shared_answers[alike] = _answer_fields(work.body.type, work.decided, planned)
        answers.append({"event_id": work.event.id, **common})
    # Parents first: notifications reference their events, deliveries both. Pipelined (PostgreSQL),
    # each insert leaves at once and the server writes the events while the texts are rendered.
    with repository.pipelined(session):
        _insert_events(session, events, answers)
        table = NotificationTable()
        problems: dict[int, list[str]] = {}  # by id(work): text templates replaced by built-in texts
        for work, part, note_ids, quiet in written:
            event, body = work.event, work.body
            actor_name = actor_names.get((work.org_id, body.actor or "")) if work.decided.decision.users else None
            notes = service.notification_columns(
                event, part.type, part.users, actor_name=actor_name, actions=service._actions(body), quiet=quiet,
                problems=problems.setdefault(id(work), []),
            )  # fmt: skip
            table.add(notes, note_ids)
        repository.insert_notification_table(session, table)
        _warn_of_texts(session, fresh, answers, problems)
        created = table.created
        queue.write_planned(session, ctx, plans, now=now)
    for work, answer in zip(fresh, answers, strict=True):
        out[work.index] = _result(answer)
    for index, first in repeats:
        original = out[first]
        if service.request_hash(pending[index][1]) != service.request_hash(pending[first][1]):
            out[index] = service.mismatch(pending[index][1].idempotency_key)
            continue
        out[index] = original.model_copy(update={"duplicate": True}) if isinstance(original, EventResult) else original

    signals = ctx.signals
    if created:
        after_commit(session, lambda: signals.notifications_created(created))
    return [item if item is not None else RuntimeError("not ingested") for item in out]


def _warn_of_texts(
    session: Session, fresh: Sequence[_Work], answers: list[dict[str, Any]], problems: dict[int, list[str]]
) -> None:
    """An event whose text template failed or exceeded its limits was given the built-in text:
    its answer (already written with its row) says so. Rare, so one update per such event."""
    for position, work in enumerate(fresh):
        failed = problems.get(id(work))
        if failed:
            answer = answers[position]
            answers[position] = {**answer, "warnings": [*answer["warnings"], *dict.fromkeys(failed)]}
            repository.store_result(session, work.event.id, answers[position])


_EVENT_COLUMNS = tuple(f.name for f in dataclass_fields(service.NewEvent))  # named as the columns


def _insert_events(session: Session, events: Sequence[service.NewEvent], answers: Sequence[dict[str, Any]]) -> None:
    """The group's event rows, by column (no dict per row)."""
    columns: dict[str, list[Any]] = {name: [getattr(e, name) for e in events] for name in _EVENT_COLUMNS}
    columns["result"] = list(answers)
    repository.insert_event_columns(session, columns)


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
    session: Session, fresh: Sequence[_Work], recipient_rules: dict[int, RecipientRules]
) -> dict[int, dict[str, UserFacts]]:
    """Per org, the facts of every user the group's events name, and of their managers."""
    names: dict[int, set[str]] = {}
    actors: dict[int, set[str]] = {}
    for work in fresh:
        facts = work.facts
        audience = service.wanted(work.config, facts, recipient_rules[id(work.config)], matched=work.matched)
        assert not isinstance(audience, Broadcast)  # broadcasts are not grouped (is_groupable)
        names.setdefault(work.org_id, set()).update(audience)
        if facts.actor:  # their display names, for the texts (`_actor_names`), in the same query
            actors.setdefault(work.org_id, set()).add(facts.actor)
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


_FIELDS = tuple(EventResult.model_fields)
_set = object.__setattr__


def _result(stored: dict[str, Any]) -> EventResult:
    """The answer object of a stored answer (every field but `resolved`, which is for approvals).

    Built from values this module computed, so constructed rather than validated, as pydantic's
    `model_construct` does, without its per-field walk (a tenth of a 10,000-event batch's Python
    time went there). The lists and counts are shared by every event of one decision and plan,
    and never changed after."""
    answer = EventResult.__new__(EventResult)
    values = dict(stored)  # in the fields' order, as the JSON answer lists them
    values.setdefault("matched_rules", None)
    values["resolved"] = None
    _set(answer, "__dict__", values)
    _set(answer, "__pydantic_fields_set__", set(_FIELDS))
    _set(answer, "__pydantic_extra__", None)
    _set(answer, "__pydantic_private__", None)
    return answer
