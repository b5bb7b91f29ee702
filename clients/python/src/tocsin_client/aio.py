"""The asyncio client; `sync.py` is its synchronous twin with the same methods (a test keeps them in step)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Unpack

from tocsin_client import calls
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
from tocsin_client.transport import AsyncTransport


class AsyncTocsin(AsyncTransport):
    """Tocsin's server-to-server API with an org API key (asyncio).

    async with AsyncTocsin("https://tocsin.example.com", api_key="tsn_...") as tocsin:
        await tocsin.send_event(type="lead_assigned", actor="bob", entity={"owner": "jane"})
    """

    async def __aenter__(self) -> AsyncTocsin:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def send_event(self, event: EventIn | None = None, /, **fields: Any) -> EventResult:
        """Send one event (an `EventIn`, or its fields as keywords). Without an `idempotency_key` one is generated,
        so a retried request cannot create the event twice."""
        return await self.run(calls.send_event(event or EventIn(**fields)))

    async def send_events(self, events: Iterable[EventIn | Mapping[str, Any]]) -> EventBatchResult:
        """Send many events in one call (all accepted or none); each gets an idempotency key if it has none."""
        return await self.run(calls.send_events([e if isinstance(e, EventIn) else EventIn(**e) for e in events]))

    async def put_user(self, username: str, user: calls.UserLike = None, /, **fields: Any) -> UserOut:
        """Create or update a user; fields left out keep their value, `None` clears one."""
        return await self.run(calls.put_user(username, user if user is not None else UserIn(**fields)))

    async def get_user(self, username: str) -> UserOut:
        """A user, addresses masked."""
        return await self.run(calls.get_user(username))

    async def delete_user(self, username: str) -> None:
        """Soft-delete a user: personal data erased, history kept."""
        return await self.run(calls.delete_user(username))

    async def user_token(self, username: str, *, ttl_seconds: int | None = None) -> TokenOut:
        """Mint a user token for the bell and the user's pages."""
        return await self.run(calls.user_token(username, ttl_seconds))

    async def get_preferences(self, username: str) -> PreferencesOut:
        """A user's preferences."""
        return await self.run(calls.get_preferences(username))

    async def put_preferences(
        self, username: str, prefs: calls.PreferencesLike = None, /, **fields: Any
    ) -> PreferencesOut:
        """Change a user's preferences; cells left out keep their value."""
        return await self.run(calls.put_preferences(username, prefs if prefs is not None else PreferencesIn(**fields)))

    async def get_settings(self) -> OrgSettings:
        """The org's settings."""
        return await self.run(calls.get_settings())

    async def get_routing(self) -> RoutingOut:
        """The event x channel routing matrix."""
        return await self.run(calls.get_routing())

    async def list_event_types(self) -> list[EventTypeOut]:
        """Every event type of the org."""
        return await self.run(calls.list_event_types())

    async def get_event_type(self, key: str) -> EventTypeOut:
        """One event type."""
        return await self.run(calls.get_event_type(key))

    async def list_templates(self) -> list[TemplateSummary]:
        """The org's message templates."""
        return await self.run(calls.list_templates())

    async def get_template(self, event_type: str, channel: str, *, locale: str | None = None) -> TemplateOut:
        """The template a recipient with `locale` gets."""
        return await self.run(calls.get_template(event_type, channel, locale))

    async def get_email_channel(self) -> EmailChannelOut:
        """The email channel's settings, secrets masked."""
        return await self.run(calls.get_email_channel())

    async def list_deliveries(self, **filters: Unpack[calls.DeliveryFilters]) -> DeliveryPage:
        """One page of the delivery log, newest first; pass `next_cursor` back as `cursor`."""
        return await self.run(calls.list_deliveries(filters))

    async def get_delivery(self, delivery_id: int) -> DeliveryDetailOut:
        """One delivery with its attempts."""
        return await self.run(calls.get_delivery(delivery_id))
