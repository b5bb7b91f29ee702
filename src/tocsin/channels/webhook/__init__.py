"""Per-user webhooks: Microsoft Teams (Workflows, Adaptive Cards), Slack (Block Kit), RingCentral
(Glip cards) and generic JSON signed as Standard Webhooks."""

from __future__ import annotations

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.webhook import channel, service

WEBHOOK = ChannelSpec(
    name=channel.CHANNEL,
    address_name="webhook URL",
    address_flag="has_webhook",
    address=channel.address,
    forget=channel.forget,
    load_provider=channel.load_provider,
    admin=settings.admin(
        channel.SETTINGS, get=service.get_settings, put=service.put_settings, send_test=service.send_test
    ),
)
