from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, delete, event, select, text, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from tocsin.db import bulk
from tocsin.kit import channels
from tocsin.orgs.models import Org, users_bump
from tocsin.users.models import PushSubscription, User


def get_by_id(session: Session, org_id: int, user_id: int) -> User | None:
    user = session.get(User, user_id)
    return user if user is not None and user.org_id == org_id and user.deleted_at is None else None


def token_states(session: Session, org_id: int, user_ids: Iterable[int]) -> dict[int, tuple[bool, datetime | None]]:
    """{user_id: (usable, tokens_valid_after)}; usable: active and not deleted. Missing: no such user."""
    rows = session.execute(
        select(User.id, User.active, User.deleted_at, User.tokens_valid_after).where(
            User.org_id == org_id, User.id.in_(list(user_ids))
        )
    ).all()
    return {user_id: (bool(active) and deleted is None, valid_after) for user_id, active, deleted, valid_after in rows}


def get_by_username(session: Session, org_id: int, username: str) -> User | None:
    return session.scalars(
        select(User).where(User.org_id == org_id, User.username == username, User.deleted_at.is_(None))
    ).one_or_none()


def get_with_org(session: Session, org_slug: str, username: str) -> tuple[Org, User] | None:
    """The org and the (not deleted) user a token names, in one round trip."""
    row = session.execute(
        select(Org, User)
        .join(User, User.org_id == Org.id)
        .where(Org.slug == org_slug, User.username == username, User.deleted_at.is_(None))
    ).one_or_none()
    return None if row is None else (row[0], row[1])


def get_many_with_org(session: Session, org_slug: str, usernames: Collection[str]) -> list[tuple[Org, User]]:
    """The org and each (not deleted) user among `usernames`, in one round trip (a storm of
    token checks); an unknown name is simply absent."""
    if not usernames:
        return []
    rows = session.execute(
        select(Org, User)
        .join(User, User.org_id == Org.id)
        .where(Org.slug == org_slug, User.username.in_(list(usernames)), User.deleted_at.is_(None))
    ).all()
    return [(row[0], row[1]) for row in rows]


def get_any_by_username(session: Session, org_id: int, username: str) -> User | None:
    """Including soft-deleted users (a PUT restores them)."""
    return session.scalars(select(User).where(User.org_id == org_id, User.username == username)).one_or_none()


def add(session: Session, user: User) -> User:
    session.add(user)
    session.flush()
    return user


# The columns routing needs: no encrypted addresses, just whether they exist.
_FACT_COLUMNS = (
    User.id,
    User.username,
    User.manager,
    User.roles,
    User.active,
    *(getattr(User, flag) for flag in channels.ADDRESS_FLAGS),
    User.delivery_choice,
    User.dnd,
    User.timezone,
    User.locale,
    User.display_name,
)
# The facts rows' column names in their order: a caller reads thousands of rows by position.
FACT_NAMES = tuple(column.key for column in _FACT_COLUMNS)
_ACTIVE_FACTS = text(
    f"SELECT {', '.join(column.name for column in _FACT_COLUMNS)} FROM users"
    " WHERE org_id = :org_id AND active = TRUE AND deleted_at IS NULL"
)


def facts_by_usernames(session: Session, org_id: int, usernames: Iterable[str]) -> list[Row[Any]]:
    names = sorted(set(usernames))
    if not names:
        return []
    rows: list[Row[Any]] = []
    for start in range(0, len(names), 5000):  # stay under bind-parameter limits
        chunk = names[start : start + 5000]
        rows.extend(
            session.execute(
                select(*_FACT_COLUMNS).where(User.org_id == org_id, User.username.in_(chunk), User.deleted_at.is_(None))
            ).all()
        )
    return rows


def display_name_of(session: Session, org_id: int, username: str) -> str | None:
    return session.execute(
        select(User.display_name).where(User.org_id == org_id, User.username == username, User.deleted_at.is_(None))
    ).scalar_one_or_none()


def display_names_of(session: Session, org_id: int, usernames: Iterable[str]) -> dict[str, str | None]:
    names = sorted(set(usernames))
    if not names:
        return {}
    rows = session.execute(
        select(User.username, User.display_name).where(
            User.org_id == org_id, User.username.in_(names), User.deleted_at.is_(None)
        )
    )
    return {username: display_name for username, display_name in rows}


