"""WhatsApp through the WhatsApp Business Cloud API (approved template messages)."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.whatsapp import channel, service

WHATSAPP = ChannelSpec(
    name=channel.CHANNEL,
    address_name="WhatsApp number",
    address_flag="has_whatsapp",
    address=channel.address,
    load_provider=channel.load_provider,
    admin=settings.admin(
        channel.SETTINGS, get=service.get_settings, put=service.put_settings, send_test=service.send_test
    ),
)
