"""A channel package read as its `ChannelSpec`: the hooks its `channel.py` defines by name, its
`SettingsForm` (`channel.SETTINGS`) and the admin handlers of its `service.py`."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from fastapi import APIRouter

from tocsin.channels import settings
from tocsin.channels.base import ChannelSpec
from tocsin.channels.declaration import ChannelDeclaration

# The ChannelSpec fields a channel module may define, under the same names.
HOOKS = ("address", "load_addresses", "forget", "load_provider", "server_default", "daily_cap")


def spec_of(
    declaration: ChannelDeclaration,
    channel: ModuleType,
    service: settings.AdminService,
    *,
    routers: tuple[APIRouter, ...] = (),
) -> ChannelSpec:
    hooks: dict[str, Any] = {name: getattr(channel, name) for name in HOOKS if hasattr(channel, name)}
    return ChannelSpec(declaration, admin=settings.admin(channel.SETTINGS, service), routers=routers, **hooks)
