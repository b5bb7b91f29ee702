from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime


class AuditEntry(Base):
    """One admin change: `actor` (`api_key:<name>`, `user:<username>`, `cli`), `action`
    (`channel.update`, `routing.update`, ...), `target` and `changes` (`{field: [old, new]}`)."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(300))
    changes: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)

    __table_args__ = (
        # The log is read newest first per org (keyset on id), optionally for one action.
        Index("ix_audit_entries_org_id", "org_id", "id"),
        Index("ix_audit_entries_org_action", "org_id", "action", "id"),
    )
