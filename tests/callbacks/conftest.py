from __future__ import annotations

import pytest

from tests.deliveries.conftest import sink, worker  # noqa: F401 (fixtures)
from tests.deliveries.phone import twilio, whatsapp  # noqa: F401 (fixtures of the phone channels)
from tests.smtp import SmtpSink, email_through
from tocsin.config import Settings


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink) -> Settings:  # noqa: F811
    # Email through the loopback SMTP sink; callbacks may go to the loopback CRM receiver.
    return email_through(sink, base_settings, outbound_allow_private=True)
