"""Webhooks as every layer knows it: the user's webhook URL; on for every type, as the user's
delivery choice (email, webhook or both) decides instead of the routing cell."""

from __future__ import annotations

from tocsin.channels.declaration import EVERY_TYPE, ChannelDeclaration, RoutingDefault, UserAddress, mask_url

WEBHOOK = ChannelDeclaration(
    name="webhook",
    address=UserAddress(
        called="webhook URL",
        flag="has_webhook",
        field="webhook_url",
        column="webhook_url_enc",
        mask=mask_url,
        public_url=True,
    ),
    routing=RoutingDefault(on=EVERY_TYPE, overridable=False),
)
