"""Browser push as the worker, the admin API and the browsers (subscriptions) use it."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.webpush import channel, endpoints, service
from tocsin.channels.webpush.declaration import WEBPUSH

SPEC = ChannelSpec(
    WEBPUSH,
    load_addresses=channel.load_addresses,
    forget=channel.forget,
    load_provider=channel.load_provider,
    admin=settings.admin(channel.SETTINGS, service),
    routers=(endpoints.admin_router, endpoints.router),
)
