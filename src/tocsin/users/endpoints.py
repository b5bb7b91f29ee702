from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Path, Response

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession, ReadingOrg, ReadSession
from tocsin.kit.clock import isoformat
from tocsin.orgs import service as orgs
from tocsin.users import service
from tocsin.users.schemas import USERNAME_PATTERN, TokenIn, TokenOut, UserIn, UserOut

router = APIRouter(prefix="/v1/users", tags=["users"])

Username = Annotated[str, Path(pattern=USERNAME_PATTERN, description="the CRM's username")]


@router.put("/{username}", response_model=UserOut)
def put_user(
    username: Username, body: UserIn, org: ApiOrg, session: DbSession, ctx: Ctx, response: Response
) -> UserOut:
    """Create or update a user. Fields left out keep their value; `null` clears one."""
    user, created = service.upsert_user(session, ctx, org=org, username=username, data=body)
    out = service.to_out(ctx, user)
    session.commit()
    response.status_code = 201 if created else 200
    return out


@router.get("/{username}", response_model=UserOut)
def get_user(username: Username, org: ReadingOrg, session: ReadSession, ctx: Ctx) -> UserOut:
    """A user as the API shows it, addresses masked."""
    return service.to_out(ctx, service.get_user(session, org=org, username=username))


@router.delete("/{username}", status_code=204)
def delete_user(username: Username, org: ApiOrg, session: DbSession, ctx: Ctx) -> Response:
    """Soft delete: personal data erased, the history kept; tokens stop working, pending deliveries are skipped."""
    service.delete_user(session, ctx, org=org, username=username)
    session.commit()
    return Response(status_code=204)


@router.post("/{username}/token", response_model=TokenOut)
def mint_token(username: Username, org: ApiOrg, session: DbSession, ctx: Ctx, body: TokenIn | None = None) -> TokenOut:
    """Mint a user token (HS256 JWT: sub, org, exp) for the bell and the user's pages."""
    service.get_user(session, org=org, username=username)
    ttl = (body.ttl_seconds if body else None) or ctx.settings.user_token_ttl_seconds
    token = orgs.mint_token(ctx, org, username, ttl_seconds=ttl)
    expires = datetime.fromtimestamp(int(ctx.clock.now().timestamp()) + ttl, UTC)
    return TokenOut(token=token, expires_at=isoformat(expires) or "")
