from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from tocsin import callers
from tocsin.audit import service as audit
from tocsin.callers import Actor, Ctx, DbSession
from tocsin.orgs import service
from tocsin.orgs.models import Org
from tocsin.orgs.schemas import OrgSettings, OrgSettingsPatch

AdminOrg = Annotated[Org, Depends(callers.admin_org_writing)]
ReadingAdminOrg = Annotated[Org, Depends(callers.admin_org_reading)]

router = APIRouter(prefix="/v1/admin/settings", tags=["admin: settings"])


@router.get("", response_model=OrgSettings)
def get_settings(org: ReadingAdminOrg) -> OrgSettings:
    """Quiet hours (`dnd`, `urgent_bypasses_dnd`), read-before-sent (`skip_read`), subject prefix,
    email batch size, retention, reassignment and copy rules of the org."""
    return service.settings_of(org)


@router.put("", response_model=OrgSettings)
def put_settings(body: OrgSettingsPatch, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> OrgSettings:
    """Update the settings given; the rest keep their value. Changing the quiet hours re-times the
    deliveries that wait for the end of the old window."""
    before = service.settings_of(org)
    out = service.update_settings(session, org, body)
    audit.record(
        session, org.id, actor=actor, action="settings.update", target="settings", before=before, after=out,
        now=ctx.clock.now(),
    )
    if (before.dnd, before.urgent_bypasses_dnd) != (out.dnd, out.urgent_bypasses_dnd):
        ctx.signals.quiet_hours_changed(session, org.id)
    session.commit()
    return out
