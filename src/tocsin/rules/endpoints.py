from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession, ReadingOrg, ReadSession
from tocsin.rules import service
from tocsin.rules.schemas import RULE_ID_PATTERN, RuleIn, RuleOut, RulePage

router = APIRouter(prefix="/v1/admin", tags=["admin: rules"])

RuleId = Annotated[str, Path(pattern=RULE_ID_PATTERN, description="the admin's own id for the rule")]


@router.get("/rules", response_model=RulePage)
def list_rules(
    org: ReadingOrg,
    session: ReadSession,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> RulePage:
    """The org's field-change rules, newest first, a page at a time."""
    return service.list_rules(session, org, cursor=cursor, limit=limit)


@router.get("/rules/{rule_id}", response_model=RuleOut)
def get_rule(rule_id: RuleId, org: ReadingOrg, session: ReadSession) -> RuleOut:
    """One field-change rule."""
    return service.get_rule(session, org, rule_id)


@router.put("/rules/{rule_id}", response_model=RuleOut)
def put_rule(rule_id: RuleId, body: RuleIn, org: ApiOrg, session: DbSession, ctx: Ctx, response: Response) -> RuleOut:
    """Create (201) or replace (200) a field-change rule. A `record_updated` event whose
    `data.changes[field]` moves the record's `field` into one of `values` notifies `recipients`
    as `event_type`, with the rule's texts and routing; `data.document_url` is carried along."""
    out, created = service.put_rule(session, ctx, org, rule_id, body)
    session.commit()
    response.status_code = 201 if created else 200
    return out


@router.delete("/rules/{rule_id}", status_code=204)
def delete_rule(rule_id: RuleId, org: ApiOrg, session: DbSession) -> Response:
    """Delete a field-change rule; events already ingested keep their notifications."""
    service.delete_rule(session, org, rule_id)
    session.commit()
    return Response(status_code=204)
