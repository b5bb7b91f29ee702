"""SMS through Twilio's Messages API."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.sms import channel, service

SMS = ChannelSpec(
    name=channel.CHANNEL,
    address_name="phone number",
    address_flag="has_phone",
    address=channel.address,
    load_provider=channel.load_provider,
    daily_cap=channel.daily_cap,
    admin=settings.admin(
        channel.SETTINGS, get=service.get_settings, put=service.put_settings, send_test=service.send_test
    ),
)
