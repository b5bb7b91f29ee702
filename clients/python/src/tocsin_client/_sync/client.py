"""The server-to-server client: every operation an org API key may call."""

from __future__ import annotations

from typing import Any

from tocsin_client._sync.admin import SyncAdminApi
from tocsin_client._sync.channels import SyncChannelsApi
from tocsin_client._sync.deliveries import SyncDeliveriesApi
from tocsin_client._sync.events import SyncEventsApi
from tocsin_client._sync.schedule import SyncScheduleApi
from tocsin_client._sync.user import UserClient
from tocsin_client._sync.users import SyncUsersApi


class Tocsin(SyncEventsApi, SyncUsersApi, SyncScheduleApi, SyncAdminApi, SyncDeliveriesApi, SyncChannelsApi):
    """Tocsin's server-to-server API with an org API key.

    Tocsin(base_url, api_key="tsn_...", timeout_seconds=10, retry=RetryPolicy(), http=None, **httpx_options)
    """

    def __init__(self, base_url: str, *, api_key: str, **options: Any) -> None:
        super().__init__(base_url, api_key=api_key, **options)

    def __enter__(self) -> Tocsin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def as_user(self, username: str, *, ttl_seconds: int | None = None) -> UserClient:
        """A `UserClient` for one user, with a token minted for it now (close it after use)."""
        token = self.user_token(username, ttl_seconds=ttl_seconds)
        return UserClient(self._base_url, token=token.token, retry=self.retry, timeout_seconds=self._timeout_seconds)
