from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tocsin.preferences.models import CopyOptOut, Preference


def for_user(session: Session, *, org_id: int, user_id: int) -> list[Preference]:
    return list(session.scalars(select(Preference).where(Preference.org_id == org_id, Preference.user_id == user_id)))


def set_cell(
    session: Session,
    *,
    org_id: int,
    user_id: int,
    event_type: str,
    channel: str,
    enabled: bool | None,
    existing: dict[tuple[str, str], Preference],
    now: datetime,
) -> None:
    row = existing.get((event_type, channel))
    if enabled is None:
        if row is not None:
            session.execute(delete(Preference).where(Preference.id == row.id))
        return
    if row is None:
        session.add(
            Preference(
                org_id=org_id, user_id=user_id, event_type=event_type, channel=channel, enabled=enabled, updated_at=now
            )
        )
    else:
        row.enabled = enabled
        row.updated_at = now


def for_event_type(session: Session, org_id: int, event_type: str) -> dict[int, dict[str, bool]]:
    """Every user's overrides for one event type: {user_id: {channel: enabled}} in one query."""
    out: dict[int, dict[str, bool]] = {}
    rows = session.execute(
        select(Preference.user_id, Preference.channel, Preference.enabled).where(
            Preference.org_id == org_id, Preference.event_type == event_type
        )
    )
    for user_id, channel, enabled in rows:
        out.setdefault(user_id, {})[channel] = enabled
    return out


def for_users(
    session: Session, user_ids: Iterable[int], event_types: Iterable[str]
) -> dict[tuple[int, str], dict[str, bool]]:
    """{(user_id, event type): {channel: enabled}} for several users and types in one query."""
    out: dict[tuple[int, str], dict[str, bool]] = {}
    keys = sorted(set(event_types))
    ids = sorted(set(user_ids))
    if not keys or not ids:
        return out
    for start in range(0, len(ids), 5000):  # stay under bind-parameter limits
        rows = session.execute(
            select(Preference.user_id, Preference.event_type, Preference.channel, Preference.enabled).where(
                Preference.user_id.in_(ids[start : start + 5000]), Preference.event_type.in_(keys)
            )
        )
        for user_id, event_type, channel, enabled in rows:
            out.setdefault((user_id, event_type), {})[channel] = enabled
    return out


def copy_optouts(session: Session, pairs: Iterable[tuple[int, str]]) -> set[tuple[int, str]]:
    """Which of these (org_id, address) pairs unsubscribed from copies, in one query."""
    wanted = set(pairs)
    if not wanted:
        return set()
    rows = session.execute(
        select(CopyOptOut.org_id, CopyOptOut.address).where(
            CopyOptOut.org_id.in_(sorted({o for o, _ in wanted})),
            CopyOptOut.address.in_(sorted({a for _, a in wanted})),
        )
    )
    return {(org, address) for org, address in rows if (org, address) in wanted}


def add_copy_optout(session: Session, *, org_id: int, address: str, event_type: str, now: datetime) -> None:
    if copy_optouts(session, [(org_id, address)]):
        return
    session.add(CopyOptOut(org_id=org_id, address=address, event_type=event_type, created_at=now))
    session.flush()
