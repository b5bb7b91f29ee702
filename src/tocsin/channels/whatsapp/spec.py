"""The WhatsApp channel as the worker, the admin API and Meta's webhook use it."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.whatsapp import channel, endpoints, service
from tocsin.channels.whatsapp.declaration import WHATSAPP

SPEC = ChannelSpec(
    WHATSAPP,
    load_provider=channel.load_provider,
    admin=settings.admin(channel.SETTINGS, service),
    routers=(endpoints.router,),
)
