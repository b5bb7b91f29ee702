"""Users as the CRM syncs them; addresses are encrypted on the way in and masked on the way out."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.errors import ApiError, invalid, not_found
from tocsin.kit import channels
from tocsin.kit.clock import isoformat
from tocsin.kit.netaddr import OutboundRefused, check_url_now
from tocsin.kit.tokens import not_before_seconds
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.signals import TokensRevoked
from tocsin.users import repository
from tocsin.users.models import User
from tocsin.users.schemas import UserIn, UserOut

# The users API's address fields, each stored encrypted in its channel's column.
_ADDRESSES = {kind.field: kind for kind in channels.USER_ADDRESSES if kind.field is not None and kind.column}
_PLAIN = ("display_name", "timezone", "locale", "manager", "webhook_kind", "delivery_choice", "roles", "active")
_NOT_NULL_DEFAULTS = {
    "timezone": "UTC",
    "locale": "en",
    "delivery_choice": "email",
    "roles": [],
    "active": True,
}


def _set_addresses(ctx: AppContext, user: User, given: dict[str, Any]) -> None:
    """The addresses given, checked first (a URL the server will call must be public)."""
    for field, kind in _ADDRESSES.items():
        if kind.public_url and given.get(field) is not None:
            try:
                check_url_now(str(given[field]), allow_private=ctx.settings.outbound_allow_private)
            except OutboundRefused as exc:
                raise invalid(field, f"{exc} (the server calls public addresses only)") from exc
    for field, kind in _ADDRESSES.items():
        if field in given:
            value = given[field]
            text = None if value is None else str(value)
            setattr(user, str(kind.column), ctx.box.encrypt_opt(text))
            setattr(user, kind.flag, text is not None)


def upsert_user(session: Session, ctx: AppContext, *, org: Org, username: str, data: UserIn) -> tuple[User, bool]:
    """Create or update a user; returns (user, created). A deleted user is restored."""
    now = ctx.clock.now()
    user = repository.get_any_by_username(session, org.id, username)
    created = user is None or user.deleted_at is not None
    if user is None:
        user = User(org_id=org.id, username=username, created_at=now, **_NOT_NULL_DEFAULTS)
        user.roles = []
    given = data.model_dump(exclude_unset=True)
    _set_addresses(ctx, user, given)
    was_active = user.active is not False
    revoked = False
    for field in _PLAIN:
        if field in given:
            value = given[field]
            setattr(user, field, _NOT_NULL_DEFAULTS.get(field) if value is None else value)
    if user.deleted_at is not None:
        user.deleted_at = None
        user.tokens_valid_after = now  # a new user of the same name gets none of the old one's tokens
        revoked = True
        if "active" not in given:
            user.active = True
    elif was_active and user.active is False:
        user.tokens_valid_after = now  # deactivation ends every token issued so far
        revoked = True
    user.updated_at = now
    if user.id is None:
        repository.add(session, user)
    session.flush()
    if revoked:
        _announce_revoked(session, ctx, user)
    return user, created


def get_user(session: Session, *, org: Org, username: str) -> User:
    user = repository.get_by_username(session, org.id, username)
    if user is None:
        raise not_found("user")
    return user


def mint_token(session: Session, ctx: AppContext, *, org: Org, username: str, ttl_seconds: int) -> str:
    """A user token for an active user; none for a deactivated or deleted one."""
    user = get_user(session, org=org, username=username)
    if not user.active:
        raise ApiError(409, "user_inactive", "the user is deactivated: no token can be minted for them")
    return orgs.mint_token(ctx, org, username, ttl_seconds=ttl_seconds, not_before=user.tokens_valid_after)


def delete_user(session: Session, ctx: AppContext, *, org: Org, username: str) -> None:
    """Soft delete: history stays for the org's records, personal data is erased."""
    user = get_user(session, org=org, username=username)
    repository.soft_delete(session, user, ctx.clock.now())
    _announce_revoked(session, ctx, user)


def revoke_tokens(session: Session, ctx: AppContext, *, org: Org, username: str) -> User:
    """Every token issued to the user so far stops working, open streams included; tokens minted
    (or signed by the CRM) from the next second on work."""
    user = get_user(session, org=org, username=username)
    now = ctx.clock.now()
    user.tokens_valid_after = now
    user.updated_at = now
    session.flush()
    _announce_revoked(session, ctx, user)
    return user


