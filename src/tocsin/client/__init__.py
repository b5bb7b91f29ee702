"""A typed Python client for Tocsin's server-to-server API (sync and asyncio, over httpx).

    from tocsin.client import Tocsin

    with Tocsin("https://tocsin.example.com", api_key="tsn_...") as tocsin:
        tocsin.put_user("jane", email="jane@example.com")
        tocsin.send_event(type="lead_assigned", actor="bob", entity={"type": "lead", "id": "42", "owner": "jane"})

Requests and answers are the API's own pydantic schemas; errors are typed (`TocsinError` and its
subclasses carry the API's `code`, `message` and `field`); 429, 5xx and unreachable servers are
retried (honouring `Retry-After`) with the same idempotency key. Importing it loads neither the
web framework nor the database layer.
"""

from tocsin.client.aio import AsyncTocsin
from tocsin.client.calls import RetryPolicy
from tocsin.client.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TocsinConnectionError,
    TocsinError,
    ValidationError,
)
from tocsin.client.sync import Tocsin
from tocsin.events.schemas import EntityIn, EventIn
from tocsin.preferences.schemas import PreferencesIn
from tocsin.users.schemas import UserIn

__all__ = [
    "AsyncTocsin",
    "AuthenticationError",
    "ConflictError",
    "EntityIn",
    "EventIn",
    "NotFoundError",
    "PreferencesIn",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "Tocsin",
    "TocsinConnectionError",
    "TocsinError",
    "UserIn",
    "ValidationError",
]
