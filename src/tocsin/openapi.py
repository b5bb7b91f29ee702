"""The OpenAPI document as client generators need it.

One table names every operation (a stable id such as `events_create`, and a summary); the
descriptions are the endpoints' docstrings. On top of what FastAPI derives, the document declares
the two credentials (org API key, user token) and which operations take which, the error shape and
the error statuses each operation can answer, and `date-time` on every timestamp (`*_at`,
`*_until`, ISO 8601 UTC). A test regenerates a client from it and type-checks the result.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from tocsin.channels.registry import CHANNELS

# (method, path) -> (operation id, summary). A route missing here fails a test.
OPERATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("POST", "/v1/events"): ("events_create", "Send an event"),
    ("POST", "/v1/events/batch"): ("events_create_batch", "Send many events at once"),
    ("GET", "/v1/events"): ("events_list", "List past events (the event history)"),
    ("GET", "/v1/events/{event_id}"): ("events_get", "Get an event with its notifications and deliveries"),
    ("PUT", "/v1/users"): ("users_put_many", "Create or update many users (bulk sync)"),
    ("PUT", "/v1/users/{username}"): ("users_put", "Create or update a user"),
    ("GET", "/v1/users/{username}"): ("users_get", "Get a user"),
    ("DELETE", "/v1/users/{username}"): ("users_delete", "Delete a user"),
    ("POST", "/v1/users/{username}/token"): ("users_token_create", "Mint a user token"),
    ("POST", "/v1/users/{username}/tokens/revoke"): ("users_tokens_revoke", "Revoke a user's tokens"),
    ("GET", "/v1/users/{username}/preferences"): ("users_preferences_get", "Get a user's preferences"),
    ("PUT", "/v1/users/{username}/preferences"): ("users_preferences_put", "Change a user's preferences"),
    ("GET", "/v1/me/notifications"): ("me_notifications_list", "List my notifications"),
    ("GET", "/v1/me/notifications/unread-count"): ("me_notifications_unread_count", "Count my unread notifications"),
    ("POST", "/v1/me/notifications/read-all"): ("me_notifications_read_all", "Mark all my notifications read"),
    ("POST", "/v1/me/notifications/seen"): ("me_notifications_seen", "Mark notifications seen"),
    ("POST", "/v1/me/notifications/{notification_id}/read"): ("me_notifications_read", "Mark a notification read"),
    ("POST", "/v1/me/notifications/{notification_id}/dismiss"): ("me_notifications_dismiss", "Dismiss a notification"),
    ("GET", "/v1/me/preferences"): ("me_preferences_get", "Get my preferences"),
    ("PUT", "/v1/me/preferences"): ("me_preferences_put", "Change my preferences"),
    ("GET", "/v1/me/events"): ("me_events_stream", "Stream my notifications (Server-Sent Events)"),
    ("GET", "/v1/admin/settings"): ("admin_settings_get", "Get the org's settings"),
    ("PUT", "/v1/admin/settings"): ("admin_settings_put", "Change the org's settings"),
    ("GET", "/v1/admin/routing"): ("admin_routing_get", "Get the routing matrix"),
    ("PUT", "/v1/admin/routing"): ("admin_routing_put", "Change the routing matrix"),
    ("GET", "/v1/admin/event-types"): ("admin_event_types_list", "List event types"),
    ("GET", "/v1/admin/event-types/{key}"): ("admin_event_types_get", "Get an event type"),
    ("PUT", "/v1/admin/event-types/{key}"): ("admin_event_types_put", "Create or change an event type"),
    ("PATCH", "/v1/admin/event-types/{key}"): ("admin_event_types_patch", "Change an event type"),
    ("PUT", "/v1/activities/{item_id}"): ("activities_put", "Register or move an activity reminder"),
    ("DELETE", "/v1/activities/{item_id}"): ("activities_delete", "Cancel an activity reminder"),
    ("PUT", "/v1/tasks/{item_id}"): ("tasks_put", "Register, change or complete a task"),
    ("DELETE", "/v1/tasks/{item_id}"): ("tasks_delete", "Remove a task"),
    ("PUT", "/v1/targets/{item_id}"): ("targets_put", "Register or update a target"),
    ("DELETE", "/v1/targets/{item_id}"): ("targets_delete", "Remove a target"),
    ("GET", "/v1/admin/schedule/missed"): ("admin_schedule_missed_get", "List missed scheduled firings"),
    ("POST", "/v1/providers/twilio/{org}/status"): ("providers_twilio_status", "Twilio delivery receipt"),
    ("GET", "/v1/providers/whatsapp/{org}"): ("providers_whatsapp_verify", "WhatsApp webhook verification"),
    ("POST", "/v1/providers/whatsapp/{org}"): ("providers_whatsapp_status", "WhatsApp delivery receipt"),
    ("GET", "/v1/admin/templates"): ("admin_templates_list", "List the org's templates"),
    ("GET", "/v1/admin/templates/{event_type}/{channel}"): ("admin_templates_get", "Get a template"),
    ("PUT", "/v1/admin/templates/{event_type}/{channel}"): ("admin_templates_put", "Save a template"),
    ("DELETE", "/v1/admin/templates/{event_type}/{channel}"): ("admin_templates_delete", "Delete a template"),
    ("POST", "/v1/admin/templates/{event_type}/{channel}/preview"): ("admin_templates_preview", "Preview a template"),
    ("GET", "/v1/admin/deliveries"): ("admin_deliveries_list", "List deliveries (the delivery log)"),
    ("GET", "/v1/admin/deliveries/{delivery_id}"): ("admin_deliveries_get", "Get a delivery with its attempts"),
    ("POST", "/v1/admin/deliveries/{delivery_id}/retry"): ("admin_deliveries_retry", "Retry a failed delivery"),
    ("POST", "/v1/admin/deliveries/retry"): ("admin_deliveries_retry_matching", "Retry failed deliveries in bulk"),
    ("GET", "/v1/admin/channels"): ("admin_channels_list", "List the channels"),
    ("GET", "/v1/admin/audit"): ("admin_audit_list", "List admin changes (the audit log)"),
    ("GET", "/v1/admin/outcomes"): ("admin_outcomes_get", "Outcomes per event type and channel"),
    ("GET", "/v1/unsubscribe/{token}"): ("unsubscribe_page", "Unsubscribe page (from an email)"),
    ("POST", "/v1/unsubscribe/{token}"): ("unsubscribe_one_click", "Unsubscribe in one click (RFC 8058)"),
    ("POST", "/v1/admin/channels/webpush/vapid"): ("admin_channels_webpush_vapid", "Generate the VAPID key pair"),
    ("GET", "/v1/webpush/public-key"): ("webpush_public_key", "Get the org's VAPID public key"),
    ("POST", "/v1/me/push-subscriptions"): ("me_push_subscriptions_add", "Subscribe this browser to push"),
    ("DELETE", "/v1/me/push-subscriptions"): ("me_push_subscriptions_remove", "Unsubscribe a browser from push"),
    ("GET", "/v1/admin/rules"): ("admin_rules_list", "List field-change rules"),
    ("GET", "/v1/admin/rules/{rule_id}"): ("admin_rules_get", "Get a field-change rule"),
    ("PUT", "/v1/admin/rules/{rule_id}"): ("admin_rules_put", "Create or replace a field-change rule"),
    ("DELETE", "/v1/admin/rules/{rule_id}"): ("admin_rules_delete", "Delete a field-change rule"),
    ("GET", "/v1/admin/callbacks"): ("admin_callbacks_get", "Get the CRM callback settings"),
    ("PUT", "/v1/admin/callbacks"): ("admin_callbacks_put", "Set the CRM callback URL and events"),
    ("POST", "/v1/notify"): ("notify_create", "Notify users by hand (email and webhook)"),
    ("POST", "/v1/me/notifications/{notification_id}/actions/{action}"): (
        "me_notifications_act",
        "Take an action a notification offers",
    ),
    ("GET", "/healthz"): ("ops_healthz", "Liveness probe"),
    ("GET", "/readyz"): ("ops_readyz", "Readiness probe"),
    ("GET", "/metrics"): ("ops_metrics", "Prometheus metrics"),
}

API_KEY = "ApiKey"
USER_TOKEN = "UserToken"
SECURITY_SCHEMES = {
    API_KEY: {
        "type": "http",
        "scheme": "bearer",
        "description": "An org API key, `Authorization: Bearer tsn_...`: server-to-server calls from the CRM.",
    },
    USER_TOKEN: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "A user token (HS256 JWT with `sub`, `org`, `exp`, signed with the org's signing secret).",
    },
}
# Every channel in the registry gets the same five admin routes (deliveries/channel_endpoints.py).
for _channel in CHANNELS:
    _base = f"/v1/admin/channels/{_channel}"
    OPERATIONS.update(
        {
            ("GET", _base): (f"admin_channels_{_channel}_get", f"Get the {_channel} channel"),
            ("PUT", _base): (f"admin_channels_{_channel}_put", f"Configure the {_channel} channel"),
            ("POST", f"{_base}/enable"): (f"admin_channels_{_channel}_enable", f"Enable {_channel}"),
            ("POST", f"{_base}/disable"): (f"admin_channels_{_channel}_disable", f"Disable {_channel}"),
            ("POST", f"{_base}/test"): (f"admin_channels_{_channel}_test", f"Send a test on {_channel}"),
        }
    )

# No API key or user token: health checks, signed unsubscribe links, and provider receipts (each
# checked with the provider's own signature).
PUBLIC = (
    "/healthz",
    "/readyz",
    "/metrics",
    "/v1/unsubscribe/{token}",
    "/v1/providers/twilio/{org}/status",
    "/v1/providers/whatsapp/{org}",
    "/v1/webpush/public-key",
)

ERROR_SCHEMAS: dict[str, Any] = {
    # Not "Error": generators name a local variable after the model, which would shadow its `error` field.
    "ErrorResponse": {
        "title": "ErrorResponse",
        "type": "object",
        "required": ["error"],
        "properties": {"error": {"$ref": "#/components/schemas/ErrorDetail"}},
    },
    "ErrorDetail": {
        "title": "ErrorDetail",
        "type": "object",
        "required": ["code", "message"],
        "properties": {
            "code": {"type": "string", "description": "stable, machine-readable", "examples": ["not_found"]},
            "message": {"type": "string", "description": "for people"},
            "field": {"type": "string", "description": "the offending field (422, 409)"},
            "details": {"type": "array", "items": {"$ref": "#/components/schemas/ErrorFieldDetail"}},
        },
    },
    "ErrorFieldDetail": {
        "title": "ErrorFieldDetail",
        "type": "object",
        "required": ["field", "message"],
        "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
    },
}
ERRORS = {
    "401": "Missing, invalid, expired or revoked credentials (`unauthorized`).",
    "404": "No such resource in this org (`not_found`); another org's resources are not found either.",
    "409": "The idempotency key was used for a different event (`idempotency_mismatch`).",
    "422": "Bad input (`validation_error`); `field` names the offending field and nothing changed.",
}


def operation_id(route: APIRoute) -> str:
    """FastAPI's `generate_unique_id_function`: the table's id, or a readable fallback."""
    method = sorted(route.methods or {"GET"})[0]
    known = OPERATIONS.get((method, route.path_format))
    if known:
        return known[0]
    words = [part for part in route.path_format.strip("/").split("/") if part and not part.startswith("{")]
    return "_".join([*(w.replace("-", "_") for w in words if w != "v1"), method.lower()])


def _timestamps(schema: Any) -> None:
    """`*_at` and `*_until` strings are ISO 8601 UTC timestamps: say so, so generators parse them."""
    if isinstance(schema, dict):
        for name, prop in (schema.get("properties") or {}).items():
            if name.endswith(("_at", "_until")):
                for variant in [prop, *prop.get("anyOf", [])]:
                    if variant.get("type") == "string":
                        variant.setdefault("format", "date-time")
        for value in schema.values():
            _timestamps(value)
    elif isinstance(schema, list):
        for item in schema:
            _timestamps(item)


def _errors(path: str, method: str, operation: dict[str, Any], *, public: bool) -> None:
    responses = operation.setdefault("responses", {})
    ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
    wanted = [] if public else ["401"]
    if "{" in path or path.startswith("/v1/admin"):
        wanted.append("404")
    if (method, path) == ("post", "/v1/events"):
        wanted.append("409")
    if "422" in responses or operation.get("requestBody") or operation.get("parameters"):
        wanted.append("422")
    for status in wanted:
        responses[status] = {"description": ERRORS[status], **copy.deepcopy(ref)}


def build(app: FastAPI) -> dict[str, Any]:
    spec = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
    )
    components = spec.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas.update(copy.deepcopy(ERROR_SCHEMAS))
    components["securitySchemes"] = SECURITY_SCHEMES
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            known = OPERATIONS.get((method.upper(), path))
            if known:
                operation["summary"] = known[1]
            public = path in PUBLIC
            if public:
                operation["security"] = []
            else:
                if path.startswith("/v1/me/"):
                    operation["security"] = [{USER_TOKEN: []}]
                elif path.startswith("/v1/admin/"):  # an API key, or the token of a user with the admin role
                    operation["security"] = [{API_KEY: []}, {USER_TOKEN: []}]
                else:
                    operation["security"] = [{API_KEY: []}]
            if path.startswith("/v1/"):
                _errors(path, method, operation, public=public)
    _timestamps(spec)
    return spec


def install(app: FastAPI) -> None:
    """Serve the document above at /openapi.json (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
