from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class AuditEntryOut(BaseModel):
    id: int
    at: str
    actor: str  # api_key:<name>, user:<username> or cli
    action: str
    target: str
    changes: dict[str, list[Any]]  # {field path: [old, new]}; secrets shown as "(secret)"


class AuditPage(BaseModel):
    items: list[AuditEntryOut]
    next_cursor: str | None
