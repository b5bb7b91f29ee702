"""The delivery log and its retries, the audit log, outcomes, and the channels' settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from tocsin_client.calls import Call, adapter, body, model, query, seg
from tocsin_client.models import (
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


def list_deliveries(
    *,
    status: str | None = None,
    channel: str | None = None,
    event_type: str | None = None,
    user: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    cursor: str | None = None,
    limit: int | None = None,
) -> Call[DeliveryPage]:
    params = query(
        status=status, channel=channel, event_type=event_type, user=user,
        since=since, until=until, cursor=cursor, limit=limit,
    )  # fmt: skip
    return Call("GET", "/v1/admin/deliveries", model(DeliveryPage), params=params)


def get_delivery(delivery_id: int) -> Call[DeliveryDetailOut]:
    return Call("GET", f"/v1/admin/deliveries/{seg(delivery_id)}", model(DeliveryDetailOut))


def retry_delivery(delivery_id: int) -> Call[DeliveryOut]:
    return Call("POST", f"/v1/admin/deliveries/{seg(delivery_id)}/retry", model(DeliveryOut))


def retry_deliveries(matching: RetryFilter) -> Call[RetryResult]:
    return Call("POST", "/v1/admin/deliveries/retry", model(RetryResult), json=body(matching))


def list_audit(
    *, action: str | None = None, actor: str | None = None, target: str | None = None,
    cursor: str | None = None, limit: int | None = None,
) -> Call[AuditPage]:  # fmt: skip
    params = query(action=action, actor=actor, target=target, cursor=cursor, limit=limit)
    return Call("GET", "/v1/admin/audit", model(AuditPage), params=params)


def get_outcomes(since: datetime | None, until: datetime | None) -> Call[OutcomesOut]:
    return Call("GET", "/v1/admin/outcomes", model(OutcomesOut), params=query(since=since, until=until))


def list_channels() -> Call[list[ChannelSummary]]:
    return Call("GET", "/v1/admin/channels", adapter(list[ChannelSummary]))


def _channel(name: str) -> str:
    return f"/v1/admin/channels/{seg(name)}"


def get_channel(name: str, answer: type[BaseModel]) -> Call[Any]:
    return Call("GET", _channel(name), model(answer))


def put_channel(name: str, settings: BaseModel, answer: type[BaseModel]) -> Call[Any]:
    return Call("PUT", _channel(name), model(answer), json=body(settings))


def test_channel(name: str, test: BaseModel, answer: type[BaseModel]) -> Call[Any]:
    return Call("POST", _channel(name) + "/test", model(answer), json=body(test))


def enable_channel(name: str) -> Call[ChannelStateOut]:
    return Call("POST", _channel(name) + "/enable", model(ChannelStateOut))


def disable_channel(name: str) -> Call[ChannelStateOut]:
    return Call("POST", _channel(name) + "/disable", model(ChannelStateOut))


def generate_vapid_keys() -> Call[VapidOut]:
    return Call("POST", "/v1/admin/channels/webpush/vapid", model(VapidOut))
