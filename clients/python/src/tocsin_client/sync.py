"""The synchronous client; `aio.py` is its asyncio twin with the same methods (a test keeps them in step)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import TracebackType
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
from tocsin_client.transport import SyncTransport


class Tocsin(SyncTransport):
    """Tocsin's server-to-server API with an org API key.

    with Tocsin("https://tocsin.example.com", api_key="tsn_...") as tocsin:
        tocsin.send_event(type="lead_assigned", actor="bob", entity={"owner": "jane"})
    """

    def __enter__(self) -> Tocsin:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def send_event(self, event: EventIn | None = None, /, **fields: Any) -> EventResult:
        """Send one event (an `EventIn`, or its fields as keywords). Without an `idempotency_key` one is generated,
        so a retried request cannot create the event twice."""
        return self.run(calls.send_event(event or EventIn(**fields)))

    def send_events(self, events: Iterable[EventIn | Mapping[str, Any]]) -> EventBatchResult:
        """Send many events in one call (all accepted or none); each gets an idempotency key if it has none."""
        return self.run(calls.send_events([e if isinstance(e, EventIn) else EventIn(**e) for e in events]))

    def put_user(self, username: str, user: calls.UserLike = None, /, **fields: Any) -> UserOut:
        """Create or update a user; fields left out keep their value, `None` clears one."""
        return self.run(calls.put_user(username, user if user is not None else UserIn(**fields)))

    def get_user(self, username: str) -> UserOut:
        """A user, addresses masked."""
        return self.run(calls.get_user(username))

    def delete_user(self, username: str) -> None:
        """Soft-delete a user: personal data erased, history kept."""
        return self.run(calls.delete_user(username))

    def user_token(self, username: str, *, ttl_seconds: int | None = None) -> TokenOut:
        """Mint a user token for the bell and the user's pages."""
        return self.run(calls.user_token(username, ttl_seconds))

    def get_preferences(self, username: str) -> PreferencesOut:
        """A user's preferences."""
        return self.run(calls.get_preferences(username))

    def put_preferences(self, username: str, prefs: calls.PreferencesLike = None, /, **fields: Any) -> PreferencesOut:
        """Change a user's preferences; cells left out keep their value."""
        return self.run(calls.put_preferences(username, prefs if prefs is not None else PreferencesIn(**fields)))

    def get_settings(self) -> OrgSettings:
        """The org's settings."""
        return self.run(calls.get_settings())

    def get_routing(self) -> RoutingOut:
        """The event x channel routing matrix."""
        return self.run(calls.get_routing())

    def list_event_types(self) -> list[EventTypeOut]:
        """Every event type of the org."""
        return self.run(calls.list_event_types())

    def get_event_type(self, key: str) -> EventTypeOut:
        """One event type."""
        return self.run(calls.get_event_type(key))

    def list_templates(self) -> list[TemplateSummary]:
        """The org's message templates."""
        return self.run(calls.list_templates())

    def get_template(self, event_type: str, channel: str, *, locale: str | None = None) -> TemplateOut:
        """The template a recipient with `locale` gets."""
        return self.run(calls.get_template(event_type, channel, locale))

    def get_email_channel(self) -> EmailChannelOut:
        """The email channel's settings, secrets masked."""
        return self.run(calls.get_email_channel())

    def list_deliveries(self, **filters: Unpack[calls.DeliveryFilters]) -> DeliveryPage:
        """One page of the delivery log, newest first; pass `next_cursor` back as `cursor`."""
        return self.run(calls.list_deliveries(filters))

    def get_delivery(self, delivery_id: int) -> DeliveryDetailOut:
        """One delivery with its attempts."""
        return self.run(calls.get_delivery(delivery_id))
