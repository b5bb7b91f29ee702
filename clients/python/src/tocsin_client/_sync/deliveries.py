"""The delivery log and retries, the audit log, outcomes, and each channel's settings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from tocsin_client import calls
from tocsin_client._sync.paging import SyncPaging
from tocsin_client.models import (
    AuditEntryOut,
    AuditPage,
    ChannelStateOut,
    ChannelSummary,
    DeliveryDetailOut,
    DeliveryOut,
    DeliveryPage,
    OutcomesOut,
    RetryFilter,
    RetryResult,
    VapidOut,
)
from tocsin_client.ops import deliveries as ops

Body = Mapping[str, Any] | None


class SyncDeliveriesApi(SyncPaging):
    def list_deliveries(
        self,
        *,
        status: str | None = None,
        channel: str | None = None,
        event_type: str | None = None,
        user: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> DeliveryPage:
        """One page of the delivery log, newest first; pass `next_cursor` back as `cursor`."""
        return self.run(
            ops.list_deliveries(
                status=status, channel=channel, event_type=event_type, user=user,
                since=since, until=until, cursor=cursor, limit=limit,
            )
        )  # fmt: skip

    def iter_deliveries(
        self,
        *,
        status: str | None = None,
        channel: str | None = None,
        event_type: str | None = None,
        user: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> Iterator[DeliveryOut]:
        """Every delivery matching the filters, newest first, page after page."""
        filters: dict[str, Any] = {
            "status": status, "channel": channel, "event_type": event_type, "user": user,
            "since": since, "until": until, "limit": limit,
        }  # fmt: skip
        for item in self._pages(lambda cursor: ops.list_deliveries(**filters, cursor=cursor), None):
            yield item

    def get_delivery(self, delivery_id: int) -> DeliveryDetailOut:
        """One delivery with its attempts."""
        return self.run(ops.get_delivery(delivery_id))

    def retry_delivery(self, delivery_id: int) -> DeliveryOut:
        """Send a failed delivery again."""
        return self.run(ops.retry_delivery(delivery_id))

    def retry_deliveries(self, matching: RetryFilter | Body = None, /, **fields: Any) -> RetryResult:
        """Send again every failed delivery matching the filter (channel, event type, user, time range)."""
        return self.run(ops.retry_deliveries(calls.build(RetryFilter, matching, fields)))

    def list_audit(
        self, *, action: str | None = None, actor: str | None = None, target: str | None = None,
        cursor: str | None = None, limit: int | None = None,
    ) -> AuditPage:  # fmt: skip
        """One page of the audit log (admin changes), newest first."""
        return self.run(ops.list_audit(action=action, actor=actor, target=target, cursor=cursor, limit=limit))

    def iter_audit(
        self, *, action: str | None = None, actor: str | None = None, target: str | None = None,
        limit: int | None = None,
    ) -> Iterator[AuditEntryOut]:  # fmt: skip
        """Every audit entry matching the filters, page after page."""
        for item in self._pages(
            lambda cursor: ops.list_audit(action=action, actor=actor, target=target, cursor=cursor, limit=limit), None
        ):
            yield item

    def get_outcomes(self, *, since: datetime | None = None, until: datetime | None = None) -> OutcomesOut:
        """Sent, failed, read and acted counts per event type and channel over a time range."""
        return self.run(ops.get_outcomes(since, until))

    def list_channels(self) -> list[ChannelSummary]:
        """Every external channel: configured, enabled, held deliveries."""
        return self.run(ops.list_channels())

    def enable_channel(self, channel: str) -> ChannelStateOut:
        """Enable a channel (`email`, `sms`, `whatsapp`, `webhook`, `webpush`); held deliveries are released."""
        return self.run(ops.enable_channel(channel))

    def disable_channel(self, channel: str) -> ChannelStateOut:
        """Disable a channel: its deliveries are held until it is enabled again."""
        return self.run(ops.disable_channel(channel))

    def generate_vapid_keys(self) -> VapidOut:
        """Generate the org's VAPID key pair for browser push (the private key is never shown)."""
        return self.run(ops.generate_vapid_keys())
