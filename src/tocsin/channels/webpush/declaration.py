"""Browser push as every layer knows it: the user's browsers (subscriptions, a table of their
own), on for what asks for the user's attention now."""

from __future__ import annotations

from tocsin.channels.declaration import ChannelDeclaration, RoutingDefault, UserAddress

_NOW = frozenset(
    {
        "task_assigned",
        "lead_assigned",
        "deal_closed_won",
        "mention",
        "approval_requested",
        "sla_breached",
        "absence_requested",
    }
)

WEBPUSH = ChannelDeclaration(
    name="webpush",
    address=UserAddress(called="push subscription", flag="has_webpush"),
    routing=RoutingDefault(on=_NOW),
    lock_screen=True,
)
