"""Email through SMTP, Resend or a local outbox folder."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.email import channel, service

EMAIL = ChannelSpec(
    name=channel.CHANNEL,
    address_name="email address",
    address_flag="has_email",
    address=channel.address,
    load_provider=channel.load_provider,
    server_default=channel.server_default,
    admin=settings.admin(
        channel.SETTINGS, get=service.get_settings, put=service.put_settings, send_test=service.send_test
    ),
)
