"""The user-token API: what one user sees and does (the bell's own calls), and the live stream."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import httpx

from tocsin_client import calls, sse
from tocsin_client._sync.paging import SyncPaging
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


class UserClient(SyncPaging):
    """Tocsin's user-token API, as one user (a token from `Tocsin.user_token`)."""

    def __init__(self, base_url: str, *, token: str, **options: Any) -> None:
        super().__init__(base_url, api_key=token, **options)

    def __enter__(self) -> UserClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def list_notifications(
        self, *, status: str | None = None, type: str | None = None, q: str | None = None,
        cursor: str | None = None, limit: int | None = None,
    ) -> NotificationPage:  # fmt: skip
        """One page of the user's notifications, newest first (`status`: `unread`, `read`, ...)."""
        return self.run(ops.list_notifications(status=status, type=type, q=q, cursor=cursor, limit=limit))

    def iter_notifications(
        self, *, status: str | None = None, type: str | None = None, q: str | None = None, limit: int | None = None
    ) -> Iterator[NotificationOut]:
        """Every notification of the user matching the filters, page after page."""
        for item in self._pages(
            lambda cursor: ops.list_notifications(status=status, type=type, q=q, cursor=cursor, limit=limit), None
        ):
            yield item

    def unread_count(self) -> UnreadCount:
        """How many notifications are unread and unseen."""
        return self.run(ops.unread_count())

    def read(self, notification_id: int) -> NotificationOut:
        """Mark a notification read."""
        return self.run(ops.read(notification_id))

    def read_all(self) -> ReadAllResult:
        """Mark every notification read."""
        return self.run(ops.read_all())

    def seen(self, ids: Iterable[int]) -> SeenResult:
        """Mark notifications seen (shown in the open bell), without reading them."""
        return self.run(ops.seen(calls.build(SeenIn, {"ids": list(ids)}, {})))

    def dismiss(self, notification_id: int) -> NotificationOut:
        """Dismiss a notification (it leaves the bell, stays in the history)."""
        return self.run(ops.dismiss(notification_id))

    def act(self, notification_id: int, action: str) -> NotificationOut:
        """Take an action the notification offers (its button's `id`); the CRM gets a callback."""
        return self.run(ops.act(notification_id, action))

    def get_preferences(self) -> PreferencesOut:
        """The user's preferences."""
        return self.run(ops.get_preferences())

    def put_preferences(
        self, prefs: PreferencesIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> PreferencesOut:
        """Change the user's preferences; cells left out keep their value."""
        return self.run(ops.put_preferences(calls.build(PreferencesIn, prefs, fields)))

    def add_push_subscription(
        self, subscription: SubscriptionIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> SubscriptionOut:
        """Subscribe a browser to push (its `PushSubscription.toJSON()`)."""
        return self.run(ops.add_push_subscription(calls.build(SubscriptionIn, subscription, fields)))

    def remove_push_subscription(self, endpoint: str) -> None:
        """Unsubscribe a browser from push."""
        return self.run(ops.remove_push_subscription(calls.build(SubscriptionDelete, {"endpoint": endpoint}, {})))

    def webpush_public_key(self, org: str) -> PublicKeyOut:
        """The org's VAPID public key, for `pushManager.subscribe` (`org` is the org's slug)."""
        return self.run(ops.webpush_public_key(org))

    def stream(self) -> Iterator[dict[str, Any]]:
        """The live messages of the user's bell (Server-Sent Events): first `{"type": "hello", "unread": n}`,
        then `notification`, `read`, ... messages as they happen. It ends when the server closes the stream
        (a restart: open it again); an expired or revoked token raises `AuthenticationError`."""
        frames = sse.Frames()
        headers = {**self._headers, "Accept": "text/event-stream"}
        timeout = httpx.Timeout(self._timeout_seconds, read=STREAM_READ_TIMEOUT_SECONDS)
        try:
            with self._http.stream("GET", self._base_url + ops.STREAM_PATH, headers=headers, timeout=timeout) as answer:
                if not answer.is_success:
                    answer.read()
                    calls.check(answer)
                for line in answer.iter_lines():
                    message = frames.feed(line)
                    if message is not None:
                        yield message
        except httpx.TransportError as exc:
            raise calls.unreachable(exc) from exc
