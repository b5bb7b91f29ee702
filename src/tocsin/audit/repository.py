from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Entries of one action, actor or target (each left None: any)."""

    action: str | None = None
    actor: str | None = None
    target: str | None = None


def page(
    session: Session, *, org_id: int, before_id: int | None, limit: int, where: AuditFilter = AuditFilter()
) -> list[AuditEntry]:
    """Newest first, keyset on id (ix_audit_entries_org_id / _org_action)."""
    query = select(AuditEntry).where(AuditEntry.org_id == org_id)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    for column in ("action", "actor", "target"):
        if (value := getattr(where, column)) is not None:
            query = query.where(getattr(AuditEntry, column) == value)
    return list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)))
