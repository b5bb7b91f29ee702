"""The SMS channel as the worker, the admin API and Twilio's status callbacks use it."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.sms import channel, endpoints, service
from tocsin.channels.sms.declaration import SMS

SPEC = ChannelSpec(
    SMS,
    load_provider=channel.load_provider,
    daily_cap=channel.daily_cap,
    admin=settings.admin(channel.SETTINGS, service),
    routers=(endpoints.router,),
)
