from __future__ import annotations

from fastapi import APIRouter

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession, ReadingOrg, ReadSession
from tocsin.callbacks import service
from tocsin.callbacks.schemas import CallbacksIn, CallbacksOut

router = APIRouter(prefix="/v1/admin", tags=["admin: callbacks"])


@router.get("/callbacks", response_model=CallbacksOut)
def get_callbacks(org: ReadingOrg, session: ReadSession, ctx: Ctx) -> CallbacksOut:
    """The org's callback URL, the callbacks it receives, and its signing secret (masked)."""
    return service.get_settings(session, ctx, org)


@router.put("/callbacks", response_model=CallbacksOut)
def put_callbacks(body: CallbacksIn, org: ApiOrg, session: DbSession, ctx: Ctx) -> CallbacksOut:
    """Set where Tocsin POSTs Standard-Webhooks-signed callbacks (`delivery.sent`,
    `delivery.delivered`, `delivery.failed`, `notification.read`, `notification.action`) and which
    of them. The first save generates the signing secret (`whsec_...`), shown in full in this
    answer only; an admin may set their own. Fields left out keep their value."""
    out = service.put_settings(session, ctx, org, body)
    session.commit()
    return out
