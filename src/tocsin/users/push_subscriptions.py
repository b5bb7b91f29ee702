"""Browser push subscriptions (the users package owns them, as it owns the `has_webpush` flag kept
with them): one row per browser. The web push channel stores and reads them through here."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import Session

from tocsin.users.models import PushSubscription, User


def endpoint_hash(endpoint: str) -> str:
    return hashlib.sha256(endpoint.encode()).hexdigest()


def holder(session: Session, *, org_id: int, endpoint: str) -> int | None:
    """The id of the user of the org who holds this endpoint's subscription, if any."""
    found: int | None = session.scalar(
        select(PushSubscription.user_id).where(
            PushSubscription.org_id == org_id, PushSubscription.endpoint_hash == endpoint_hash(endpoint)
        )
    )
    return found


def upsert(
    session: Session, *, org_id: int, user_id: int, endpoint: str, endpoint_enc: str, keys_enc: str, now: datetime
) -> bool:
    """Store a browser's subscription for the user; returns whether it is new. The service
    refuses an endpoint another user holds before this is called."""
    digest = endpoint_hash(endpoint)
    row = session.scalars(
        select(PushSubscription).where(PushSubscription.org_id == org_id, PushSubscription.endpoint_hash == digest)
    ).one_or_none()
    created = row is None
    previous_user = None if row is None else row.user_id
    if row is None:
        row = PushSubscription(org_id=org_id, endpoint_hash=digest, created_at=now)
        session.add(row)
    row.user_id = user_id
    row.endpoint_enc = endpoint_enc
    row.keys_enc = keys_enc
    session.flush()
    _refresh_flags(session, org_id, {user_id} | ({previous_user} if previous_user is not None else set()))
    return created


def remove_for_user(session: Session, *, org_id: int, user_id: int, endpoint: str) -> bool:
    result = session.execute(
        delete(PushSubscription)
        .where(
            PushSubscription.org_id == org_id,
            PushSubscription.user_id == user_id,
            PushSubscription.endpoint_hash == endpoint_hash(endpoint),
        )
        .execution_options(synchronize_session=False)
    )
    _refresh_flags(session, org_id, {user_id})
    return bool(getattr(result, "rowcount", 0))


def remove_endpoints(session: Session, org_id: int, endpoints: Sequence[str]) -> int:
    """Subscriptions a push service said are gone (404/410), whoever holds them."""
    digests = sorted({endpoint_hash(e) for e in endpoints})
    if not digests:
        return 0
    users = set(
        session.scalars(
            select(PushSubscription.user_id).where(
                PushSubscription.org_id == org_id, PushSubscription.endpoint_hash.in_(digests)
            )
        )
    )
    result = session.execute(
        delete(PushSubscription)
        .where(PushSubscription.org_id == org_id, PushSubscription.endpoint_hash.in_(digests))
        .execution_options(synchronize_session=False)
    )
    _refresh_flags(session, org_id, users)
    return int(getattr(result, "rowcount", 0) or 0)


def for_users(session: Session, org_id: int, user_ids: Collection[int]) -> list[PushSubscription]:
    ids = sorted(set(user_ids))
    if not ids:
        return []
    out: list[PushSubscription] = []
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        out.extend(
            session.scalars(
                select(PushSubscription)
                .where(PushSubscription.org_id == org_id, PushSubscription.user_id.in_(chunk))
                .order_by(PushSubscription.id)
            )
        )
    return out


def count_for_org(session: Session, org_id: int) -> int:
    return int(
        session.scalar(select(func.count()).select_from(PushSubscription).where(PushSubscription.org_id == org_id)) or 0
    )


def _refresh_flags(session: Session, org_id: int, user_ids: Collection[int]) -> None:
    """`users.has_webpush` from the subscriptions as they are now (routing reads the flag only)."""
    ids = sorted(set(user_ids))
    if not ids:
        return
    has_any = exists().where(PushSubscription.user_id == User.id)
    session.execute(
        update(User)
        .where(User.org_id == org_id, User.id.in_(ids))
        .values(has_webpush=has_any)
        .execution_options(synchronize_session=False)
    )


def remove_all(session: Session, org_id: int) -> int:
    """Every subscription of the org (its VAPID key was replaced); the users' flags cleared."""
    result = session.execute(
        delete(PushSubscription).where(PushSubscription.org_id == org_id).execution_options(synchronize_session=False)
    )
    session.execute(
        update(User)
        .where(User.org_id == org_id, User.has_webpush.is_(True))
        .values(has_webpush=False)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
