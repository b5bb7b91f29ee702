from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from tocsin import callers
from tocsin.audit import service
from tocsin.audit.schemas import AuditPage
from tocsin.callers import ReadSession

ReadingAdminOrg = Annotated[Any, Depends(callers.admin_org_reading)]

router = APIRouter(prefix="/v1/admin/audit", tags=["admin: audit"])


@router.get("", response_model=AuditPage)
def list_audit(
    org: ReadingAdminOrg,
    session: ReadSession,
    action: Annotated[str | None, Query(max_length=64, description="e.g. channel.update")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="api_key:<name> or user:<username>")] = None,
    target: Annotated[str | None, Query(max_length=300, description="e.g. channel:email")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=service.MAX_LIMIT)] = 50,
) -> AuditPage:
    """Every admin change, newest first: who (`actor`), what (`action`, `target`), when (`at`) and
    the fields it changed (`changes`: `{field: [old, new]}`, secrets shown as `(secret)`)."""
    where = service.AuditFilter(action=action, actor=actor, target=target)
    return service.list_page(session, org.id, cursor=cursor, limit=limit, where=where)
