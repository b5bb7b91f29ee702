from __future__ import annotations

from fastapi import APIRouter

from tocsin.audit import service as audit
from tocsin.auth.dependencies import Actor, AdminOrg, Ctx, DbSession, ReadingAdminOrg
from tocsin.orgs import service
from tocsin.orgs.schemas import OrgSettings, OrgSettingsPatch

router = APIRouter(prefix="/v1/admin/settings", tags=["admin: settings"])


@router.get("", response_model=OrgSettings)
def get_settings(org: ReadingAdminOrg) -> OrgSettings:
    """Quiet hours, subject prefix, email batch size, retention, reassignment and copy rules of the org."""
    return service.settings_of(org)


@router.put("", response_model=OrgSettings)
def put_settings(body: OrgSettingsPatch, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> OrgSettings:
    """Update the settings given; the rest keep their value."""
    before = service.settings_of(org)
    out = service.update_settings(session, org, body)
    audit.record(
        session, org.id, actor=actor, action="settings.update", target="settings", before=before, after=out,
        now=ctx.clock.now(),
    )
    session.commit()
    return out
