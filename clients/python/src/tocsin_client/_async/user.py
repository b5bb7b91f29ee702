"""The user-token API: what one user sees and does (the bell's own calls), and the live stream."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any

import httpx

from tocsin_client import calls, sse
from tocsin_client._async.paging import AsyncPaging
from tocsin_client.models import (
    NotificationOut,
    NotificationPage,
    PreferencesIn,
    PreferencesOut,
    PublicKeyOut,
    ReadAllResult,
    SeenIn,
    SeenResult,
    SubscriptionDelete,
    SubscriptionIn,
    SubscriptionOut,
    UnreadCount,
)
from tocsin_client.ops import me as ops

# The server pings an idle stream every 20 seconds: three missed pings mean the connection is gone.
STREAM_READ_TIMEOUT_SECONDS = 60.0


class AsyncUserClient(AsyncPaging):
    """Tocsin's user-token API, as one user (a token from `Tocsin.user_token`)."""

    def __init__(self, base_url: str, *, token: str, **options: Any) -> None:
        super().__init__(base_url, api_key=token, **options)

    async def __aenter__(self) -> AsyncUserClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def list_notifications(
        self, *, status: str | None = None, type: str | None = None, q: str | None = None,
        cursor: str | None = None, limit: int | None = None,
    ) -> NotificationPage:  # fmt: skip
        """One page of the user's notifications, newest first (`status`: `unread`, `read`, ...)."""
        return await self.run(ops.list_notifications(status=status, type=type, q=q, cursor=cursor, limit=limit))

    async def iter_notifications(
        self, *, status: str | None = None, type: str | None = None, q: str | None = None, limit: int | None = None
    ) -> AsyncIterator[NotificationOut]:
        """Every notification of the user matching the filters, page after page."""
        async for item in self._pages(
            lambda cursor: ops.list_notifications(status=status, type=type, q=q, cursor=cursor, limit=limit), None
        ):
            yield item

    async def unread_count(self) -> UnreadCount:
        """How many notifications are unread and unseen."""
        return await self.run(ops.unread_count())

    async def read(self, notification_id: int) -> NotificationOut:
        """Mark a notification read."""
        return await self.run(ops.read(notification_id))

    async def read_all(self) -> ReadAllResult:
        """Mark every notification read."""
        return await self.run(ops.read_all())

    async def seen(self, ids: Iterable[int]) -> SeenResult:
        """Mark notifications seen (shown in the open bell), without reading them."""
        return await self.run(ops.seen(calls.build(SeenIn, {"ids": list(ids)}, {})))

    async def dismiss(self, notification_id: int) -> NotificationOut:
        """Dismiss a notification (it leaves the bell, stays in the history)."""
        return await self.run(ops.dismiss(notification_id))

    async def act(self, notification_id: int, action: str) -> NotificationOut:
        """Take an action the notification offers (its button's `id`); the CRM gets a callback."""
        return await self.run(ops.act(notification_id, action))

    async def get_preferences(self) -> PreferencesOut:
        """The user's preferences."""
        return await self.run(ops.get_preferences())

    async def put_preferences(
        self, prefs: PreferencesIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> PreferencesOut:
        """Change the user's preferences; cells left out keep their value."""
        return await self.run(ops.put_preferences(calls.build(PreferencesIn, prefs, fields)))

    async def add_push_subscription(
        self, subscription: SubscriptionIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> SubscriptionOut:
        """Subscribe a browser to push (its `PushSubscription.toJSON()`)."""
        return await self.run(ops.add_push_subscription(calls.build(SubscriptionIn, subscription, fields)))

    async def remove_push_subscription(self, endpoint: str) -> None:
        """Unsubscribe a browser from push."""
        return await self.run(ops.remove_push_subscription(calls.build(SubscriptionDelete, {"endpoint": endpoint}, {})))

    async def webpush_public_key(self, org: str) -> PublicKeyOut:
        """The org's VAPID public key, for `pushManager.subscribe` (`org` is the org's slug)."""
        return await self.run(ops.webpush_public_key(org))

    async def stream(self) -> AsyncIterator[dict[str, Any]]:
        """The live messages of the user's bell (Server-Sent Events): first `{"type": "hello", "unread": n}`,
        then `notification`, `read`, ... messages as they happen. It ends when the server closes the stream
        (a restart: open it again); an expired or revoked token raises `AuthenticationError`."""
        frames = sse.Frames()
        headers = {**self._headers, "Accept": "text/event-stream"}
        timeout = httpx.Timeout(self._timeout_seconds, read=STREAM_READ_TIMEOUT_SECONDS)
        try:
            async with self._http.stream(
                "GET", self._base_url + ops.STREAM_PATH, headers=headers, timeout=timeout
            ) as answer:
                if not answer.is_success:
                    await answer.aread()
                    calls.check(answer)
                async for line in answer.aiter_lines():
                    message = frames.feed(line)
                    if message is not None:
                        yield message
        except httpx.TransportError as exc:
            raise calls.unreachable(exc) from exc
