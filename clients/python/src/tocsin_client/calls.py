"""What a client method sends and how its answer is read, shared by the sync and async clients.

A `Call` is plain data (method, path, body, query, parser), so both clients run the same requests
and only differ in how they wait; `ops/` holds one function per API operation returning its `Call`.
Request bodies are the API's schemas (`models.py`), checked here before anything is sent.
"""

from __future__ import annotations

import email.utils
import random
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
import pydantic
from pydantic import BaseModel, TypeAdapter

from tocsin_client import errors

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
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


def unreachable(exc: httpx.TransportError) -> errors.TocsinConnectionError:
    return errors.TocsinConnectionError(f"cannot reach Tocsin: {type(exc).__name__}: {exc}", code="unreachable")


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


def seg(value: str | int) -> str:
    """A path segment, escaped (a username may hold `@`, `+` or `.`)."""
    return quote(str(value), safe="")


def build(kind: type[M], value: BaseModel | Mapping[str, Any] | None, fields: Mapping[str, Any]) -> M:
    """The request model from a model, a mapping and/or keywords, validated here: bad input raises
    the client's `ValidationError` (with `field` and `message`) and nothing is sent."""
    if isinstance(value, kind) and not fields:
        return value
    given = value.model_dump(exclude_unset=True) if isinstance(value, BaseModel) else dict(value or {})
    try:
        return kind.model_validate({**given, **fields})
    except pydantic.ValidationError as exc:
        raise errors.from_pydantic(exc) from None


def body(value: BaseModel) -> Any:
    """A request body: the fields the caller set (the API keeps the stored value of the others)."""
    return value.model_dump(mode="json", exclude_unset=True)


def query(**params: Any) -> dict[str, Any]:
    """Query parameters: the ones given, timestamps as ISO 8601."""
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in params.items() if v is not None}
