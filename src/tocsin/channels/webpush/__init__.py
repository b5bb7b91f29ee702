"""Browser push: Web Push (RFC 8030) with VAPID (RFC 8292) and encrypted payloads (RFC 8291)."""

from __future__ import annotations

from tocsin.channels.base import ChannelAdmin, ChannelSpec
from tocsin.channels.webpush import channel, service
from tocsin.channels.webpush.schemas import WebPushChannelIn, WebPushChannelOut, WebPushTestIn, WebPushTestOut

WEBPUSH = ChannelSpec(
    name=channel.CHANNEL,
    address_name="push subscription",
    address_flag="has_webpush",
    load_addresses=channel.load_addresses,
    forget=channel.forget,
    load_provider=channel.load_provider,
    admin=ChannelAdmin(
        settings_in=WebPushChannelIn,
        settings_out=WebPushChannelOut,
        test_in=WebPushTestIn,
        test_out=WebPushTestOut,
        secret_fields=(),
        get=service.get_settings,
        put=service.put_settings,
        load_test=service.load_config,
        send_test=service.send_test,
    ),
)
