"""Per-user webhooks: Microsoft Teams (Workflows, Adaptive Cards), Slack (Block Kit), RingCentral
(Glip cards) and generic JSON signed as Standard Webhooks."""

from __future__ import annotations

from tocsin.channels.base import ChannelAdmin, ChannelSpec
from tocsin.channels.webhook import channel, service
from tocsin.channels.webhook.schemas import WebhookChannelIn, WebhookChannelOut, WebhookTestIn, WebhookTestOut

WEBHOOK = ChannelSpec(
    name=channel.CHANNEL,
    address_name="webhook URL",
    address_flag="has_webhook",
    address=channel.address,
    forget=channel.forget,
    load_provider=channel.load_provider,
    admin=ChannelAdmin(
        settings_in=WebhookChannelIn,
        settings_out=WebhookChannelOut,
        test_in=WebhookTestIn,
        test_out=WebhookTestOut,
        secret_fields=("signing_secret",),
        get=service.get_settings,
        put=service.put_settings,
        load_test=service.load_config,
        send_test=service.send_test,
    ),
)
