"""Ingestion: events in, notifications and delivery rows out, one staged function for one event
or ten thousand (accept → decide → plan → write → answer).

Every door comes here: `POST /v1/events` (the write queue groups concurrent requests),
`/v1/events/batch`, broadcasts, `/v1/notify`, the scheduler's firings and the services that raise
events themselves. A single event is a group of one. Each stage works on the whole group, so a
group costs a few statements whatever its size: one lookup of its idempotency keys, one (or two,
for managers) of its users per org, one of preferences, ids reserved in one round trip, and one
bulk insert each of events, notifications and deliveries. Work that events share is done once,
under named keys: field-rule matching (`MatchKey`), decisions (`DecisionKey`), delivery plans
(`KindKey`) and answers (`AnswerKey`). An event type's side effects are hooks (`events.hooks`).
The accept and decide stages are here; plan, write and answer are in `events.writing`.

An event that cannot be accepted (unknown org or type, a key reused for another payload) gets its
own error and writes nothing. What leaves the process (pushes, wake-ups) waits for the commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import ApiError, unauthorized
from tocsin.events import directory, hooks, writing
from tocsin.events.collapse import CollapseCall, collapse
from tocsin.events.config import OrgConfig, org_config, type_of
from tocsin.events.decide import Decided, DecisionKey, decide, decision_key, matched_rules, wanted
from tocsin.events.idempotency import IdempotencyKey, duplicate, request_hash, stored_events
from tocsin.events.recipients import Broadcast, EventFacts
from tocsin.events.schemas import EventIn
from tocsin.events.stages import Accepted, Decisions, Outcome
from tocsin.orgs.models import Org
from tocsin.rules import matching
from tocsin.rules.matching import RuleFacts


class MatchKey(NamedTuple):
    """What field-rule matching reads of an event (`matching.reads`), in one org."""

    org_id: int
    reads: tuple[Any, ...]


def ingest_many(
    session: Session,
    ctx: AppContext,
    pending: Sequence[tuple[Org | None, EventIn]],
    *,
    collapse: CollapseCall | None = None,
) -> list[Outcome]:
    """Ingest events of known orgs (None: an API key that matched no org) together; one answer
    or error per event, in order. Nothing is committed here: the caller's unit of work does.
    `collapse`: a batch call's, whose many notifications of one rule or type for one recipient
    become one (`events.collapse`); None (the write queue's groups, broadcasts): never.

    An event whose type has a hook (`events.hooks`) starts a new run of the group, so its hook
    sees every earlier event of the group written, as it would one after the other (an approval
    completed in the same batch as its request resolves it). Groups without one are one run."""
    out: list[Outcome] = []
    for run in _runs(pending):
        out.extend(_ingest_run(session, ctx, run, collapse))
    return out


def _runs(pending: Sequence[tuple[Org | None, EventIn]]) -> list[Sequence[tuple[Org | None, EventIn]]]:
    starts = [0, *(i for i, (_, body) in enumerate(pending) if i and body.type in hooks.HOOKS)]
    return [pending[start:end] for start, end in zip(starts, [*starts[1:], len(pending)], strict=True)]


def _ingest_run(
    session: Session, ctx: AppContext, pending: Sequence[tuple[Org | None, EventIn]], call: CollapseCall | None
) -> list[Outcome]:
    out: list[Outcome | None] = [None] * len(pending)
    fresh, repeats = accept(session, ctx, pending, out)
    decided = decide_all(session, ctx, fresh)
    now = ctx.clock.now()
    if call is not None:
        decided.each = collapse(fresh, decided.each, call, now=now)
    planned = writing.plan(session, ctx, fresh, decided, now=now)
    writing.write(session, ctx, planned)
    return writing.answer(pending, fresh, planned, repeats, out)


# -- accept ------------------------------------------------------------------------------------


def accept(
    session: Session, ctx: AppContext, pending: Sequence[tuple[Org | None, EventIn]], out: list[Outcome | None]
) -> tuple[list[Accepted], list[tuple[int, int]]]:
    """The events to write, and the repeats of a key inside the group (index, first index).
    A key already stored answers (in `out`) with its first result; refused events their error."""
    configs: dict[int, OrgConfig] = {}  # by org id
    admitted: list[Accepted] = []
    for index, (org, body) in enumerate(pending):
        try:
            if org is None:
                raise unauthorized("invalid or revoked API key")
            config = configs.get(org.id)
            if config is None:
                config = configs[org.id] = org_config(session, ctx, org)
            admitted.append(Accepted(index, body, config, type_of(config, body.type), _facts_of(body)))
        except Exception as exc:  # this event's error, not its group's
            out[index] = exc
    existing = stored_events(session, (k for a in admitted if (k := _key_of(a)) is not None))
    first_of: dict[IdempotencyKey, int] = {}
    repeats: list[tuple[int, int]] = []
    fresh: list[Accepted] = []
    for item in admitted:
        key = _key_of(item)
        if key is not None and key in existing:
            try:
                out[item.index] = duplicate(existing[key], request_hash(item.body))
            except ApiError as exc:  # the key was used for a different event
                out[item.index] = exc
        elif key is not None and key in first_of:
            repeats.append((item.index, first_of[key]))
        else:
            if key is not None:
                first_of[key] = item.index
            fresh.append(item)
    return fresh, repeats


def _key_of(item: Accepted) -> IdempotencyKey | None:
    key = item.body.idempotency_key
    return IdempotencyKey(item.config.org_id, key) if key else None


def _facts_of(body: EventIn) -> EventFacts:
    return EventFacts(
        type=body.type,
        actor=body.actor,
        entity=body.entity.model_dump(exclude_none=True),
        data=body.data,
        recipients=tuple(body.recipients) if body.recipients is not None else None,
    )


# -- decide ------------------------------------------------------------------------------------


def decide_all(session: Session, ctx: AppContext, fresh: list[Accepted]) -> Decisions:
    """Who hears of each event: the group's directory read once per org, then the pure decision;
    events of one org with the same `DecisionKey` (a rule matching many records) decide once."""
    matches: dict[MatchKey, list[RuleFacts]] = {}
    wants: dict[int, directory.Wanted] = {}
    asked: set[tuple[int, int]] = set()  # (org, matched list) whose rules' recipients are wanted
    for item in fresh:
        item.matched = _matched(item, matches)
        org_id = item.config.org_id
        want = wants.get(org_id)
        if want is None:
            want = wants[org_id] = directory.Wanted()
        if item.facts.actor:  # their display names, for the texts, in the same query
            want.actors.add(item.facts.actor)
        if not item.event_type.enabled:  # switched off: decides nobody, reads no one
            continue
        if item.facts.type == "record_updated":  # the matched rules' recipients: once per match
            if (org_id, id(item.matched)) in asked:
                continue
            asked.add((org_id, id(item.matched)))
        names = wanted(item.config, item.facts, matched=item.matched)
        if isinstance(names, Broadcast):
            item.broadcast = want.everyone = True
        else:
            want.names.update(names)
    directories = {org_id: directory.load(session, ctx, org_id, want) for org_id, want in wants.items()}
    decisions: dict[DecisionKey, Decided] = {}
    keys: dict[tuple[int, int, str | None], DecisionKey | None] = {}  # by org, matched list, actor
    out: list[Decided] = []
    for item in fresh:
        org_id = item.config.org_id
        known = (org_id, id(item.matched), item.facts.actor) if item.facts.type == "record_updated" else None
        key = keys.get(known) if known is not None else None
        if key is None:
            key = decision_key(org_id, item.facts, item.matched)
            if known is not None:
                keys[known] = key
        item.shared = key
        found = decisions.get(key) if key is not None else None
        if found is None:
            facts = directories[org_id].for_event(broadcast=item.broadcast)
            found = decide(item.config, item.event_type, item.facts, facts, matched=item.matched)
            if key is not None:
                decisions[key] = found
        out.append(found)
    actors = {(item.config.org_id, item.facts.actor) for item in fresh if item.facts.actor}
    return Decisions(out, directory.actor_names(session, actors, directories))


def _matched(item: Accepted, matches: dict[MatchKey, list[RuleFacts]]) -> list[RuleFacts]:
    """The field-change rules a `record_updated` event matches, matched once per `MatchKey`."""
    facts = item.facts
    if facts.type != "record_updated":
        return []
    reads = matching.reads(item.config.rule_fields, entity=facts.entity, data=facts.data)
    if reads is None:
        return matched_rules(item.config, facts)
    key = MatchKey(item.config.org_id, reads)
    hit = matches.get(key)
    if hit is None:
        hit = matches[key] = matched_rules(item.config, facts)
    return hit
