"""The admin's delivery log: list with filters, one delivery with its attempts, retry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from tocsin.channels import registry
from tocsin.channels.availability import channel_states
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import repository
from tocsin.deliveries.models import DELIVERY_STATUSES, Delivery
from tocsin.deliveries.repository import LogFilter as LogFilter  # the endpoints build it
from tocsin.deliveries.schemas import (
    AttemptOut,
    ChannelSummary,
    DeliveryDetailOut,
    DeliveryOut,
    DeliveryPage,
    RetryFilter,
    RetryResult,
)
from tocsin.deliveries.service import throttle_of
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


def to_out(ctx: AppContext, d: Delivery, username: str | None, email_enc: str | None) -> DeliveryOut:
    address = None
    if d.copy_to is not None:  # a copy to a fixed address: no user, the address is the recipient
        address = mask_email(d.copy_to)
        username = address
    elif d.channel == "email" and email_enc:
        address = mask_email(ctx.box.decrypt(email_enc))
    return DeliveryOut(
        id=d.id,
        notification_id=d.notification_id,
        event_type=d.event_type,
        recipient=username or "",
        address=address,
        is_copy=d.copy_to is not None,
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


def _log_filter(session: Session, org: Org, where: LogFilter, *, user: str | None) -> LogFilter | None:
    """The filter checked, with `user` (a username) as its user id; None when that user does not
    exist (it matches nothing)."""
    if where.status is not None and where.status not in DELIVERY_STATUSES:
        raise invalid("status", f"one of {', '.join(DELIVERY_STATUSES)}")
    if where.channel is not None and where.channel not in (*EXTERNAL_CHANNELS, "callback"):
        raise invalid("channel", f"one of {', '.join(EXTERNAL_CHANNELS)}, callback")
    since, until = _utc(where.since), _utc(where.until)
    if since and until and since >= until:
        raise invalid("until", "must be after since")
    user_id = None
    if user:
        found = users_repo.get_any_by_username(session, org.id, user)
        if found is None:
            return None
        user_id = found.id
    return replace(where, user_id=user_id, since=since, until=until)


def list_page(
    session: Session, ctx: AppContext, org: Org, where: LogFilter, *, user: str | None, cursor: str | None, limit: int
) -> DeliveryPage:
    """Newest first. An unknown username matches nothing (it is not an error: users come and go)."""
    checked = _log_filter(session, org, where, user=user)
    try:
        before = decode_cursor(cursor) if cursor else None
    except BadCursor as exc:
        raise invalid("cursor", str(exc)) from exc
    if checked is None:
        return DeliveryPage(items=[], next_cursor=None)
    rows = repository.page(session, org_id=org.id, where=checked, before_id=before, limit=limit + 1)
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
            provider=a.provider,
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


def retry_matching(session: Session, ctx: AppContext, org: Org, body: RetryFilter) -> RetryResult:
    """Every failed delivery matching the log's filter gets a fresh attempt chain, in bulk."""
    wanted = LogFilter("failed", body.channel, body.event_type, since=body.since, until=body.until)
    where = _log_filter(session, org, wanted, user=body.user)
    if where is None:
        return RetryResult(retried=0, by_channel={})
    throttle = throttle_of(org)
    counts = repository.retry_failed_matching(
        session, org_id=org.id, where=where, now=ctx.clock.now(), batch_size=throttle.batch_size,
        window_seconds=throttle.window_seconds,
    )  # fmt: skip
    if counts:
        after_commit(session, ctx.signals.deliveries_due)
    return RetryResult(retried=sum(n for _c, n in counts), by_channel=dict(counts))


def channel_summaries(session: Session, ctx: AppContext, org: Org) -> list[ChannelSummary]:
    """Every external channel with its state and held count: one query for states, one for counts."""
    states = channel_states(session, ctx.settings, org.id)
    held = repository.held_counts(session, org_id=org.id)
    out = []
    for name, spec in registry.CHANNELS.items():
        admin = spec.admin
        out.append(
            ChannelSummary(
                name=name,
                admin=admin is not None,
                configured=states[name].configured,
                enabled=states[name].enabled,
                held=held.get(name, 0),
                secret_fields=list(admin.secret_fields) if admin else [],
                test_fields=list(admin.test_in.model_fields) if admin else [],
            )
        )
    return out


def of_notifications(session: Session, ctx: AppContext, org: Org, notification_ids: Sequence[int]) -> list[DeliveryOut]:
    """Every delivery of these notifications (one event's), on every channel, as the log shows them."""
    rows = repository.of_notifications(session, org_id=org.id, notification_ids=notification_ids)
    return [to_out(ctx, *row) for row in rows]
