from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession, QueuedUser, ReadingOrg, ReadingUser, ReadSession, attached
from tocsin.auth.service import UserPrincipal
from tocsin.orgs.models import Org
from tocsin.preferences import service
from tocsin.preferences.schemas import PreferencesIn, PreferencesOut
from tocsin.users import service as users
from tocsin.users.schemas import USERNAME_PATTERN

router = APIRouter(prefix="/v1/me/preferences", tags=["me: preferences"])
# The same preferences, server to server: a CRM that keeps its own preference screen syncs them.
users_router = APIRouter(prefix="/v1/users", tags=["users"])

Username = Annotated[str, Path(pattern=USERNAME_PATTERN, description="the CRM's username")]


@router.get("", response_model=PreferencesOut)
def get_preferences(who: ReadingUser, session: ReadSession, ctx: Ctx) -> PreferencesOut:
    """The caller's preferences.

    The event x channel matrix (cells the admin locked are marked), the webhook choice and own quiet hours.
    """
    return service.get(session, ctx, who)


@router.put("", response_model=PreferencesOut)
async def put_preferences(body: PreferencesIn, who: QueuedUser, ctx: Ctx) -> PreferencesOut:
    """Change the caller's preferences.

    Cells left out keep their value; `null` returns a cell to the admin's default. A refused cell changes nothing.
    Written by the write queue (db/writer.py); the user is attached to its session there.
    """
    return await ctx.writer.run(lambda session: service.put(session, ctx, attached(session, who), body))


def _principal(session: Session, org: Org, username: str) -> UserPrincipal:
    # The org's key speaks for any of its users; the token expiry has no meaning here.
    return UserPrincipal(org=org, user=users.get_user(session, org=org, username=username), expires_at=0)


@users_router.get("/{username}/preferences", response_model=PreferencesOut)
def get_user_preferences(username: Username, org: ReadingOrg, session: ReadSession, ctx: Ctx) -> PreferencesOut:
    """A user's preferences, server to server.

    The same document the user sees at `GET /v1/me/preferences`.
    """
    return service.get(session, ctx, _principal(session, org, username))


@users_router.put("/{username}/preferences", response_model=PreferencesOut)
def put_user_preferences(
    username: Username, body: PreferencesIn, org: ApiOrg, session: DbSession, ctx: Ctx
) -> PreferencesOut:
    """Change a user's preferences, server to server.

    As `PUT /v1/me/preferences`: cells left out keep their value, `null` returns a cell to the admin's default.
    """
    out = service.put(session, ctx, _principal(session, org, username), body)
    session.commit()
    return out


# Signed one-click unsubscribe links from the emails' List-Unsubscribe header (RFC 8058).
unsubscribe_router = APIRouter(prefix="/v1/unsubscribe", tags=["unsubscribe"])

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>Email notifications</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">
<h1 style="font-size:1.25rem">{heading}</h1><p>{text}</p>{form}</body></html>"""


@unsubscribe_router.get("/{token}", response_class=HTMLResponse)
def unsubscribe_page(token: str, session: DbSession, ctx: Ctx) -> HTMLResponse:
    """The page an unsubscribe link opens: what it turns off, and a button to confirm.

    Opening the link changes nothing (mail scanners open links); the button, or a one-click POST, does.
    """
    description, possible = service.unsubscribe(session, ctx, token, apply=False)
    if not possible:
        text = f"Your administrator requires email for {escape(description)}: it cannot be turned off here."
        return HTMLResponse(PAGE.format(heading="Email notifications", text=text, form=""))
    form = '<form method="post"><button type="submit">Stop these emails</button></form>'
    bell = "" if description == service.COPIES_DESCRIPTION else " You keep them in the notification bell."
    text = f"Stop email notifications for: {escape(description)}?{bell}"
    return HTMLResponse(PAGE.format(heading="Unsubscribe", text=text, form=form))


@unsubscribe_router.post("/{token}", response_class=HTMLResponse)
def unsubscribe_now(token: str, session: DbSession, ctx: Ctx) -> HTMLResponse:
    """One-click unsubscribe (RFC 8058 `List-Unsubscribe=One-Click`, or the page's button).

    Turns email off for that user and event type; in-app notifications continue.
    """
    description, done = service.unsubscribe(session, ctx, token, apply=True)
    session.commit()
    bell = "" if description == service.COPIES_DESCRIPTION else " They still appear in the notification bell."
    text = (
        f"You will no longer get emails for: {escape(description)}.{bell}"
        if done
        else f"Your administrator requires email for {escape(description)}: it was not turned off."
    )
    return HTMLResponse(PAGE.format(heading="Email notifications", text=text, form=""))
