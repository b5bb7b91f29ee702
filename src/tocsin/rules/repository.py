from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tocsin.orgs.models import config_bump
from tocsin.rules.models import FieldRule


def get(session: Session, org_id: int, rule_id: str) -> FieldRule | None:
    return session.scalars(select(FieldRule).where(FieldRule.org_id == org_id, FieldRule.rule_id == rule_id)).first()


def page(session: Session, org_id: int, *, before_id: int | None, limit: int) -> Sequence[FieldRule]:
    """Newest first, keyset on the row id (the unique (org_id, rule_id) index serves the org filter)."""
    query = select(FieldRule).where(FieldRule.org_id == org_id)
    if before_id is not None:
        query = query.where(FieldRule.id < before_id)
    return session.scalars(query.order_by(FieldRule.id.desc()).limit(limit)).all()


def all_of(session: Session, org_id: int) -> Sequence[FieldRule]:
    return session.scalars(select(FieldRule).where(FieldRule.org_id == org_id).order_by(FieldRule.id)).all()


def add(session: Session, row: FieldRule) -> None:
    session.add(row)
    session.flush()
    session.execute(config_bump(row.org_id))


def changed(session: Session, org_id: int) -> None:
    session.flush()
    session.execute(config_bump(org_id))


def remove(session: Session, org_id: int, rule_id: str) -> bool:
    result = session.execute(delete(FieldRule).where(FieldRule.org_id == org_id, FieldRule.rule_id == rule_id))
    session.execute(config_bump(org_id))
    return bool(getattr(result, "rowcount", 0))
