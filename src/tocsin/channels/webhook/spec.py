"""Webhooks as the worker and the admin API use them."""

from __future__ import annotations

from tocsin.channels.package import spec_of
from tocsin.channels.webhook import channel, service
from tocsin.channels.webhook.declaration import WEBHOOK

SPEC = spec_of(WEBHOOK, channel, service)
