"""A typed Python client for Tocsin's HTTP API (sync and asyncio, over httpx and pydantic).

    from tocsin_client import Tocsin

    with Tocsin("https://tocsin.example.com", api_key="tsn_...") as tocsin:
        tocsin.put_user("jane", email="jane@example.com")
        tocsin.send_event(type="lead_assigned", actor="bob", entity={"type": "lead", "id": "42", "owner": "jane"})

Requests and answers are the API's schemas (`tocsin_client.models`, generated from the server's
OpenAPI document); errors are typed (`TocsinError` and its subclasses carry the API's `code`,
`message` and `field`); 429, 5xx and unreachable servers are retried (honouring `Retry-After`)
with the same idempotency key.
"""

from tocsin_client._version import __version__
from tocsin_client.aio import AsyncTocsin
from tocsin_client.calls import RetryPolicy
from tocsin_client.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TocsinConnectionError,
    TocsinError,
    ValidationError,
)
from tocsin_client.models import EntityIn, EventIn, PreferencesIn, UserIn
from tocsin_client.sync import Tocsin

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
    "__version__",
]
