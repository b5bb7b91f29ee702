from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import APIRouter, Path, Query

from tocsin.audit import service as audit
from tocsin.auth.dependencies import Actor, AdminOrg, Ctx, DbSession, ReadingAdminOrg, ReadSession
from tocsin.deliveries import admin_log as service
from tocsin.deliveries.schemas import DeliveryDetailOut, DeliveryOut, DeliveryPage, RetryFilter, RetryResult
from tocsin.kit.bounds import MAX_ID, Timestamp
from tocsin.kit.channels import EXTERNAL_CHANNELS

router = APIRouter(prefix="/v1/admin/deliveries", tags=["admin: deliveries"])

DeliveryId = Annotated[int, Path(ge=1, le=MAX_ID)]

Status = Literal["pending", "deferred", "held", "sending", "sent", "delivered", "undelivered", "failed", "skipped"]
# The registry's channels and `callback` (CRM callbacks), as an enum in the API's schema.
if TYPE_CHECKING:
    Channel = str
else:
    Channel = Literal[(*EXTERNAL_CHANNELS, "callback")]


@router.get("", response_model=DeliveryPage)
def list_deliveries(
    org: ReadingAdminOrg,
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
    where = service.LogFilter(status, channel, event_type, since=since, until=until)
    return service.list_page(session, ctx, org, where, user=user, cursor=cursor, limit=limit)


@router.get("/{delivery_id}", response_model=DeliveryDetailOut)
def get_delivery(delivery_id: DeliveryId, org: ReadingAdminOrg, session: ReadSession, ctx: Ctx) -> DeliveryDetailOut:
    """One delivery with every attempt."""
    return service.detail(session, ctx, org, delivery_id)


@router.post("/retry", response_model=RetryResult)
def retry_matching(body: RetryFilter, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> RetryResult:
    """Send every failed delivery matching the filter again, with a fresh retry schedule (emails
    spread over the org's batch windows like a bulk event)."""
    out = service.retry_matching(session, ctx, org, body)
    if out.retried:
        audit.record(
            session, org.id, actor=actor, action="deliveries.retry", target="deliveries",
            before={"filter": body.model_dump(mode="json", exclude_none=True), "failed": out.retried},
            after={"filter": body.model_dump(mode="json", exclude_none=True), "failed": 0, "retried": out.retried},
            now=ctx.clock.now(),
        )  # fmt: skip
    session.commit()
    return out


@router.post("/{delivery_id}/retry", response_model=DeliveryOut)
def retry_delivery(delivery_id: DeliveryId, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> DeliveryOut:
    """Send a failed delivery again, now, with a fresh retry schedule."""
    out = service.retry(session, ctx, org, delivery_id)
    audit.record(
        session, org.id, actor=actor, action="delivery.retry", target=f"delivery:{delivery_id}",
        before={"status": "failed"}, after={"status": out.status}, now=ctx.clock.now(), always=True,
    )  # fmt: skip
    session.commit()
    return out
