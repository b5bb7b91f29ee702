"""Events, hand-written notices and the event history."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from datetime import datetime
from typing import Any

from tocsin_client import calls
from tocsin_client._async.paging import AsyncPaging
from tocsin_client.models import EventBatchResult, EventIn, EventResult, NotifyIn
from tocsin_client.names import EventDetail, EventPage, EventSummary
from tocsin_client.ops import events as ops


class AsyncEventsApi(AsyncPaging):
    async def send_event(self, event: EventIn | Mapping[str, Any] | None = None, /, **fields: Any) -> EventResult:
        """Send one event (an `EventIn`, a mapping, or its fields as keywords). Without an `idempotency_key`
        one is generated, so a retried request cannot create the event twice."""
        return await self.run(ops.send_event(calls.build(EventIn, event, fields)))

    async def send_events(self, events: Iterable[EventIn | Mapping[str, Any]]) -> EventBatchResult:
        """Send many events in one call; each gets an idempotency key if it has none. The answer holds one
        result per event, in order: an event the server refused is an `EventRefused`, the others are stored."""
        return await self.run(ops.send_events([calls.build(EventIn, e, {}) for e in events]))

    async def notify(self, notice: NotifyIn | Mapping[str, Any] | None = None, /, **fields: Any) -> EventResult:
        """Notify users by hand (`POST /v1/notify`: a title and message by email and webhook)."""
        return await self.run(ops.notify(calls.build(NotifyIn, notice, fields)))

    async def list_events(
        self,
        *,
        type: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> EventPage:
        """One page of the event history, newest first; pass `next_cursor` back as `cursor`."""
        return await self.run(
            ops.list_events(
                type=type, entity_type=entity_type, entity_id=entity_id, actor=actor, recipient=recipient,
                since=since, until=until, cursor=cursor, limit=limit,
            )
        )  # fmt: skip

    async def iter_events(
        self,
        *,
        type: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[EventSummary]:
        """Every event of the history matching the filters, newest first, page after page."""
        filters: dict[str, Any] = {
            "type": type, "entity_type": entity_type, "entity_id": entity_id, "actor": actor,
            "recipient": recipient, "since": since, "until": until, "limit": limit,
        }  # fmt: skip
        async for item in self._pages(lambda cursor: ops.list_events(**filters, cursor=cursor), None):
            yield item

    async def get_event(self, event_id: int) -> EventDetail:
        """One event with its recipients, notifications and deliveries."""
        return await self.run(ops.get_event(event_id))
