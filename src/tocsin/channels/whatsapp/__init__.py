"""WhatsApp through the WhatsApp Business Cloud API (approved template messages)."""

from __future__ import annotations

from tocsin.channels.base import ChannelAdmin, ChannelSpec
from tocsin.channels.whatsapp import channel, service
from tocsin.channels.whatsapp.schemas import WhatsAppChannelIn, WhatsAppChannelOut, WhatsAppTestIn, WhatsAppTestOut

WHATSAPP = ChannelSpec(
    name=channel.CHANNEL,
    address_name="WhatsApp number",
    address_flag="has_whatsapp",
    address=channel.address,
    load_provider=channel.load_provider,
    admin=ChannelAdmin(
        settings_in=WhatsAppChannelIn,
        settings_out=WhatsAppChannelOut,
        test_in=WhatsAppTestIn,
        test_out=WhatsAppTestOut,
        secret_fields=("access_token", "app_secret"),
        get=service.get_settings,
        put=service.put_settings,
        load_test=service.load_config,
        send_test=service.send_test,
    ),
)
