"""Browser push as the worker, the admin API and the browsers (subscriptions) use it."""

from __future__ import annotations

from tocsin.channels.package import spec_of
from tocsin.channels.webpush import channel, endpoints, service
from tocsin.channels.webpush.declaration import WEBPUSH

SPEC = spec_of(WEBPUSH, channel, service, routers=(endpoints.admin_router, endpoints.router))
