"""Email through SMTP, Resend or a local outbox folder."""

from __future__ import annotations

from tocsin.channels.base import ChannelAdmin, ChannelSpec
from tocsin.channels.email import channel, service
from tocsin.channels.email.schemas import EmailChannelIn, EmailChannelOut, EmailTestIn, EmailTestOut

EMAIL = ChannelSpec(
    name=channel.CHANNEL,
    address_name="email address",
    address_flag="has_email",
    address=channel.address,
    load_provider=channel.load_provider,
    server_default=channel.server_default,
    admin=ChannelAdmin(
        settings_in=EmailChannelIn,
        settings_out=EmailChannelOut,
        test_in=EmailTestIn,
        test_out=EmailTestOut,
        secret_fields=("password",),
        get=service.get_settings,
        put=service.put_settings,
        load_test=service.load_config,
        send_test=service.send_test,
    ),
)
