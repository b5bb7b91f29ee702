"""The WhatsApp channel as the worker, the admin API and Meta's webhook use it."""

from __future__ import annotations

from tocsin.channels.package import spec_of
from tocsin.channels.whatsapp import channel, endpoints, service
from tocsin.channels.whatsapp.declaration import WHATSAPP

SPEC = spec_of(WHATSAPP, channel, service, routers=(endpoints.router,))
