"""What each client method sends and how its answer is read, shared by the sync and async clients.

A `Call` is plain data (method, path, body, query, parser), so both clients run the same requests
and only differ in how they wait. Request bodies are the API's own pydantic schemas.
"""

from __future__ import annotations

import email.utils
import random
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeAlias, TypedDict, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, TypeAdapter

from tocsin_client import errors
from tocsin_client.models import (
    DeliveryDetailOut,
    DeliveryPage,
    EmailChannelOut,
    EventBatchResult,
    EventIn,
    EventResult,
    EventTypeOut,
    OrgSettings,
    PreferencesIn,
    PreferencesOut,
    RoutingOut,
    TemplateOut,
    TemplateSummary,
    TokenOut,
    UserIn,
    UserOut,
)

T = TypeVar("T")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Call(Generic[T]):
    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    json: Any = None
    params: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of 429, 5xx and unreachable servers: `Retry-After` when the server gives one,
    else exponential backoff with jitter, capped. Each retry resends the same request, so an event
    keeps its idempotency key and is created at most once."""

    max_retries: int = 3
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 30.0

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None:
            after = retry_after(response.headers.get("retry-after"))
            if after is not None:
                return min(after, self.max_backoff_seconds)
        base = self.backoff_seconds * (2**attempt)
        return float(min(self.max_backoff_seconds, base * (0.5 + random.random() / 2)))


def retry_after(value: str | None) -> float | None:
    """`Retry-After` as seconds from now: delta-seconds or an HTTP date (RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def should_retry(response: httpx.Response) -> bool:
    return response.status_code in RETRY_STATUSES


def check(response: httpx.Response) -> httpx.Response:
    if response.is_success:
        return response
    try:
        body = response.json()
    except ValueError:
        body = None
    raise errors.from_response(response.status_code, body)


def model(kind: type[BaseModel]) -> Callable[[httpx.Response], Any]:
    return lambda response: kind.model_validate_json(check(response).content)


def adapter(kind: Any) -> Callable[[httpx.Response], Any]:
    parsed: TypeAdapter[Any] = TypeAdapter(kind)
    return lambda response: parsed.validate_json(check(response).content)


def no_content(response: httpx.Response) -> None:
    check(response)


def new_idempotency_key() -> str:
    return f"tocsin-client-{uuid.uuid4()}"


def _seg(value: str | int) -> str:
    return quote(str(value), safe="")


def _body(value: BaseModel | Mapping[str, Any]) -> Any:
    if isinstance(value, BaseModel):
        # Fields the caller did not set are left out: the API keeps their stored value.
        return value.model_dump(mode="json", exclude_unset=True)
    return dict(value)


# ---- events -------------------------------------------------------------------------------------


def with_key(event: EventIn) -> EventIn:
    """The event with an idempotency key, generated once when it has none (retries reuse it)."""
    if event.idempotency_key:
        return event
    return event.model_copy(update={"idempotency_key": new_idempotency_key()})


def send_event(event: EventIn) -> Call[EventResult]:
    event = with_key(event)
    return Call(
        "POST",
        "/v1/events",
        model(EventResult),
        json=event.model_dump(mode="json", exclude_none=True),
        headers={"Idempotency-Key": event.idempotency_key or ""},
    )


def send_events(events: list[EventIn]) -> Call[EventBatchResult]:
    # Each event is checked as an `EventIn`; the batch's own schema only bounds its length.
    body = {"events": [with_key(e).model_dump(mode="json", exclude_none=True) for e in events]}
    return Call("POST", "/v1/events/batch", model(EventBatchResult), json=body)


# ---- users and tokens ---------------------------------------------------------------------------


# What the clients' put methods take: the model, its fields as a mapping, or None (then keywords).
UserLike: TypeAlias = "UserIn | Mapping[str, Any] | None"
PreferencesLike: TypeAlias = "PreferencesIn | Mapping[str, Any] | None"


def put_user(username: str, user: UserIn | Mapping[str, Any]) -> Call[UserOut]:
    return Call("PUT", f"/v1/users/{_seg(username)}", model(UserOut), json=_body(user))


def get_user(username: str) -> Call[UserOut]:
    return Call("GET", f"/v1/users/{_seg(username)}", model(UserOut))


def delete_user(username: str) -> Call[None]:
    return Call("DELETE", f"/v1/users/{_seg(username)}", no_content)


def user_token(username: str, ttl_seconds: int | None) -> Call[TokenOut]:
    body = {"ttl_seconds": ttl_seconds} if ttl_seconds is not None else {}
    return Call("POST", f"/v1/users/{_seg(username)}/token", model(TokenOut), json=body)


def get_preferences(username: str) -> Call[PreferencesOut]:
    return Call("GET", f"/v1/users/{_seg(username)}/preferences", model(PreferencesOut))


def put_preferences(username: str, prefs: PreferencesIn | Mapping[str, Any]) -> Call[PreferencesOut]:
    return Call("PUT", f"/v1/users/{_seg(username)}/preferences", model(PreferencesOut), json=_body(prefs))


# ---- admin reads --------------------------------------------------------------------------------


def get_settings() -> Call[OrgSettings]:
    return Call("GET", "/v1/admin/settings", model(OrgSettings))


def get_routing() -> Call[RoutingOut]:
    return Call("GET", "/v1/admin/routing", model(RoutingOut))


def list_event_types() -> Call[list[EventTypeOut]]:
    return Call("GET", "/v1/admin/event-types", adapter(list[EventTypeOut]))


def get_event_type(key: str) -> Call[EventTypeOut]:
    return Call("GET", f"/v1/admin/event-types/{_seg(key)}", model(EventTypeOut))


def list_templates() -> Call[list[TemplateSummary]]:
    return Call("GET", "/v1/admin/templates", adapter(list[TemplateSummary]))


def get_template(event_type: str, channel: str, locale: str | None) -> Call[TemplateOut]:
    params = {"locale": locale} if locale else {}
    return Call("GET", f"/v1/admin/templates/{_seg(event_type)}/{_seg(channel)}", model(TemplateOut), params=params)


class DeliveryFilters(TypedDict, total=False):
    """The delivery log's filters; each left out (or None) does not filter."""

    status: str | None
    channel: str | None
    event_type: str | None
    user: str | None
    since: datetime | None
    until: datetime | None
    cursor: str | None
    limit: int | None


def list_deliveries(filters: DeliveryFilters) -> Call[DeliveryPage]:
    params = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in filters.items() if v is not None}
    return Call("GET", "/v1/admin/deliveries", model(DeliveryPage), params=params)


def get_delivery(delivery_id: int) -> Call[DeliveryDetailOut]:
    return Call("GET", f"/v1/admin/deliveries/{delivery_id}", model(DeliveryDetailOut))


def get_email_channel() -> Call[EmailChannelOut]:
    return Call("GET", "/v1/admin/channels/email", model(EmailChannelOut))
