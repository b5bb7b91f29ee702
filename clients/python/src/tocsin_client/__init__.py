"""A typed Python client for Tocsin's HTTP API (sync and asyncio, over httpx and pydantic).

    from tocsin_client import Tocsin

    with Tocsin("https://tocsin.example.com", api_key="tsn_...") as tocsin:
        tocsin.put_user("jane", email="jane@example.com")
        tocsin.send_event(type="lead_assigned", actor="bob", entity={"type": "lead", "id": "42", "owner": "jane"})

`Tocsin` and `AsyncTocsin` speak the server-to-server API (an org API key); `UserClient` and
`AsyncUserClient` the user-token API (one user's notifications, preferences and live stream).
Requests and answers are the API's schemas (`tocsin_client.models`, generated from the server's
OpenAPI document); errors are typed (`TocsinError` and its subclasses carry the API's `code`,
`message` and `field`, and bad input is a `ValidationError` whether the client or the server
found it); 429, 5xx and unreachable servers are retried (honouring `Retry-After`) with the same
idempotency key.
"""

from tocsin_client._async.client import AsyncTocsin
from tocsin_client._async.user import AsyncUserClient
from tocsin_client._sync.client import Tocsin
from tocsin_client._sync.user import UserClient
from tocsin_client._version import __version__
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
from tocsin_client.models import EntityIn, EventIn, NotifyIn, PreferencesIn, UserIn
from tocsin_client.names import BulkUserIn, BulkUserResult, BulkUsersResult, EventDetail, EventPage, EventSummary

__all__ = [
    "AsyncTocsin",
    "AsyncUserClient",
    "AuthenticationError",
    "BulkUserIn",
    "BulkUserResult",
    "BulkUsersResult",
    "ConflictError",
    "EntityIn",
    "EventDetail",
    "EventIn",
    "EventPage",
    "EventSummary",
    "NotFoundError",
    "NotifyIn",
    "PreferencesIn",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "Tocsin",
    "TocsinConnectionError",
    "TocsinError",
    "UserClient",
    "UserIn",
    "ValidationError",
    "__version__",
]
