"""Browser push: Web Push (RFC 8030) with VAPID (RFC 8292) and encrypted payloads (RFC 8291)."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.webpush import channel, service

WEBPUSH = ChannelSpec(
    name=channel.CHANNEL,
    address_name="push subscription",
    address_flag="has_webpush",
    load_addresses=channel.load_addresses,
    forget=channel.forget,
    load_provider=channel.load_provider,
    admin=settings.admin(
        channel.SETTINGS, get=service.get_settings, put=service.put_settings, send_test=service.send_test
    ),
)
