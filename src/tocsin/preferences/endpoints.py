from __future__ import annotations

from fastapi import APIRouter

from tocsin.auth.dependencies import Ctx, CurrentUser, DbSession, ReadingUser, ReadSession
from tocsin.preferences import service
from tocsin.preferences.schemas import PreferencesIn, PreferencesOut

router = APIRouter(prefix="/v1/me/preferences", tags=["me: preferences"])


@router.get("", response_model=PreferencesOut)
def get_preferences(who: ReadingUser, session: ReadSession, ctx: Ctx) -> PreferencesOut:
    return service.get(session, ctx, who)


@router.put("", response_model=PreferencesOut)
def put_preferences(body: PreferencesIn, who: CurrentUser, session: DbSession, ctx: Ctx) -> PreferencesOut:
    out = service.put(session, ctx, who, body)
    session.commit()
    return out
