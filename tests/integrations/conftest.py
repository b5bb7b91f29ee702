"""A real Django project (tests/django_project, its own SQLite database in a temp folder) in this
process, with the integration of clients/django, talking to a real `tocsin serve`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.servers import Proc, server_env, start_server
from tocsin.config import Settings
from tocsin.context import AppContext

ROOT = Path(__file__).resolve().parents[2]
# The integration is its own distribution (clients/django); the tests use its source.
sys.path.insert(0, str(ROOT / "clients" / "django" / "src"))


@pytest.fixture(scope="session")
def django_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Django configured once for the session (settings are process-wide), its tables migrated."""
    import django
    from django.conf import settings
    from django.core.management import call_command

    from tests.django_project import settings as project

    if not settings.configured:
        values = {k: getattr(project, k) for k in dir(project) if k.isupper() and k != "TOCSIN_MODELS"}
        path = tmp_path_factory.mktemp("django") / "crm.sqlite3"
        # TOCSIN's URL and key are set by each test, once its server is up.
        tocsin = {"URL": None, "API_KEY": None, "MODELS": project.TOCSIN_MODELS, "SEND": "command"}
        settings.configure(**values, DATABASES=project.database(str(path)), TOCSIN=tocsin)
        django.setup()
        call_command("migrate", verbosity=0)
    yield
    from django.db import connections

    connections.close_all()


@pytest.fixture
def crm(django_project: None, ctx: AppContext) -> Iterator[Any]:
    """The CRM's tables emptied, and after the test: the sender stopped, clients and connections
    closed, before Tocsin's tables are emptied (`ctx`'s clean-up comes after this one's)."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connections

    from tests.django_project.crm.models import Lead
    from tocsin_django import client, worker
    from tocsin_django.models import OutboxEntry

    yield Lead
    settings.TOCSIN = {**settings.TOCSIN, "SEND": "command"}  # the clean-up below must not start a sender
    worker.stop()
    client.close_all()
    Lead.objects.all().delete()
    get_user_model().objects.all().delete()
    OutboxEntry.objects.all().delete()
    cache.clear()
    connections.close_all()


@pytest.fixture(scope="module")
def server(base_settings: Settings, _schema: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proc]:
    """A real `tocsin serve` on loopback sharing the test database."""
    proc = start_server(server_env(base_settings), tmp_path_factory.mktemp("django") / "server.log")
    try:
        yield proc
    finally:
        proc.stop()
