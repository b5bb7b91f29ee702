"""The user-token API: a user's own notifications, preferences, browser push and live stream."""

from __future__ import annotations

from tocsin_client.calls import Call, body, model, no_content, query, seg
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

STREAM_PATH = "/v1/me/events"


def list_notifications(
    *, status: str | None = None, type: str | None = None, q: str | None = None,
    cursor: str | None = None, limit: int | None = None,
) -> Call[NotificationPage]:  # fmt: skip
    params = query(status=status, type=type, q=q, cursor=cursor, limit=limit)
    return Call("GET", "/v1/me/notifications", model(NotificationPage), params=params)


def unread_count() -> Call[UnreadCount]:
    return Call("GET", "/v1/me/notifications/unread-count", model(UnreadCount))


def _one(notification_id: int) -> str:
    return f"/v1/me/notifications/{seg(notification_id)}"


def read(notification_id: int) -> Call[NotificationOut]:
    return Call("POST", _one(notification_id) + "/read", model(NotificationOut))


def read_all() -> Call[ReadAllResult]:
    return Call("POST", "/v1/me/notifications/read-all", model(ReadAllResult))


def seen(ids: SeenIn) -> Call[SeenResult]:
    return Call("POST", "/v1/me/notifications/seen", model(SeenResult), json=body(ids))


def dismiss(notification_id: int) -> Call[NotificationOut]:
    return Call("POST", _one(notification_id) + "/dismiss", model(NotificationOut))


def act(notification_id: int, action: str) -> Call[NotificationOut]:
    return Call("POST", _one(notification_id) + f"/actions/{seg(action)}", model(NotificationOut))


def get_preferences() -> Call[PreferencesOut]:
    return Call("GET", "/v1/me/preferences", model(PreferencesOut))


def put_preferences(prefs: PreferencesIn) -> Call[PreferencesOut]:
    return Call("PUT", "/v1/me/preferences", model(PreferencesOut), json=body(prefs))


def add_push_subscription(subscription: SubscriptionIn) -> Call[SubscriptionOut]:
    return Call("POST", "/v1/me/push-subscriptions", model(SubscriptionOut), json=body(subscription))


def remove_push_subscription(subscription: SubscriptionDelete) -> Call[None]:
    return Call("DELETE", "/v1/me/push-subscriptions", no_content, json=body(subscription))


def webpush_public_key(org: str | None) -> Call[PublicKeyOut]:
    return Call("GET", "/v1/webpush/public-key", model(PublicKeyOut), params=query(org=org))
