from __future__ import annotations

from fastapi import APIRouter

from tocsin.auth.dependencies import Ctx, QueuedUser, ReadingUser, ReadSession, attached
from tocsin.preferences import service
from tocsin.preferences.schemas import PreferencesIn, PreferencesOut

router = APIRouter(prefix="/v1/me/preferences", tags=["me: preferences"])


@router.get("", response_model=PreferencesOut)
def get_preferences(who: ReadingUser, session: ReadSession, ctx: Ctx) -> PreferencesOut:
    return service.get(session, ctx, who)


@router.put("", response_model=PreferencesOut)
async def put_preferences(body: PreferencesIn, who: QueuedUser, ctx: Ctx) -> PreferencesOut:
    """Written by the write queue (db/writer.py); the user is attached to its session there."""
    return await ctx.writer.run(lambda session: service.put(session, ctx, attached(session, who), body))
