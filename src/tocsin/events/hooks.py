"""Per-type side effects of ingestion, registered once per event type and run by the pipeline
for each new event of that type (never for a duplicate), in the event's transaction, before its
row is written: what a hook returns joins the event's answer, which is stored with the row.

A hook runs once per event, after every earlier event of its group is written (the pipeline
starts a new run of the group at each event with a hook), so it sees what it would see if the
events came one after the other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.deliveries import service as queue
from tocsin.events.texts import NewEvent
from tocsin.notifications import service as notifications


@dataclass(frozen=True, slots=True)
class HookFacts:
    """What a hook may need besides the event row."""

    actor_name: str | None  # the actor's display name, when the event names an actor


Hook = Callable[[Session, AppContext, NewEvent, HookFacts], dict[str, Any]]

HOOKS: dict[str, Hook] = {}


def on(event_type: str) -> Callable[[Hook], Hook]:
    """Register `hook` for `event_type` (one hook per type)."""

    def register(hook: Hook) -> Hook:
        assert event_type not in HOOKS, f"a hook for {event_type!r} is already registered"
        HOOKS[event_type] = hook
        return hook

    return register


@on("approval_completed")
def resolve_approvals(session: Session, ctx: AppContext, event: NewEvent, facts: HookFacts) -> dict[str, Any]:
    """Shared resolution: an `approval_completed` settles every open `approval_requested`
    notification about the same record (entity type and id), whoever it went to. Answers with
    `resolved`, how many it settled."""
    entity_id = event.entity.get("id")
    if not isinstance(entity_id, str) or not entity_id:
        return {"resolved": 0}
    data = event.data or {}
    decision = data.get("outcome") or data.get("decision") or "completed"
    resolution = {"decision": str(decision)[:64], "by": event.actor, "by_name": facts.actor_name}
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
    return {"resolved": len(resolved)}
