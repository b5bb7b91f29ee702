"""Ingestion's entry points: one event (`ingest`) and the write queue's groups (`ingest_group`),
both through the one pipeline (`events.pipeline.ingest_many`), a single event as a group of one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tocsin.auth import service as auth
from tocsin.context import AppContext
from tocsin.db.writer import Group
from tocsin.events import pipeline, repository
from tocsin.events.config import resolve_type as resolve_type
from tocsin.events.schemas import EventIn, EventResult
from tocsin.events.stages import Outcome
from tocsin.orgs.models import Org


def ingest(session: Session, ctx: AppContext, *, org: Org, body: EventIn) -> EventResult:
    """Accept one event: recipients, in-app notifications and delivery rows, in the caller's
    transaction. A repeated idempotency key returns the first result, creating nothing."""
    if not body.idempotency_key:
        return _only(pipeline.ingest_many(session, ctx, [(org, body)]))
    try:
        with session.begin_nested():
            return _only(pipeline.ingest_many(session, ctx, [(org, body)]))
    except IntegrityError:
        # Lost the race to a concurrent request with the same key: the unique constraint decided,
        # and the stored event answers this one as its repeat.
        return _only(pipeline.ingest_many(session, ctx, [(org, body)]))


def ingest_many(
    session: Session, ctx: AppContext, pending: Sequence[tuple[Org | None, EventIn]]
) -> list[Outcome]:
    """Events of known orgs (None: an API key that matched no org) together; one answer or error
    per event, in order. The batch endpoint and the scheduler's firings call it."""
    return pipeline.ingest_many(session, ctx, pending)


def _only(outcomes: list[Outcome]) -> EventResult:
    (outcome,) = outcomes
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


@dataclass(frozen=True, slots=True)
class Ingestion:
    """One event handed to the write queue: the API key it came with (authenticated in the
    group's transaction, all keys in one query) and its body."""

    ctx: AppContext
    key: str
    body: EventIn


def ingest_group(session: Session, items: Sequence[Ingestion]) -> list[Outcome]:
    """The write queue's group of single events; one answer (or error) per item, in order. If it
    raises (a key inserted meanwhile by another process), the queue rolls it back and writes each
    item alone (`ingest_one`), so one event's failure never fails its group-mates."""
    orgs = auth.authenticate_api_keys(session, {item.key for item in items})
    return pipeline.ingest_many(session, items[0].ctx, [(orgs.get(item.key), item.body) for item in items])


def ingest_one(session: Session, item: Ingestion) -> EventResult:
    return ingest(session, item.ctx, org=auth.authenticate_api_key(session, item.key), body=item.body)


# The write queue's group for single events: consecutive ones are written by `ingest_group`.
SINGLE_EVENTS = Group(many=ingest_group, one=ingest_one)


def delete_events(session: Session, ids: Sequence[int]) -> int:
    """The retention purge's delete of old events, after their notifications and deliveries."""
    return repository.delete_events(session, ids)
