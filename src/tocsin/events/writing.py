"""The plan, write and answer stages of the ingestion pipeline (`events.pipeline`).

Plan: ids reserved up front, each kind's deliveries planned once, each type's hooks run, the
texts rendered; so each event's answer is known before its row is written and goes in with it.
Write: events, notifications and deliveries, one bulk insert each. Answer: one per event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import service as queue
from tocsin.events import addressing, answers, attachments, hooks, recipients, repository
from tocsin.events.config import OrgConfig
from tocsin.events.decide import Decided, DecisionKey, Part
from tocsin.events.idempotency import mismatch, request_hash
from tocsin.events.notes import NotificationTable
from tocsin.events.schemas import EventIn, EventResult
from tocsin.events.stages import Accepted, Decisions, Outcome
from tocsin.events.texts import NewEvent, collapsed_columns, notification_columns
from tocsin.kit.quiet_hours import QuietDecision
from tocsin.notifications import service as notifications
from tocsin.orgs.models import Org


class KindKey(NamedTuple):
    """Parts planned alike: the same part of one decision (shared under a `DecisionKey`, else
    the event's own, by its place in the group) at the same urgency."""

    decision: DecisionKey | int
    part: int
    urgent: bool


class AnswerKey(NamedTuple):
    decision: DecisionKey | int
    urgent: bool


class NotePart(NamedTuple):
    """One part's notifications, to be rendered and written: for `event`, reserved `ids`."""

    accepted: Accepted
    event: NewEvent
    part: Part
    ids: Sequence[int]
    quiet: list[QuietDecision]


# -- plan --------------------------------------------------------------------------------------


@dataclass(slots=True)
class Planned:
    """What the write stage inserts, answers included (stored with the event rows)."""

    events: list[NewEvent]
    answers: list[dict[str, Any]]  # per event, as stored
    notes: list[NotePart]  # rendered by the write stage, while the server inserts the events
    decided: Decisions
    deliveries: list[queue.KindPlan]
    now: datetime


def plan(session: Session, ctx: AppContext, fresh: list[Accepted], decided: Decisions, *, now: datetime) -> Planned:
    """Ids reserved up front; each kind's deliveries planned once; the hooks run; so each event's
    answer is known before its row is written (the texts are rendered by the write stage)."""
    event_ids, notification_ids = repository.reserve_ids(
        session, events=len(fresh), notifications=sum(len(p.users) for d in decided.each for p in d.parts)
    )
    kinds: dict[KindKey, queue.KindDeliveries] = {}
    quiet_of: dict[KindKey, list[QuietDecision]] = {}
    events: list[NewEvent] = []
    notes: list[NotePart] = []
    attach_of: dict[int, bool] = {}  # by decision: events of a shared one share its matched rules
    taken = 0
    for index, (item, decision, event_id) in enumerate(zip(fresh, decided.each, event_ids, strict=True)):
        attach = attach_of.get(id(decision))
        if attach is None:
            attach = attach_of[id(decision)] = _attaches(item, decision)
        event = _new_event(item, attach, event_id, now)
        events.append(event)
        shared = item.shared
        for number, part in enumerate(decision.parts):
            ids = notification_ids[taken : taken + len(part.users)]
            taken += len(part.users)
            key = KindKey(shared if shared is not None else index, number, event.urgent)
            kind = kinds.get(key)
            if kind is None:
                quiet = quiet_of[key] = addressing.quiet_for(
                    item.config.settings, part.users, urgent=event.urgent, now=now
                )
                kind = kinds[key] = _kind(item.config, part, ids, quiet)
                module_cc = recipients.module_copies(item.facts, item.config.recipient_rules)
                cc = tuple(dict.fromkeys((*part.type.cc_emails, *part.cc_emails, *module_cc)))
                kind.copies = addressing.copies_of(item.config.settings, cc, urgent=event.urgent, now=now)
            kind.events.append((event_id, ids))
            if part.records:
                part = _with_events(fresh, part, event_ids)
            notes.append(NotePart(item, event, part, ids, quiet_of[key]))
    plans = queue.plan_kinds(session, list(kinds.values()), now=now)
    queued = dict(zip(kinds, (p.answer for p in plans), strict=True))
    extra = _run_hooks(session, ctx, fresh, events, decided)
    stored = _answers(fresh, decided, events, queued, extra)
    return Planned(events, stored, notes, decided, plans, now)


def _with_events(fresh: list[Accepted], part: Part, event_ids: Sequence[int]) -> Part:
    """A collapsed part whose `data.collapsed.events` lists every record it stands for, as
    `[event_id, entity_type, entity_id]` (the CRM's callbacks name each one; the API leaves the
    list out)."""
    events = []
    for index in part.records:
        entity = fresh[index].facts.entity
        events.append([event_ids[index], entity.get("type"), entity.get("id")])
    return replace(part, collapsed={**(part.collapsed or {}), "events": events})


def _attaches(item: Accepted, decision: Decided) -> bool:
    """Whether a rule the event matched attaches its document."""
    if not decision.matched:
        return False
    matched = set(decision.matched)
    return any(rule.attach_document for rule in item.config.rules if rule.rule_id in matched)


def _new_event(item: Accepted, attach: bool, event_id: int, now: datetime) -> NewEvent:
    body = item.body
    files = attachments.of_event(body, attach_document=attach) if attach or body.attachments else []
    return NewEvent(
        id=event_id,
        org_id=item.config.org_id,
        type=body.type,
        actor=body.actor,
        entity=item.facts.entity,  # type: ignore[arg-type]  # the dict _facts_of dumped
        data=attachments.with_links(body.data, files),
        urgent=item.event_type.urgent_default if body.urgent is None else body.urgent,
        idempotency_key=body.idempotency_key,
        request_hash=request_hash(body) if body.idempotency_key else None,
        created_at=now,
        entity_type=item.facts.entity.get("type"),
        entity_id=item.facts.entity.get("id"),
        attachments=files or None,
    )


def _kind(config: OrgConfig, part: Part, ids: Sequence[int], quiet: list[QuietDecision]) -> queue.KindDeliveries:
    return queue.KindDeliveries(
        org_id=config.org_id,
        event_type=part.type.key,
        matrix=part.type.matrix,
        states=config.states,
        throttle=config.throttle,
        addressees=addressing.addressees(part.users, ids, quiet),
        timing=part.type.timing,
    )


def _run_hooks(
    session: Session, ctx: AppContext, fresh: list[Accepted], events: list[NewEvent], decided: Decisions
) -> dict[int, dict[str, Any]]:
    """Each event's type hook (`events.hooks`), in the group's order: what it adds to the answer,
    by the event's place in `fresh`."""
    out: dict[int, dict[str, Any]] = {}
    for index, event in enumerate(events):
        hook = hooks.HOOKS.get(event.type)
        if hook is not None:
            name = decided.actor_names.get((event.org_id, event.actor)) if event.actor else None
            out[index] = hook(session, ctx, event, hooks.HookFacts(actor_name=name))
    return out


def _render(notes: list[NotePart], decided: Decisions) -> tuple[NotificationTable, dict[int, list[str]]]:
    """Every part's notifications with their texts, gathered by column; the second value holds
    the per-event warnings (a template that failed or exceeded its limits, the built-in text
    used), by the event's id."""
    table = NotificationTable()
    warnings: dict[int, list[str]] = {}
    for item, event, part, ids, quiet in notes:
        actor_name = decided.actor_names.get((event.org_id, event.actor)) if event.actor else None
        actions = [a.model_dump() for a in item.body.actions] if item.body.actions else None
        problems: list[str] = []
        if part.collapsed is not None:
            columns = collapsed_columns(
                event, part.type, part.users, part.collapsed, by_rule=part.rule is not None, quiet=quiet
            )
        else:
            columns = notification_columns(
                event, part.type, part.users, actor_name=actor_name, actions=actions, quiet=quiet, problems=problems
            )
        table.add(columns, ids)
        if problems:
            said = warnings.setdefault(event.id, [])
            said.extend(p for p in dict.fromkeys(problems) if p not in said)
    return table, warnings


def _answers(
    fresh: list[Accepted],
    decided: Decisions,
    events: list[NewEvent],
    queued: dict[KindKey, queue.Queued],
    extra: dict[int, dict[str, Any]],
) -> list[dict[str, Any]]:
    """Each event's answer as stored. Events of one decision at one urgency share theirs but for
    the id (and what their hook or render adds)."""
    common_of: dict[AnswerKey, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for index, (item, decision, event) in enumerate(zip(fresh, decided.each, events, strict=True)):
        shared = item.shared
        key = AnswerKey(shared if shared is not None else index, event.urgent)
        common = common_of.get(key)
        if common is None:
            parts = [queued[KindKey(key.decision, n, event.urgent)] for n in range(len(decision.parts))]
            common = common_of[key] = answers.answer_fields(event.type, decision, parts)
        out.append({"event_id": event.id, **common, **extra.get(index, {})})
    return out


# -- write -------------------------------------------------------------------------------------


def write(session: Session, ctx: AppContext, planned: Planned) -> None:
    """Parents first: notifications reference their events, deliveries both. Pipelined on
    PostgreSQL: each insert leaves at once, one round trip in all; the server writes the events
    while the texts are rendered here, and the notifications while what is announced after commit
    and the delivery rows are made. A render that had to fall back to a built-in text (rare) adds
    its warning to the event's answer, stored by one update once the inserts are sent."""
    with repository.pipelined(session):
        repository.insert_event_columns(session, _event_columns(planned.events, planned.answers))
        table, warnings = _render(planned.notes, planned.decided)
        notifications.insert_gathered(session, table.columns)
        created = table.created()
        queue.write_planned(session, ctx, planned.deliveries, now=planned.now)
    if warnings:
        _add_warnings(session, planned, warnings)
    if created:
        signals = ctx.signals
        after_commit(session, lambda: signals.notifications_created(created))


def _add_warnings(session: Session, planned: Planned, warnings: dict[int, list[str]]) -> None:
    changed: dict[int, dict[str, Any]] = {}
    for index, event in enumerate(planned.events):
        said = warnings.get(event.id)
        if said:
            stored = planned.answers[index] = {**planned.answers[index]}
            stored["warnings"] = [*stored.get("warnings", []), *said]
            changed[event.id] = stored
    repository.store_results(session, changed)


_EVENT_COLUMNS = tuple(f.name for f in dataclass_fields(NewEvent))  # named as the columns


def _event_columns(events: Sequence[NewEvent], stored: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    """The group's event rows by column (no dict per row), each with its answer."""
    columns: dict[str, list[Any]] = {name: [getattr(e, name) for e in events] for name in _EVENT_COLUMNS}
    columns["result"] = list(stored)
    return columns


# -- answer ------------------------------------------------------------------------------------


def answer(
    pending: Sequence[tuple[Org | None, EventIn]],
    fresh: list[Accepted],
    planned: Planned,
    repeats: list[tuple[int, int]],
    out: list[Outcome | None],
) -> list[Outcome]:
    """One answer or error per event, in order; a key repeated inside the group answers, as a
    duplicate, with its first occurrence's result (or a conflict, for another payload)."""
    for item, stored in zip(fresh, planned.answers, strict=True):
        out[item.index] = answers.constructed(stored)
    for index, first in repeats:
        original = out[first]
        if request_hash(pending[index][1]) != request_hash(pending[first][1]):
            out[index] = mismatch(pending[index][1].idempotency_key)
            continue
        out[index] = original.model_copy(update={"duplicate": True}) if isinstance(original, EventResult) else original
    return [item if item is not None else RuntimeError("not ingested") for item in out]
