"""Event types and the routing matrix: the seeded catalog of a new org, and the admin's edits."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import invalid, not_found
from tocsin.event_types import repository
from tocsin.event_types.catalog import CUSTOM_BODY, CUSTOM_TITLE, default_routing, seed_rows, unset_routing
from tocsin.event_types.models import EventType
from tocsin.event_types.repository import TypeTexts
from tocsin.event_types.schemas import (
    DigestSpec,
    EscalationSpec,
    EventTypeIn,
    EventTypeOut,
    RoutingCell,
    RoutingIn,
    RoutingOut,
)
from tocsin.kit.channels import ALL_CHANNELS, EXTERNAL_CHANNELS, IN_APP
from tocsin.kit.sandbox import TemplateProblem, check, render
from tocsin.kit.template_budget import TEXT, TITLE, Limits


class Org(Protocol):
    """The org a call is about: only its id is read here (orgs sit above event types)."""

    @property
    def id(self) -> int: ...



def _cells(routing: dict[str, dict[str, bool]]) -> dict[str, RoutingCell]:
    full = unset_routing()
    full.update({k: v for k, v in (routing or {}).items() if k in ALL_CHANNELS})
    return {
        ch: RoutingCell(on=bool(full[ch].get("on")), overridable=bool(full[ch].get("overridable")))
        for ch in ALL_CHANNELS
    }


def to_out(row: EventType) -> EventTypeOut:
    return EventTypeOut(
        key=row.key,
        description=row.description,
        urgent_default=row.urgent_default,
        builtin=row.builtin,
        title_template=row.title_template or CUSTOM_TITLE,
        body_template=row.body_template or CUSTOM_BODY,
        routing=_cells(row.routing),
        sensitive_fields=row.sensitive_fields,
        escalation=EscalationSpec.model_validate(row.escalation) if row.escalation else None,
        digest=DigestSpec.model_validate(row.digest) if row.digest else None,
        enabled=row.enabled is not False,
        cc_emails=list(row.cc_emails or []),
    )


def _validated_row(channel_cells: dict[str, RoutingCell], *, where: str) -> dict[str, dict[str, bool]]:
    out: dict[str, dict[str, bool]] = {}
    for channel, cell in channel_cells.items():
        if channel not in ALL_CHANNELS:
            raise invalid(f"{where}.{channel}", f"unknown channel; one of {', '.join(ALL_CHANNELS)}")
        if channel == IN_APP and (not cell.on or cell.overridable):
            raise invalid(f"{where}.{channel}", "in_app is always on and cannot be overridden")
        out[channel] = {"on": cell.on, "overridable": cell.overridable}
    return out


def get_routing(session: Session, org: Org) -> RoutingOut:
    return RoutingOut(
        channels=list(ALL_CHANNELS),
        matrix={row.key: _cells(row.routing) for row in repository.event_types(session, org.id)},
    )


def put_routing(session: Session, ctx: AppContext, org: Org, body: RoutingIn) -> RoutingOut:
    """Update the cells given; cells and event types left out keep their value."""
    rows = {row.key: row for row in repository.event_types(session, org.id)}
    updates: dict[str, dict[str, dict[str, bool]]] = {}
    for key, cells in body.matrix.items():
        if key not in rows:
            raise invalid(f"matrix.{key}", "unknown event type")
        updates[key] = _validated_row(cells, where=f"matrix.{key}")
    now = ctx.clock.now()
    for key, cells_update in updates.items():
        row = rows[key]
        row.routing = {**_plain(row.routing), **cells_update}
        row.updated_at = now
    session.flush()
    ctx.signals.org_config_changed(session, org.id)  # cached ingestion config is stale
    return get_routing(session, org)


def _plain(routing: dict[str, dict[str, bool]] | None) -> dict[str, dict[str, bool]]:
    return {ch: {"on": c.on, "overridable": c.overridable} for ch, c in _cells(routing or {}).items()}


def get_event_type(session: Session, org: Org, key: str) -> EventTypeOut:
    row = repository.event_type(session, org.id, key)
    if row is None:
        raise not_found("event type")
    return to_out(row)


def list_event_types(session: Session, org: Org) -> list[EventTypeOut]:
    return [to_out(row) for row in repository.event_types(session, org.id)]


def put_event_type(
    session: Session, ctx: AppContext, org: Org, key: str, body: EventTypeIn
) -> tuple[EventTypeOut, bool]:
    """Create a custom type or edit any type; fields left out keep their value."""
    for field, limits in (("title_template", TITLE), ("body_template", TEXT)):
        source = getattr(body, field)
        if source is not None:
            _check_text(field, source, key=key, limits=limits)
    routing = _validated_row(body.routing, where="routing") if body.routing is not None else None
    escalation = _validated_escalation(body.escalation) if body.escalation is not None else None
    now = ctx.clock.now()
    row = repository.event_type(session, org.id, key)
    created = row is None
    if row is None:
        row = repository.add_event_type(
            session,
            EventType(
                org_id=org.id,
                key=key,
                description="",
                urgent_default=False,
                builtin=False,
                title_template=None,
                body_template=None,
                routing=default_routing(key),
                enabled=True,
                created_at=now,
                updated_at=now,
            ),
        )
    if body.description is not None:
        row.description = body.description
    if body.urgent_default is not None:
        row.urgent_default = body.urgent_default
    if body.enabled is not None:
        row.enabled = body.enabled
    if body.title_template is not None:
        row.title_template = body.title_template
    if body.body_template is not None:
        row.body_template = body.body_template
    if routing is not None:
        row.routing = {**_plain(row.routing), **routing}
    if "sensitive_fields" in body.model_fields_set:
        row.sensitive_fields = None if body.sensitive_fields is None else sorted(set(body.sensitive_fields))
    if "escalation" in body.model_fields_set:
        row.escalation = escalation
    if "digest" in body.model_fields_set:
        row.digest = body.digest.model_dump() if body.digest is not None else None
    if "cc_emails" in body.model_fields_set:
        row.cc_emails = list(dict.fromkeys(body.cc_emails)) or None if body.cc_emails is not None else None
    row.updated_at = now
    session.flush()
    ctx.signals.org_config_changed(session, org.id)  # cached ingestion config is stale
    return to_out(row), created


# What a text is tried with when saved: an event with every variable set, its data empty.
_SAMPLE_VARIABLES: dict[str, Any] = {
    "actor": "Sample Actor",
    "actor_username": "sample",
    "entity": {"type": "lead", "id": "42", "name": "Sample record", "url": "https://crm.example.com/leads/42"},
    "data": {},
    "urgent": False,
    "name": "Sample record",
}


def _check_text(field: str, source: str, *, key: str, limits: Limits) -> None:
    """A title or body must compile, call nothing templates lack, and render a sample event within
    its limits (a title's are smaller: titles render while events are ingested). Other errors of
    the sample render are left to real events' data (`{{ data.amount * 2 }}` fails without it)."""
    try:
        check(source)
        try:
            render(source, {**_SAMPLE_VARIABLES, "event_type": key}, limits=limits)
        except TemplateProblem as exc:
            if exc.limit is not None:
                raise
    except TemplateProblem as exc:
        where = f" (line {exc.line})" if exc.line else ""
        raise invalid(field, f"template error{where}: {exc.message}") from exc


def _validated_escalation(spec: EscalationSpec) -> dict[str, Any] | None:
    """The stored escalation, or None when neither step is set."""
    if (spec.after_minutes is None) != (spec.channel is None):
        field = "escalation.channel" if spec.channel is None else "escalation.after_minutes"
        raise invalid(field, "after_minutes and channel go together: the channel the unread notification is sent on")
    if spec.channel is not None and spec.channel not in EXTERNAL_CHANNELS:
        raise invalid("escalation.channel", f"one of {', '.join(EXTERNAL_CHANNELS)}")
    if (
        spec.after_minutes is not None
        and spec.manager_after_minutes is not None
        and spec.manager_after_minutes <= spec.after_minutes
    ):
        raise invalid("escalation.manager_after_minutes", "must be later than after_minutes")
    if spec.after_minutes is None and spec.manager_after_minutes is None:
        return None
    return spec.model_dump()


def seed_catalog(session: Session, org_id: int, *, now: datetime) -> None:
    """Give a new org every built-in event type with its default routing."""
    repository.seed(session, org_id, seed_rows(), now)


def all_of(session: Session, org_id: int) -> list[EventType]:
    return repository.event_types(session, org_id)


def find(session: Session, org_id: int, key: str) -> EventType | None:
    return repository.event_type(session, org_id, key)


def texts(session: Session, pairs: set[tuple[int, str]]) -> dict[tuple[int, str], TypeTexts]:
    """The in-app texts and sensitive fields of several orgs' event types (for re-rendering the
    texts of channels that leave sensitive fields out)."""
    return repository.texts(session, pairs)


def routings(session: Session, pairs: set[tuple[int, str]]) -> dict[tuple[int, str], dict[str, Any]]:
    """The stored routing rows of several orgs' event types: {(org_id, key): row}."""
    return repository.routings(session, pairs)
