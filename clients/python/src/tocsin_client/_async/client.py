"""The server-to-server client: every operation an org API key may call."""

from __future__ import annotations

from typing import Any

from tocsin_client._async.admin import AsyncAdminApi
from tocsin_client._async.channels import AsyncChannelsApi
from tocsin_client._async.deliveries import AsyncDeliveriesApi
from tocsin_client._async.events import AsyncEventsApi
from tocsin_client._async.schedule import AsyncScheduleApi
from tocsin_client._async.user import AsyncUserClient
from tocsin_client._async.users import AsyncUsersApi


class AsyncTocsin(AsyncEventsApi, AsyncUsersApi, AsyncScheduleApi, AsyncAdminApi, AsyncDeliveriesApi, AsyncChannelsApi):
    """Tocsin's server-to-server API with an org API key.

    Tocsin(base_url, api_key="tsn_...", timeout_seconds=10, retry=RetryPolicy(), http=None, **httpx_options)
    """

    def __init__(self, base_url: str, *, api_key: str, **options: Any) -> None:
        super().__init__(base_url, api_key=api_key, **options)

    async def __aenter__(self) -> AsyncTocsin:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def as_user(self, username: str, *, ttl_seconds: int | None = None) -> AsyncUserClient:
        """A `UserClient` for one user, with a token minted for it now (close it after use)."""
        token = await self.user_token(username, ttl_seconds=ttl_seconds)
        return AsyncUserClient(
            self._base_url, token=token.token, retry=self.retry, timeout_seconds=self._timeout_seconds
        )
