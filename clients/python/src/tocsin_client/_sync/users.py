"""Users, bulk user sync, user tokens and users' preferences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tocsin_client import calls
from tocsin_client._sync.paging import SyncPaging
from tocsin_client.models import PreferencesIn, PreferencesOut, TokenOut, UserIn, UserOut
from tocsin_client.names import BulkUserIn, BulkUsersResult
from tocsin_client.ops import users as ops


class SyncUsersApi(SyncPaging):
    def put_user(self, username: str, user: UserIn | Mapping[str, Any] | None = None, /, **fields: Any) -> UserOut:
        """Create or update a user; fields left out keep their value, `None` clears one."""
        return self.run(ops.put_user(username, calls.build(UserIn, user, fields)))

    def put_users(self, users: Iterable[BulkUserIn | Mapping[str, Any]]) -> BulkUsersResult:
        """Create or update up to 1000 users in one call (each a `BulkUserIn` or a mapping with `username`
        and the fields of `UserIn`). The server checks each row on its own: a bad row is answered `refused`
        with its field and reason, and never fails the others."""
        return self.run(ops.put_users(users))

    def get_user(self, username: str) -> UserOut:
        """A user, addresses masked."""
        return self.run(ops.get_user(username))

    def delete_user(self, username: str) -> None:
        """Soft-delete a user: personal data erased, history kept."""
        return self.run(ops.delete_user(username))

    def user_token(self, username: str, *, ttl_seconds: int | None = None) -> TokenOut:
        """Mint a user token for the bell, the user's pages and `UserClient`."""
        return self.run(ops.user_token(username, ttl_seconds))

    def revoke_user_tokens(self, username: str) -> None:
        """Revoke every token minted for a user so far (open bells are closed)."""
        return self.run(ops.revoke_user_tokens(username))

    def get_preferences(self, username: str) -> PreferencesOut:
        """A user's preferences."""
        return self.run(ops.get_preferences(username))

    def put_preferences(
        self, username: str, prefs: PreferencesIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> PreferencesOut:
        """Change a user's preferences; cells left out keep their value."""
        return self.run(ops.put_preferences(username, calls.build(PreferencesIn, prefs, fields)))
