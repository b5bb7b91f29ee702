from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tocsin.auth.dependencies import Ctx, ReadingAdminOrg, ReadSession
from tocsin.kit.bounds import Timestamp
from tocsin.outcomes import service
from tocsin.outcomes.schemas import OutcomesOut

router = APIRouter(prefix="/v1/admin/outcomes", tags=["admin: outcomes"])


@router.get("", response_model=OutcomesOut)
def get_outcomes(
    org: ReadingAdminOrg,
    session: ReadSession,
    ctx: Ctx,
    since: Annotated[
        Timestamp | None,
        Query(description="notifications created at or after (ISO 8601); default 7 days before `until`"),
    ] = None,
    until: Annotated[
        Timestamp | None, Query(description="notifications created before (ISO 8601); default now")
    ] = None,
) -> OutcomesOut:
    """Per event type and channel over the period: `sent`, `failed`, `read`, and the median and
    90th percentile of the time from a notification's creation to its read. `in_app` counts every
    notification as sent; external channels count their deliveries (sent or delivered; failed or
    undelivered), read where their notification was read."""
    return service.outcomes(session, ctx, org.id, since=since, until=until)
