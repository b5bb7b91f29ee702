from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tocsin.preferences.models import Preference


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
