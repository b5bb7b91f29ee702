"""A real `tocsin serve` on loopback, sharing the test database, for the client's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers import Proc, server_env, start_server
from tocsin.config import Settings


@pytest.fixture(scope="module")
def server(base_settings: Settings, _schema: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proc]:
    proc = start_server(server_env(base_settings), tmp_path_factory.mktemp("client") / "server.log")
    try:
        yield proc
    finally:
        proc.stop()
