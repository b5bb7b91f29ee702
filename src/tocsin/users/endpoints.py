from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy.orm import Session

from tocsin import callers
from tocsin.callers import Ctx, OrgKey, ReadSession
from tocsin.errors import unauthorized
from tocsin.kit.clock import isoformat
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.users import service, sync
from tocsin.users.schemas import USERNAME_PATTERN, TokenIn, TokenOut, UserIn, UserOut, UsersBulkIn, UsersBulkResult

router = APIRouter(prefix="/v1/users", tags=["users"])

ReadingOrg = Annotated[Org, Depends(callers.api_org_reading)]
org_of = orgs.org_of_api_key
Username = Annotated[str, Path(pattern=USERNAME_PATTERN, description="the CRM's username")]


@router.put("", response_model=UsersBulkResult)
async def put_users(body: UsersBulkIn, key: OrgKey, ctx: Ctx) -> UsersBulkResult:
    """Create or update up to 1,000 users in one call, each row as `PUT /v1/users/{username}`
    would (fields left out keep their value, `null` clears one).

    The answer has one result per row, in order: `created`, `updated`, `unchanged` (nothing to
    write) or `refused` with the row's own `field` and the `reason`; a refused row changes
    nothing and never fails the others. A username given twice is refused the second time. The
    rows are written with set-based statements, and the call is one entry of the audit log."""

    def work(session: Session) -> UsersBulkResult:
        found = orgs.org_and_key_name_for_api_key(session, key)
        if found is None:
            raise unauthorized("invalid or revoked API key")
        org, name = found
        return sync.sync_users(session, ctx, org=org, rows=body.users, actor=f"api_key:{name}")

    return await ctx.writer.run(work)


@router.put("/{username}", response_model=UserOut)
async def put_user(username: Username, body: UserIn, key: OrgKey, ctx: Ctx, response: Response) -> UserOut:
    """Create or update a user. Fields left out keep their value; `null` clears one."""

    def work(session: Session) -> tuple[UserOut, bool]:
        user, created = service.upsert_user(session, ctx, org=org_of(session, key), username=username, data=body)
        return service.to_out(ctx, user), created

    out, created = await ctx.writer.run(work)
    response.status_code = 201 if created else 200
    return out


@router.get("/{username}", response_model=UserOut)
def get_user(username: Username, org: ReadingOrg, session: ReadSession, ctx: Ctx) -> UserOut:
    """A user as the API shows it, addresses masked."""
    return service.to_out(ctx, service.get_user(session, org=org, username=username))


@router.delete("/{username}", status_code=204)
async def delete_user(username: Username, key: OrgKey, ctx: Ctx) -> Response:
    """Soft delete: personal data erased, the history kept; tokens stop working, pending deliveries are skipped."""
    await ctx.writer.run(lambda session: service.delete_user(session, ctx, org=org_of(session, key), username=username))
    return Response(status_code=204)


@router.post("/{username}/tokens/revoke", status_code=204)
async def revoke_tokens(username: Username, key: OrgKey, ctx: Ctx) -> Response:
    """Revoke every token issued to the user so far (a lost device, a leaked token): REST calls
    with them get 401 and their open WebSocket and SSE streams close (4401) on every instance
    within seconds. Tokens minted or signed from the next second on work."""

    def work(session: Session) -> None:
        service.revoke_tokens(session, ctx, org=org_of(session, key), username=username)

    await ctx.writer.run(work)
    return Response(status_code=204)


@router.post("/{username}/token", response_model=TokenOut)
def mint_token(
    username: Username, org: ReadingOrg, session: ReadSession, ctx: Ctx, body: TokenIn | None = None
) -> TokenOut:
    """Mint a user token (HS256 JWT: sub, org, exp) for the bell and the user's pages."""
    ttl = (body.ttl_seconds if body else None) or ctx.settings.user_token_ttl_seconds
    token = service.mint_token(session, ctx, org=org, username=username, ttl_seconds=ttl)
    expires = datetime.fromtimestamp(int(ctx.clock.now().timestamp()) + ttl, UTC)
    return TokenOut(token=token, expires_at=isoformat(expires) or "")
