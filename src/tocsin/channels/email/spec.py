"""The email channel as the worker and the admin API use it."""

from __future__ import annotations

from tocsin.channels.email import channel, service
from tocsin.channels.email.declaration import EMAIL
from tocsin.channels.package import spec_of

SPEC = spec_of(EMAIL, channel, service)
