from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.factories import Factory
from tocsin.app import create_app
from tocsin.context import AppContext

Started = Callable[..., Any]


@pytest.fixture
def app_with(ctx: AppContext) -> Callable[..., Any]:
    """An app (TestClient and Factory) built with some settings changed: `with app_with(x=1) as (client, factory)`."""

    @contextmanager
    def start(**changes: Any) -> Iterator[tuple[TestClient, Factory]]:
        for name, value in changes.items():
            setattr(ctx.settings, name, value)
        with TestClient(create_app(ctx=ctx)) as client:
            yield client, Factory(ctx, client)

    return start
