from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.audit.models import AuditEntry


def add(
    session: Session, *, org_id: int, at: datetime, actor: str, action: str, target: str, changes: dict[str, Any]
) -> AuditEntry:
    entry = AuditEntry(org_id=org_id, at=at, actor=actor, action=action, target=target, changes=changes)
    session.add(entry)
    return entry


def page(
    session: Session,
    *,
    org_id: int,
    before_id: int | None,
    limit: int,
    action: str | None = None,
    actor: str | None = None,
    target: str | None = None,
) -> list[AuditEntry]:
    """Newest first, keyset on id (ix_audit_entries_org_id / _org_action)."""
    query = select(AuditEntry).where(AuditEntry.org_id == org_id)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if actor is not None:
        query = query.where(AuditEntry.actor == actor)
    if target is not None:
        query = query.where(AuditEntry.target == target)
    return list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)))
