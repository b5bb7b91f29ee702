from __future__ import annotations

from pathlib import Path

import pytest

from tests.deliveries.phone import twilio, whatsapp  # noqa: F401 (fixtures of the phone channels' tests)
from tocsin.config import Settings


@pytest.fixture
def settings(base_settings: Settings, tmp_path: Path) -> Settings:
    """The server's default provider is `file`: each test gets its own outbox folder."""
    return base_settings.model_copy(update={"email_outbox_dir": tmp_path / "outbox"})
