"""Short names for the generated models of the bulk user sync (`PUT /v1/users`) and the event
history (`GET /v1/events`, `GET /v1/events/{id}`), as the client's methods and docs use them."""

from __future__ import annotations

from tocsin_client.models import EventDetailOut as EventDetail
from tocsin_client.models import EventPage, EventSummary
from tocsin_client.models import UserRowIn as BulkUserIn
from tocsin_client.models import UsersBulkResult as BulkUsersResult
from tocsin_client.models import UserSyncResult as BulkUserResult

# The most users one `PUT /v1/users` call takes (the client splits nothing: a longer list is a 422).
BULK_USERS_MAX = 1000

__all__ = [
    "BULK_USERS_MAX",
    "BulkUserIn",
    "BulkUserResult",
    "BulkUsersResult",
    "EventDetail",
    "EventPage",
    "EventSummary",
]