def facts_of_active(session: Session, org_id: int) -> list[Row[Any]]:
    """The facts of every active user of the org (a broadcast's audience), as the driver gives
    them: SQLAlchemy's per-column result processing was half the time of reading 10,000 users on
    SQLite. So `roles` and `dnd` may be JSON text and the flags 0 or 1 (SQLite); `_ACTIVE_FACTS`
    names the same columns as `FACT_NAMES`, in the same order."""
    return list(session.execute(_ACTIVE_FACTS, {"org_id": org_id}).all())


def users_version(session: Session, org_id: int) -> int:
    """The org's users version as this transaction sees it (its own writes included)."""
    return int(session.execute(select(Org.users_version).where(Org.id == org_id)).scalar_one())


def soft_delete(session: Session, user: User, now: datetime) -> None:
    user.deleted_at = now
    user.active = False
    user.tokens_valid_after = now
    for address in channels.USER_ADDRESSES:
        if address.column is not None:
            setattr(user, address.column, None)
        setattr(user, address.flag, False)
    user.display_name = user.dnd = None
    session.execute(delete(PushSubscription).where(PushSubscription.user_id == user.id))
    user.updated_at = now
    session.flush()


# The org's `users_version` is bumped by every write to its users, in the same transaction, so a
# cached directory (a broadcast's) is never used after a change, whichever path made it. Writes
# of User objects bump their orgs at flush; a bulk statement on users (push flags, imports) may
# touch any org, so it bumps them all.


@event.listens_for(Session, "before_flush")
def _users_flushed(session: Session, flush: UOWTransaction, instances: object) -> None:
    changed = [*session.new, *session.deleted, *(o for o in session.dirty if session.is_modified(o))]
    orgs = {user.org_id for user in changed if isinstance(user, User) and user.org_id is not None}
    if orgs:
        session.execute(users_bump(sorted(orgs)))


@event.listens_for(Session, "do_orm_execute")
def _users_written(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if table is not None and getattr(table, "name", None) == User.__tablename__:
        state.session.execute(users_bump(None))


# -- bulk sync (PUT /v1/users) -------------------------------------------------------------------

# The columns a bulk sync reads and may write; `id` and `username` identify the row.
SYNC_COLUMNS = (
    "display_name",
    *(str(a.column) for a in channels.USER_ADDRESSES if a.column is not None),
    *(a.flag for a in channels.USER_ADDRESSES if a.column is not None),
    "webhook_kind",
    "delivery_choice",
    "timezone",
    "locale",
    "manager",
    "roles",
    "active",
    "deleted_at",
    "tokens_valid_after",
    "updated_at",
)
_USERS = cast(Table, User.__table__)


def sync_rows(session: Session, org_id: int, usernames: Sequence[str]) -> dict[str, dict[str, Any]]:
    """{username: {id, column: value}} of the org's users among `usernames`, deleted ones included
    (a sync restores them): one select per 5,000 names."""
    found: dict[str, dict[str, Any]] = {}
    wanted = [_USERS.c.id, _USERS.c.username, *(_USERS.c[name] for name in SYNC_COLUMNS)]
    for start in range(0, len(usernames), 5000):
        chunk = list(usernames[start : start + 5000])
        rows = session.execute(select(*wanted).where(_USERS.c.org_id == org_id, _USERS.c.username.in_(chunk)))
        for row in rows.mappings():
            found[row["username"]] = dict(row)
    return found


def write_synced(
    session: Session, org_id: int, *, inserts: Sequence[dict[str, Any]], updates: Sequence[dict[str, Any]]
) -> None:
    """A bulk sync's writes: new users in one insert, changed ones in one executemany update
    (every row carries `id` and all of `SYNC_COLUMNS`), and the org's users version bumped once.
    The update goes through the connection, so the bump is this org's alone rather than every
    org's (`_users_written` bumps all orgs for a statement it cannot see into)."""
    if inserts:
        bulk.insert_rows(session, _USERS, inserts)
    if updates:
        stmt = (
            update(_USERS)
            .where(_USERS.c.id == bindparam("v_id"))
            .values({name: bindparam(f"v_{name}") for name in SYNC_COLUMNS})
        )
        params = [{f"v_{name}": row[name] for name in ("id", *SYNC_COLUMNS)} for row in updates]
        session.connection().execute(stmt, params)
    if inserts or updates:
        session.execute(users_bump([org_id]))


def usernames_by_id(session: Session, org_id: int, user_ids: Iterable[int]) -> dict[int, str]:
    """{user id: username} of the org's users among `user_ids`, deleted ones included."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    rows = session.execute(select(User.id, User.username).where(User.org_id == org_id, User.id.in_(ids)))
    return {user_id: username for user_id, username in rows}
