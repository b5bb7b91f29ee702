"""Bulk user sync (`PUT /v1/users`): up to 1,000 users created or updated together, each row by
the rules of `PUT /v1/users/{username}`, a refused row changing nothing.

Set-based: one select of the named users (deleted ones included), one insert of the new ones,
one executemany update of the changed ones, one bump of the org's users version (what the
directory caches and broadcast audiences are stamped with), one audit entry with the counts. A
row whose values are already stored is `unchanged` and not written at all (its `updated_at`
stays)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tocsin.audit import service as audit
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.errors import ApiError, invalid
from tocsin.kit import channels
from tocsin.kit.netaddr import OutboundRefused, check_url_now
from tocsin.kit.tokens import not_before_seconds
from tocsin.orgs.models import Org
from tocsin.signals import TokensRevoked
from tocsin.users import repository
from tocsin.users.schemas import RowRefusal, UserRowIn, UsersBulkResult, UserSyncResult

_ADDRESSES = tuple(kind for kind in channels.USER_ADDRESSES if kind.field is not None and kind.column)
_STATUSES = ("created", "updated", "unchanged", "refused")
_PLAIN = ("display_name", "timezone", "locale", "manager", "webhook_kind", "delivery_choice", "roles", "active")
_NOT_NULL_DEFAULTS: dict[str, Any] = {"timezone": "UTC", "locale": "en", "delivery_choice": "email", "active": True}
_NEW_USER: dict[str, Any] = {
    **dict.fromkeys(repository.SYNC_COLUMNS),
    **{kind.flag: False for kind in _ADDRESSES},
    **_NOT_NULL_DEFAULTS,
}


@dataclass(slots=True)
class _Writes:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    revoked: list[TokensRevoked] = field(default_factory=list)


def sync_users(
    session: Session, ctx: AppContext, *, org: Org, rows: Sequence[UserRowIn | RowRefusal], actor: str
) -> UsersBulkResult:
    """Create or update the rows' users; one result per row, in order. Does not commit."""
    now = ctx.clock.now()
    results: list[UserSyncResult | None] = [None] * len(rows)
    valid: list[tuple[int, UserRowIn]] = []
    seen: set[str] = set()
    for index, row in enumerate(rows):
        if isinstance(row, RowRefusal):
            results[index] = _refused(row.username, row.field, row.reason)
        elif row.username in seen:
            results[index] = _refused(row.username, "username", "appears more than once in this call")
        else:
            seen.add(row.username)
            valid.append((index, row))
    stored = repository.sync_rows(session, org.id, [row.username for _, row in valid])
    writes = _Writes()
    for index, row in valid:
        try:
            status = _apply(ctx, writes, org_id=org.id, row=row, current=stored.get(row.username), now=now)
        except ApiError as exc:
            results[index] = _refused(row.username, exc.field or "username", exc.message.partition(": ")[2])
        else:
            results[index] = UserSyncResult(username=row.username, status=status)
    repository.write_synced(session, org.id, inserts=writes.inserts, updates=writes.updates)
    _announce_revoked(session, ctx, writes.revoked)
    out = [result for result in results if result is not None]
    counts = {status: sum(1 for r in out if r.status == status) for status in _STATUSES}
    if counts["created"] or counts["updated"]:
        audit.record(
            session, org.id, actor=actor, action="users.sync", target="users",
            before=None, after=counts, now=now, always=True,
        )  # fmt: skip
    return UsersBulkResult(results=out, **counts)


def _refused(username: str | None, field_name: str, reason: str) -> UserSyncResult:
    return UserSyncResult(username=username, status="refused", field=field_name, reason=reason)


def _apply(
    ctx: AppContext, writes: _Writes, *, org_id: int, row: UserRowIn, current: dict[str, Any] | None, now: datetime
) -> str:
    """One row's new values against what is stored; raises ApiError (nothing recorded) when the
    row is refused. Returns its status."""
    given = row.given()
    after = dict(_NEW_USER if current is None else current)
    _set_addresses(ctx, after, given)
    for name in _PLAIN:
        if name in given:
            value = given[name]
            after[name] = (_NOT_NULL_DEFAULTS.get(name, [] if name == "roles" else None)) if value is None else value
    after["roles"] = list(after["roles"] or [])
    if current is None:
        after |= {"org_id": org_id, "username": row.username, "created_at": now, "updated_at": now}
        writes.inserts.append(after)
        return "created"
    revoked = current["deleted_at"] is not None or (current["active"] is not False and after["active"] is False)
    if current["deleted_at"] is not None:  # restored, as a new user of the name: no old token works
        after["deleted_at"] = None
        after["active"] = True if "active" not in given else after["active"]
    if revoked:
        after["tokens_valid_after"] = now
    if after == current:
        return "unchanged"
    after["updated_at"] = now
    writes.updates.append(after)
    if revoked:
        notice = TokensRevoked(org_id=org_id, user_id=after["id"], not_before=not_before_seconds(now))
        writes.revoked.append(notice)
    return "created" if current["deleted_at"] is not None else "updated"


def _set_addresses(ctx: AppContext, after: dict[str, Any], given: dict[str, Any]) -> None:
    """The addresses given, checked first (a URL the server will call must be public); one equal
    to the stored address keeps its ciphertext, so an unchanged row compares equal."""
    for kind in _ADDRESSES:
        if kind.field not in given:
            continue
        value = given[kind.field]
        text = None if value is None else str(value)
        if kind.public_url and text is not None:
            try:
                check_url_now(text, allow_private=ctx.settings.outbound_allow_private)
            except OutboundRefused as exc:
                raise invalid(str(kind.field), f"{exc} (the server calls public addresses only)") from exc
        column = str(kind.column)
        if ctx.box.decrypt_opt(after[column]) != text:
            after[column] = ctx.box.encrypt_opt(text)
            after[kind.flag] = text is not None


def _announce_revoked(session: Session, ctx: AppContext, notices: list[TokensRevoked]) -> None:
    # After the commit only, as for one user (users.service._announce_revoked).
    if notices:
        signals = ctx.signals

        def tell() -> None:
            for notice in notices:
                signals.tokens_revoked(notice)

        after_commit(session, tell)
