"""The SMS channel as the worker, the admin API and Twilio's status callbacks use it."""

from __future__ import annotations

from tocsin.channels.package import spec_of
from tocsin.channels.sms import channel, endpoints, service
from tocsin.channels.sms.declaration import SMS

SPEC = spec_of(SMS, channel, service, routers=(endpoints.router,))