def token_states(session: Session, org_id: int, user_ids: Iterable[int]) -> dict[int, tuple[bool, int]]:
    """{user_id: (usable, not_before)} of the org's users among `user_ids`: whether they may hold
    a valid token at all (active, not deleted), and the first second of a valid token's `iat`."""
    return {
        user_id: (usable, not_before_seconds(valid_after))
        for user_id, (usable, valid_after) in repository.token_states(session, org_id, user_ids).items()
    }


def _announce_revoked(session: Session, ctx: AppContext, user: User) -> None:
    # After the commit only: a stream closed for a change that then rolled back would reconnect
    # fine, but one told too early could reconnect before the commit and keep its old token.
    notice = TokensRevoked(org_id=user.org_id, user_id=user.id, not_before=not_before_seconds(user.tokens_valid_after))
    signals = ctx.signals
    after_commit(session, lambda: signals.tokens_revoked(notice))


def to_out(ctx: AppContext, user: User) -> UserOut:
    box = ctx.box
    addresses = {
        field: kind.mask(box.decrypt_opt(getattr(user, str(kind.column)))) for field, kind in _ADDRESSES.items()
    }
    return UserOut(
        username=user.username,
        **addresses,
        display_name=user.display_name,
        timezone=user.timezone,
        locale=user.locale,
        manager=user.manager,
        webhook_kind=user.webhook_kind,
        delivery_choice=user.delivery_choice,
        roles=list(user.roles or []),
        active=user.active,
        created_at=isoformat(user.created_at) or "",
        updated_at=isoformat(user.updated_at) or "",
    )


def with_org(session: Session, *, org_slug: str, username: str) -> tuple[Org, User] | None:
    """The org and the (not deleted) user a token names, in one round trip."""
    return repository.get_with_org(session, org_slug, username)


def many_with_org(session: Session, *, org_slug: str, usernames: Collection[str]) -> list[tuple[Org, User]]:
    """The org and each of the named (not deleted) users, in one round trip."""
    return repository.get_many_with_org(session, org_slug, usernames)


FACT_NAMES = repository.FACT_NAMES  # the order of the facts rows' columns


def facts_by_usernames(session: Session, org_id: int, usernames: Iterable[str]) -> list[Row[Any]]:
    """What recipient rules and routing need of the named (not deleted) users."""
    return repository.facts_by_usernames(session, org_id, usernames)


def display_name_of(session: Session, org_id: int, username: str) -> str | None:
    """How people know `username` (None when it has no display name or is not a user)."""
    return repository.display_name_of(session, org_id, username)


def display_names_of(session: Session, org_id: int, usernames: Iterable[str]) -> dict[str, str | None]:
    """{username: display name} of the (not deleted) users among `usernames`, in one query."""
    return repository.display_names_of(session, org_id, usernames)


def facts_of_active(session: Session, org_id: int) -> list[Row[Any]]:
    """The same for every active user of the org (a broadcast)."""
    return repository.facts_of_active(session, org_id)


def users_version(session: Session, org_id: int) -> int:
    """Bumped by every write to the org's users: what a cache of their facts is stamped with."""
    return repository.users_version(session, org_id)


def forget_webhook_url(session: Session, ctx: AppContext, *, org_id: int, user_id: int, url: str) -> bool:
    """The webhook at `url` answered 410 Gone: the user's URL is removed (unless it was changed
    since), so their next notifications go by email. Returns whether it was removed."""
    user = repository.get_by_id(session, org_id, user_id)
    if user is None or ctx.box.decrypt_opt(user.webhook_url_enc) != url:
        return False
    user.webhook_url_enc = None
    user.has_webhook = False
    user.updated_at = ctx.clock.now()
    session.flush()
    return True


def id_of_username(session: Session, org_id: int, username: str) -> int | None:
    """The id of the org's user of that name, a deleted one included (their history stays)."""
    user = repository.get_any_by_username(session, org_id, username)
    return None if user is None else user.id


def usernames_by_id(session: Session, org_id: int, user_ids: Iterable[int]) -> dict[int, str]:
    """{user id: username} of the org's users among `user_ids`, in one query (deleted ones too)."""
    return repository.usernames_by_id(session, org_id, user_ids)
