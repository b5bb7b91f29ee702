from __future__ import annotations

from fastapi import APIRouter

from tocsin.audit import service as audit
from tocsin.auth.dependencies import Actor, AdminOrg, Ctx, DbSession, ReadingAdminOrg, ReadSession
from tocsin.callbacks import service
from tocsin.callbacks.schemas import CallbacksIn, CallbacksOut

router = APIRouter(prefix="/v1/admin", tags=["admin: callbacks"])


@router.get("/callbacks", response_model=CallbacksOut)
def get_callbacks(org: ReadingAdminOrg, session: ReadSession, ctx: Ctx) -> CallbacksOut:
    """The org's callback URL, the callbacks it receives, and its signing secret (masked)."""
    return service.get_settings(session, ctx, org)


@router.put("/callbacks", response_model=CallbacksOut)
def put_callbacks(body: CallbacksIn, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> CallbacksOut:
    """Set where Tocsin POSTs Standard-Webhooks-signed callbacks (`delivery.sent`,
    `delivery.delivered`, `delivery.failed`, `notification.read`, `notification.action`) and which
    of them. The first save generates the signing secret (`whsec_...`), shown in full in this
    answer only; an admin may set their own. Fields left out keep their value."""
    before = service.get_settings(session, ctx, org)
    out = service.put_settings(session, ctx, org, body)
    audit.record(
        session, org.id, actor=actor, action="callbacks.update", target="callbacks", before=before, after=out,
        now=ctx.clock.now(), secrets_changed=("signing_secret",) if "signing_secret" in body.model_fields_set else (),
    )  # fmt: skip
    session.commit()
    return out
