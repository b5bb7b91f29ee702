from __future__ import annotations

from fastapi import APIRouter

from tocsin.auth.dependencies import ApiOrg, DbSession, ReadingOrg
from tocsin.orgs import service
from tocsin.orgs.schemas import OrgSettings, OrgSettingsPatch

router = APIRouter(prefix="/v1/admin/settings", tags=["admin: settings"])


@router.get("", response_model=OrgSettings)
def get_settings(org: ReadingOrg) -> OrgSettings:
    """Quiet hours, subject prefix, email batch size, retention, reassignment and copy rules of the org."""
    return service.settings_of(org)


@router.put("", response_model=OrgSettings)
def put_settings(body: OrgSettingsPatch, org: ApiOrg, session: DbSession) -> OrgSettings:
    """Update the settings given; the rest keep their value."""
    out = service.update_settings(session, org, body)
    session.commit()
    return out
