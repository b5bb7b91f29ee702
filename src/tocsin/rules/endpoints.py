from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from tocsin.audit import service as audit
from tocsin.auth.dependencies import Actor, AdminOrg, Ctx, DbSession, ReadingAdminOrg, ReadSession
from tocsin.errors import ApiError
from tocsin.rules import service
from tocsin.rules.schemas import RULE_ID_PATTERN, RuleIn, RuleOut, RulePage

router = APIRouter(prefix="/v1/admin", tags=["admin: rules"])

RuleId = Annotated[str, Path(pattern=RULE_ID_PATTERN, description="the admin's own id for the rule")]


@router.get("/rules", response_model=RulePage)
def list_rules(
    org: ReadingAdminOrg,
    session: ReadSession,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> RulePage:
    """The org's field-change rules, newest first, a page at a time."""
    return service.list_rules(session, org, cursor=cursor, limit=limit)


@router.get("/rules/{rule_id}", response_model=RuleOut)
def get_rule(rule_id: RuleId, org: ReadingAdminOrg, session: ReadSession) -> RuleOut:
    """One field-change rule."""
    return service.get_rule(session, org, rule_id)


@router.put("/rules/{rule_id}", response_model=RuleOut)
def put_rule(
    rule_id: RuleId, body: RuleIn, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor, response: Response
) -> RuleOut:
    """Create (201) or replace (200) a field-change rule. A `record_updated` event whose
    `data.changes[field]` moves the record's `field` into one of `values` notifies `recipients`
    as `event_type`, with the rule's texts and routing; `data.document_url` is carried along."""
    before = _current(session, org, rule_id)
    out, created = service.put_rule(session, ctx, org, rule_id, body)
    target, now = f"rule:{rule_id}", ctx.clock.now()
    audit.record_put(session, org.id, actor=actor, target=target, before=before, after=out, created=created, now=now)
    session.commit()
    response.status_code = 201 if created else 200
    return out


@router.delete("/rules/{rule_id}", status_code=204)
def delete_rule(rule_id: RuleId, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> Response:
    """Delete a field-change rule; events already ingested keep their notifications."""
    before = _current(session, org, rule_id)
    service.delete_rule(session, org, rule_id)
    audit.record(
        session, org.id, actor=actor, action="rule.delete", target=f"rule:{rule_id}", before=before, after=None,
        now=ctx.clock.now(), always=True,
    )  # fmt: skip
    session.commit()
    return Response(status_code=204)


def _current(session: DbSession, org: AdminOrg, rule_id: str) -> RuleOut | None:
    try:
        return service.get_rule(session, org, rule_id)
    except ApiError:  # not there yet (a create) or not there at all (the delete answers 404)
        return None
