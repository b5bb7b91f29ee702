"""An org's ingestion configuration (settings, event types, channel states, field-change rules),
cached per process at the org's `config_version`, so an event costs no queries for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels.availability import ChannelState, channel_states
from tocsin.context import AppContext
from tocsin.deliveries.planning import Throttle, Timing
from tocsin.deliveries.routing import Cell, matrix_of
from tocsin.errors import invalid
from tocsin.event_types import service as event_types
from tocsin.events.recipients import RecipientRules
from tocsin.kit.quiet_hours import Escalation
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.orgs.schemas import OrgSettings
from tocsin.rules import service as field_rules
from tocsin.rules.matching import RuleFacts


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
    enabled: bool = True  # off: its events are stored and notify nobody
    cc_emails: tuple[str, ...] = ()  # fixed addresses that get a copy of the email


@dataclass(frozen=True, slots=True)
class OrgConfig:
    """An org's ingestion configuration, cached per process at the org's `config_version`."""

    org_id: int
    settings: OrgSettings
    types: dict[str, TypeConfig]
    states: dict[str, ChannelState]
    rules: tuple[RuleFacts, ...]  # field-change rules, for record_updated events
    rule_fields: tuple[str, ...]  # the fields those rules watch
    recipient_rules: RecipientRules
    throttle: Throttle  # the bulk email throttle


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
                enabled=row.enabled is not False,
                cc_emails=tuple(row.cc_emails or ()),
            )
            for row in event_types.all_of(session, org.id)
        }
        settings = orgs.settings_of(org)
        rules = field_rules.facts_of(session, org.id)
        return OrgConfig(
            org_id=org.id,
            settings=settings,
            types=types,
            states=channel_states(session, ctx.settings, org.id),
            rules=rules,
            recipient_rules=recipient_rules(settings),
            rule_fields=tuple(sorted({rule.field for rule in rules})),
            throttle=Throttle(batch_size=settings.email_batch_size, window_seconds=settings.email_batch_window_seconds),
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


def recipient_rules(settings: OrgSettings) -> RecipientRules:
    return RecipientRules(
        reassignment_notifications=settings.reassignment_notifications,
        reassignment_cc_emails=settings.reassignment_cc_emails,
        notify_previous_owner=settings.notify_previous_owner,
        manager_copy=settings.manager_copy,
        lockout_recipients=tuple(settings.lockout_recipients),
        credit_override_recipients=tuple(settings.credit_override_recipients),
    )
