"""Recording and reading the audit log. Every admin change, through the API, the pages (which use
the API) or the command line, calls `record` in the change's own transaction, so a change and its
entry commit or roll back together."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from tocsin.audit import diff, repository
from tocsin.audit.repository import AuditFilter as AuditFilter
from tocsin.audit.schemas import AuditEntryOut, AuditPage
from tocsin.errors import invalid
from tocsin.kit.clock import isoformat
from tocsin.kit.pagination import BadCursor, decode_cursor, split_page

MAX_LIMIT = 200


def _plain(value: BaseModel | Mapping[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return dict(value)


def record(
    session: Session,
    org_id: int,
    *,
    actor: str,
    action: str,
    target: str,
    before: BaseModel | Mapping[str, Any] | None,
    after: BaseModel | Mapping[str, Any] | None,
    now: datetime,
    secrets_changed: Iterable[str] = (),
    always: bool = False,
) -> bool:
    """Record one admin change: the difference between `before` and `after` (models as the API
    shows them, or plain dicts), secrets masked. A change that changed nothing is not recorded
    unless `always` (an action such as a retry, whose `before`/`after` say what happened).
    Returns whether an entry was added. Does not commit."""
    changed = diff.changes(_plain(before), _plain(after), secrets_changed=secrets_changed)
    if not changed and not always:
        return False
    repository.add(session, org_id=org_id, at=now, actor=actor, action=action, target=target, changes=changed)
    return True


def record_put(
    session: Session,
    org_id: int,
    *,
    actor: str,
    target: str,
    before: BaseModel | None,
    after: BaseModel,
    created: bool,
    now: datetime,
) -> None:
    """Record an admin `PUT` that created or changed `target` ("rule:so-esigned"): the action is
    `<kind>.create` or `<kind>.update`, the kind being the target's prefix."""
    action = f"{target.partition(':')[0]}.{'create' if created else 'update'}"
    record(session, org_id, actor=actor, action=action, target=target, before=before, after=after, now=now)


def list_page(
    session: Session,
    org_id: int,
    *,
    cursor: str | None,
    limit: int,
    where: AuditFilter = AuditFilter(),
) -> AuditPage:
    """The org's audit log, newest first."""
    try:
        before = decode_cursor(cursor) if cursor else None
    except BadCursor as exc:
        raise invalid("cursor", str(exc)) from exc
    rows = repository.page(session, org_id=org_id, before_id=before, limit=limit + 1, where=where)
    page, next_cursor = split_page(rows, limit, lambda row: row.id)
    items = [
        AuditEntryOut(
            id=row.id, at=isoformat(row.at) or "", actor=row.actor, action=row.action, target=row.target,
            changes=row.changes or {},
        )
        for row in page
    ]  # fmt: skip
    return AuditPage(items=items, next_cursor=next_cursor)
