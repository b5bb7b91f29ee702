from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession, ReadingOrg, ReadSession
from tocsin.deliveries import service
from tocsin.deliveries.schemas import DeliveryDetailOut, DeliveryOut, DeliveryPage
from tocsin.kit.bounds import MAX_ID, Timestamp

router = APIRouter(prefix="/v1/admin/deliveries", tags=["admin: deliveries"])

DeliveryId = Annotated[int, Path(ge=1, le=MAX_ID)]

Status = Literal["pending", "deferred", "held", "sending", "sent", "delivered", "undelivered", "failed", "skipped"]
Channel = Literal["email", "sms", "whatsapp", "webpush", "webhook", "callback"]  # callback: CRM callbacks


@router.get("", response_model=DeliveryPage)
def list_deliveries(
    org: ReadingOrg,
    session: ReadSession,
    ctx: Ctx,
    status: Status | None = None,
    channel: Channel | None = None,
    event_type: Annotated[str | None, Query(max_length=64)] = None,
    user: Annotated[str | None, Query(max_length=150, description="a username")] = None,
    since: Annotated[Timestamp | None, Query(description="created at or after (ISO 8601)")] = None,
    until: Annotated[Timestamp | None, Query(description="created before (ISO 8601)")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=service.MAX_LIMIT)] = 50,
) -> DeliveryPage:
    """The delivery log, newest first; `status=failed` is the failed-delivery log."""
    return service.list_page(
        session,
        ctx,
        org,
        status=status,
        channel=channel,
        event_type=event_type,
        user=user,
        since=since,
        until=until,
        cursor=cursor,
        limit=limit,
    )


@router.get("/{delivery_id}", response_model=DeliveryDetailOut)
def get_delivery(delivery_id: DeliveryId, org: ReadingOrg, session: ReadSession, ctx: Ctx) -> DeliveryDetailOut:
    """One delivery with every attempt."""
    return service.detail(session, ctx, org, delivery_id)


@router.post("/{delivery_id}/retry", response_model=DeliveryOut)
def retry_delivery(delivery_id: DeliveryId, org: ApiOrg, session: DbSession, ctx: Ctx) -> DeliveryOut:
    """Send a failed delivery again, now, with a fresh retry schedule."""
    out = service.retry(session, ctx, org, delivery_id)
    session.commit()
    return out
