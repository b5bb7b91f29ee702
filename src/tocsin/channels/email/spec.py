"""The email channel as the worker and the admin API use it."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.email import channel, service
from tocsin.channels.email.declaration import EMAIL

SPEC = ChannelSpec(
    EMAIL,
    load_provider=channel.load_provider,
    server_default=channel.server_default,
    admin=settings.admin(channel.SETTINGS, service),
)
