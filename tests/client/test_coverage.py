"""Every operation of the OpenAPI document has a client method, and the generated code is current."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from tocsin.channels.registry import CHANNELS
from tocsin_client import AsyncTocsin, AsyncUserClient, Tocsin, UserClient

ROOT = Path(__file__).resolve().parents[2]

# (method, path) -> the method of `Tocsin` (API key) or `UserClient` (user token) that calls it.
API_KEY: dict[tuple[str, str], str] = {
    ("POST", "/v1/events"): "send_event",
    ("POST", "/v1/events/batch"): "send_events",
    ("POST", "/v1/notify"): "notify",
    ("PUT", "/v1/users/{}"): "put_user",
    ("GET", "/v1/users/{}"): "get_user",
    ("DELETE", "/v1/users/{}"): "delete_user",
    ("POST", "/v1/users/{}/token"): "user_token",
    ("POST", "/v1/users/{}/tokens/revoke"): "revoke_user_tokens",
    ("GET", "/v1/users/{}/preferences"): "get_preferences",
    ("PUT", "/v1/users/{}/preferences"): "put_preferences",
    ("PUT", "/v1/activities/{}"): "put_activity",
    ("DELETE", "/v1/activities/{}"): "delete_activity",
    ("PUT", "/v1/tasks/{}"): "put_task",
    ("DELETE", "/v1/tasks/{}"): "delete_task",
    ("PUT", "/v1/targets/{}"): "put_target",
    ("DELETE", "/v1/targets/{}"): "delete_target",
    ("GET", "/v1/admin/schedule/missed"): "list_missed_firings",
    ("GET", "/v1/admin/settings"): "get_settings",
    ("PUT", "/v1/admin/settings"): "put_settings",
    ("GET", "/v1/admin/routing"): "get_routing",
    ("PUT", "/v1/admin/routing"): "put_routing",
    ("GET", "/v1/admin/event-types"): "list_event_types",
    ("GET", "/v1/admin/event-types/{}"): "get_event_type",
    ("PUT", "/v1/admin/event-types/{}"): "put_event_type",
    ("GET", "/v1/admin/templates"): "list_templates",
    ("GET", "/v1/admin/templates/{}/{}"): "get_template",
    ("PUT", "/v1/admin/templates/{}/{}"): "put_template",
    ("DELETE", "/v1/admin/templates/{}/{}"): "delete_template",
    ("POST", "/v1/admin/templates/{}/{}/preview"): "preview_template",
    ("GET", "/v1/admin/rules"): "list_rules",
    ("GET", "/v1/admin/rules/{}"): "get_rule",
    ("PUT", "/v1/admin/rules/{}"): "put_rule",
    ("DELETE", "/v1/admin/rules/{}"): "delete_rule",
    ("GET", "/v1/admin/callbacks"): "get_callbacks",
    ("PUT", "/v1/admin/callbacks"): "put_callbacks",
    ("GET", "/v1/admin/deliveries"): "list_deliveries",
    ("GET", "/v1/admin/deliveries/{}"): "get_delivery",
    ("POST", "/v1/admin/deliveries/{}/retry"): "retry_delivery",
    ("POST", "/v1/admin/deliveries/retry"): "retry_deliveries",
    ("GET", "/v1/admin/audit"): "list_audit",
    ("GET", "/v1/admin/outcomes"): "get_outcomes",
    ("GET", "/v1/admin/channels"): "list_channels",
    ("POST", "/v1/admin/channels/webpush/vapid"): "generate_vapid_keys",
    ("PATCH", "/v1/admin/event-types/{}"): "patch_event_type",
    ("GET", "/healthz"): "health",
    ("GET", "/readyz"): "ready",
    ("PUT", "/v1/users"): "put_users",
    ("GET", "/v1/events"): "list_events",
    ("GET", "/v1/events/{}"): "get_event",
}
for _channel in CHANNELS:
    API_KEY |= {
        ("GET", f"/v1/admin/channels/{_channel}"): f"get_{_channel}_channel",
        ("PUT", f"/v1/admin/channels/{_channel}"): f"put_{_channel}_channel",
        ("POST", f"/v1/admin/channels/{_channel}/test"): f"test_{_channel}_channel",
        ("POST", f"/v1/admin/channels/{_channel}/enable"): "enable_channel",
        ("POST", f"/v1/admin/channels/{_channel}/disable"): "disable_channel",
    }

USER_TOKEN: dict[tuple[str, str], str] = {
    ("GET", "/v1/me/notifications"): "list_notifications",
    ("GET", "/v1/me/notifications/unread-count"): "unread_count",
    ("POST", "/v1/me/notifications/read-all"): "read_all",
    ("POST", "/v1/me/notifications/seen"): "seen",
    ("POST", "/v1/me/notifications/{}/read"): "read",
    ("POST", "/v1/me/notifications/{}/dismiss"): "dismiss",
    ("POST", "/v1/me/notifications/{}/actions/{}"): "act",
    ("GET", "/v1/me/preferences"): "get_preferences",
    ("PUT", "/v1/me/preferences"): "put_preferences",
    ("GET", "/v1/me/events"): "stream",
    ("POST", "/v1/me/push-subscriptions"): "add_push_subscription",
    ("DELETE", "/v1/me/push-subscriptions"): "remove_push_subscription",
    ("GET", "/v1/webpush/public-key"): "webpush_public_key",
}

# Operations that are not for a CRM's code, and why.
NOT_FOR_CLIENTS = {
    ("GET", "/metrics"): "Prometheus text for a scraper",
    ("GET", "/v1/unsubscribe/{}"): "an HTML page behind a signed link in an email",
    ("POST", "/v1/unsubscribe/{}"): "the mail client's one-click unsubscribe (RFC 8058)",
    ("POST", "/v1/providers/twilio/{}/status"): "Twilio's delivery receipts, signed by Twilio",
    ("GET", "/v1/providers/whatsapp/{}"): "Meta's webhook verification",
    ("POST", "/v1/providers/whatsapp/{}"): "Meta's delivery receipts, signed by Meta",
}

# Paginated lists and their every-page iterator.
ITERATORS = {
    "list_deliveries": "iter_deliveries",
    "list_events": "iter_events",
    "list_audit": "iter_audit",
    "list_rules": "iter_rules",
    "list_missed_firings": "iter_missed_firings",
}


def _key(method: str, path: str) -> tuple[str, str]:
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def test_every_operation_has_a_client_method(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    served = {_key(method, path) for path, ops in spec["paths"].items() for method in ops}
    mapped = set(API_KEY) | set(USER_TOKEN)
    assert served - mapped - set(NOT_FOR_CLIENTS) == set(), "add a client method (and map it here)"
    assert mapped - served == set(), "a mapped route the server does not serve"
    for routes, classes in ((API_KEY, (Tocsin, AsyncTocsin)), (USER_TOKEN, (UserClient, AsyncUserClient))):
        for route, name in routes.items():
            for cls in classes:
                assert callable(getattr(cls, name, None)), (cls.__name__, name, route)
    for listing, iterator in ITERATORS.items():
        assert hasattr(Tocsin, listing) and hasattr(AsyncTocsin, iterator) and hasattr(Tocsin, iterator)
    assert hasattr(UserClient, "iter_notifications") and hasattr(AsyncUserClient, "iter_notifications")


def _methods(cls: type) -> dict[str, list[str]]:
    return {
        name: list(inspect.signature(fn).parameters)
        for name in dir(cls)
        if not name.startswith("_") and callable(fn := getattr(cls, name))
    }


def test_sync_and_async_clients_have_the_same_methods() -> None:
    renamed = {"aclose": "close"}
    for sync, aio in ((Tocsin, AsyncTocsin), (UserClient, AsyncUserClient)):
        assert _methods(sync) == {renamed.get(k, k): v for k, v in _methods(aio).items()}


def test_the_generated_models_and_sync_clients_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "clients" / "python" / "generate.py"), "--check"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
