from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.callbacks.models import CallbackSettings


def get(session: Session, org_id: int) -> CallbackSettings | None:
    return session.get(CallbackSettings, org_id)


def add(session: Session, row: CallbackSettings) -> None:
    session.add(row)
    session.flush()


def of_orgs(session: Session, org_ids: Iterable[int]) -> dict[int, CallbackSettings]:
    ids = sorted(set(org_ids))
    if not ids:
        return {}
    rows = session.scalars(select(CallbackSettings).where(CallbackSettings.org_id.in_(ids)))
    return {row.org_id: row for row in rows}
