"""Field-change rules kept by the org admin; ingestion reads them (cached with the org's
configuration) to turn `record_updated` events into notifications."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import invalid, not_found
from tocsin.event_types import service as event_types
from tocsin.kit.pagination import BadCursor, decode_cursor, split_page
from tocsin.orgs.models import Org
from tocsin.rules import repository
from tocsin.rules.matching import RuleFacts
from tocsin.rules.models import FieldRule
from tocsin.rules.schemas import RuleIn, RuleOut, RulePage

# Types a rule may not notify as: the input event itself (a rule would feed on its own output)
# and the types whose recipients come from elsewhere by definition.
NOT_RULE_TYPES = frozenset({"record_updated", "broadcast"})


def to_out(row: FieldRule) -> RuleOut:
    return RuleOut(
        id=row.rule_id,
        entity_type=row.entity_type,
        field=row.field,
        values=list(row.values or []),
        event_type=row.event_type,
        recipients=list(row.recipients or []),
        enabled=row.enabled,
        collapse_over=row.collapse_over,
        attach_document=bool(row.attach_document),
        cc_emails=list(row.cc_emails or []),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def facts_of(session: Session, org_id: int) -> tuple[RuleFacts, ...]:
    """Every rule of the org, as the pure matcher takes them."""
    return tuple(
        RuleFacts(
            rule_id=row.rule_id,
            entity_type=row.entity_type,
            field=row.field,
            values=tuple(row.values or ()),
            event_type=row.event_type,
            recipients=tuple(row.recipients or ()),
            enabled=row.enabled,
            collapse_over=row.collapse_over,
            attach_document=row.attach_document,
            cc_emails=tuple(row.cc_emails or ()),
        )
        for row in repository.all_of(session, org_id)
    )


def list_rules(session: Session, org: Org, *, cursor: str | None, limit: int) -> RulePage:
    try:
        before = decode_cursor(cursor) if cursor else None
    except BadCursor as exc:
        raise invalid("cursor", str(exc)) from exc
    rows = repository.page(session, org.id, before_id=before, limit=limit + 1)
    items, next_cursor = split_page(rows, limit, lambda r: r.id)
    return RulePage(items=[to_out(r) for r in items], next_cursor=next_cursor)


def get_rule(session: Session, org: Org, rule_id: str) -> RuleOut:
    row = repository.get(session, org.id, rule_id)
    if row is None:
        raise not_found("rule")
    return to_out(row)


def put_rule(session: Session, ctx: AppContext, org: Org, rule_id: str, body: RuleIn) -> tuple[RuleOut, bool]:
    """Create (True) or replace (False) a rule. The event type must exist in the org."""
    if body.event_type in NOT_RULE_TYPES:
        raise invalid("event_type", f"a rule cannot notify as {body.event_type!r}")
    if event_types.find(session, org.id, body.event_type) is None:
        raise invalid(
            "event_type", f"unknown event type {body.event_type!r}; add it with PUT /v1/admin/event-types/{{type}}"
        )
    now = ctx.clock.now()
    row = repository.get(session, org.id, rule_id)
    created = row is None
    if row is None:
        row = FieldRule(org_id=org.id, rule_id=rule_id, created_at=now)
    row.entity_type = body.entity_type
    row.field = body.field
    row.values = list(body.values)
    row.event_type = body.event_type
    row.recipients = list(body.recipients)
    row.enabled = body.enabled
    row.collapse_over = body.collapse_over
    row.attach_document = body.attach_document
    row.cc_emails = list(dict.fromkeys(body.cc_emails)) or None
    row.updated_at = now
    if created:
        repository.add(session, row)
    else:
        repository.changed(session, org.id)
    return to_out(row), created


def delete_rule(session: Session, org: Org, rule_id: str) -> None:
    if not repository.remove(session, org.id, rule_id):
        raise not_found("rule")
