"""The admin's delivery log: list with filters, one delivery with its attempts, retry."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import repository
from tocsin.deliveries.models import DELIVERY_STATUSES, Delivery
from tocsin.deliveries.repository import LogFilter
from tocsin.deliveries.schemas import AttemptOut, DeliveryDetailOut, DeliveryOut, DeliveryPage
from tocsin.errors import ApiError, invalid, not_found
from tocsin.kit.channels import EXTERNAL_CHANNELS
from tocsin.kit.clock import isoformat
from tocsin.kit.masking import mask_email
from tocsin.kit.pagination import BadCursor, decode_cursor, split_page
from tocsin.orgs.models import Org
from tocsin.users import repository as users_repo

MAX_LIMIT = 200


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def to_out(ctx: AppContext, d: Delivery, username: str, email_enc: str | None) -> DeliveryOut:
    address = None
    if d.channel == "email" and email_enc:
        address = mask_email(ctx.box.decrypt(email_enc))
    return DeliveryOut(
        id=d.id,
        notification_id=d.notification_id,
        event_type=d.event_type,
        recipient=username,
        address=address,
        channel=d.channel,
        status=d.status,
        attempts=d.attempts,
        next_attempt_at=isoformat(d.next_attempt_at),
        last_error=d.last_error,
        provider_message_id=d.provider_message_id,
        parts=d.parts,
        deferred_until=isoformat(d.next_attempt_at) if d.status == "deferred" else None,
        reason=d.reason or ("urgent_bypass" if d.dnd_bypassed else d.last_error if d.status == "skipped" else None),
        created_at=isoformat(d.created_at) or "",
        updated_at=isoformat(d.updated_at) or "",
    )


def list_page(
    session: Session,
    ctx: AppContext,
    org: Org,
    *,
    status: str | None,
    channel: str | None,
    event_type: str | None,
    user: str | None,
    since: datetime | None,
    until: datetime | None,
    cursor: str | None,
    limit: int,
) -> DeliveryPage:
    """Newest first. An unknown username matches nothing (it is not an error: users come and go)."""
    if status is not None and status not in DELIVERY_STATUSES:
        raise invalid("status", f"one of {', '.join(DELIVERY_STATUSES)}")
    if channel is not None and channel not in EXTERNAL_CHANNELS:
        raise invalid("channel", f"one of {', '.join(EXTERNAL_CHANNELS)}")
    since, until = _utc(since), _utc(until)
    if since and until and since >= until:
        raise invalid("until", "must be after since")
    try:
        before = decode_cursor(cursor) if cursor else None
    except BadCursor as exc:
        raise invalid("cursor", str(exc)) from exc
    user_id = None
    if user:
        found = users_repo.get_any_by_username(session, org.id, user)
        if found is None:
            return DeliveryPage(items=[], next_cursor=None)
        user_id = found.id
    where = LogFilter(status=status, channel=channel, event_type=event_type, user_id=user_id, since=since, until=until)
    rows = repository.page(session, org_id=org.id, where=where, before_id=before, limit=limit + 1)
    page, next_cursor = split_page(rows, limit, lambda row: row[0].id)
    return DeliveryPage(items=[to_out(ctx, d, username, enc) for d, username, enc in page], next_cursor=next_cursor)


def detail(session: Session, ctx: AppContext, org: Org, delivery_id: int) -> DeliveryDetailOut:
    found = repository.get_with_recipient(session, org_id=org.id, delivery_id=delivery_id)
    if found is None:
        raise not_found("delivery")
    out = to_out(ctx, *found)
    attempts = [
        AttemptOut(
            attempt_no=a.attempt_no,
            started_at=isoformat(a.started_at) or "",
            finished_at=isoformat(a.finished_at) or "",
            outcome=a.outcome,
            error=a.error,
            provider_message_id=a.provider_message_id,
        )
        for a in repository.attempts_of(session, org_id=org.id, delivery_id=delivery_id)
    ]
    return DeliveryDetailOut(**out.model_dump(), attempts_log=attempts)


def retry(session: Session, ctx: AppContext, org: Org, delivery_id: int) -> DeliveryOut:
    """A failed delivery gets a fresh attempt chain (the full retry schedule), due now."""
    found = repository.get_with_recipient(session, org_id=org.id, delivery_id=delivery_id)
    if found is None:
        raise not_found("delivery")
    if found[0].status != "failed":
        raise ApiError(409, "conflict", f"only failed deliveries can be retried (this one is {found[0].status})")
    repository.retry_failed(session, org_id=org.id, delivery_id=delivery_id, now=ctx.clock.now())
    session.refresh(found[0])
    after_commit(session, ctx.signals.deliveries_due)
    return to_out(ctx, *found)
