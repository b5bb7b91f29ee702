"""Webhooks as the worker and the admin API use them."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.webhook import channel, service
from tocsin.channels.webhook.declaration import WEBHOOK

SPEC = ChannelSpec(
    WEBHOOK,
    address=channel.address,
    forget=channel.forget,
    load_provider=channel.load_provider,
    admin=settings.admin(channel.SETTINGS, service),
)
