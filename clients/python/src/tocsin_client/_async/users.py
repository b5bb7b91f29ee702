"""Users, bulk user sync, user tokens and users' preferences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tocsin_client import calls
from tocsin_client._async.paging import AsyncPaging
from tocsin_client.models import PreferencesIn, PreferencesOut, TokenOut, UserIn, UserOut
from tocsin_client.names import BulkUserIn, BulkUsersResult
from tocsin_client.ops import users as ops


class AsyncUsersApi(AsyncPaging):
    async def put_user(
        self, username: str, user: UserIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> UserOut:
        """Create or update a user; fields left out keep their value, `None` clears one."""
        return await self.run(ops.put_user(username, calls.build(UserIn, user, fields)))

    async def put_users(self, users: Iterable[BulkUserIn | Mapping[str, Any]]) -> BulkUsersResult:
        """Create or update up to 1000 users in one call (each a `BulkUserIn` or a mapping with `username`
        and the fields of `UserIn`). The server checks each row on its own: a bad row is answered `refused`
        with its field and reason, and never fails the others."""
        return await self.run(ops.put_users(users))

    async def get_user(self, username: str) -> UserOut:
        """A user, addresses masked."""
        return await self.run(ops.get_user(username))

    async def delete_user(self, username: str) -> None:
        """Soft-delete a user: personal data erased, history kept."""
        return await self.run(ops.delete_user(username))

    async def user_token(self, username: str, *, ttl_seconds: int | None = None) -> TokenOut:
        """Mint a user token for the bell, the user's pages and `UserClient`."""
        return await self.run(ops.user_token(username, ttl_seconds))

    async def revoke_user_tokens(self, username: str) -> None:
        """Revoke every token minted for a user so far (open bells are closed)."""
        return await self.run(ops.revoke_user_tokens(username))

    async def get_preferences(self, username: str) -> PreferencesOut:
        """A user's preferences."""
        return await self.run(ops.get_preferences(username))

    async def put_preferences(
        self, username: str, prefs: PreferencesIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> PreferencesOut:
        """Change a user's preferences; cells left out keep their value."""
        return await self.run(ops.put_preferences(username, calls.build(PreferencesIn, prefs, fields)))
