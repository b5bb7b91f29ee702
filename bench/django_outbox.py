"""Figures for the Django integration: what tracking adds to a CRM's save (the outbox row written in
the save's transaction), and how fast the outbox drains into a real `tocsin serve`.

    .venv/bin/python -m bench.django_outbox [--leads 1000] [--wal]

The Django project is tests/django_project with its own SQLite database; Tocsin's database is a
fresh SQLite one. Prints the per-save times without and with tracking (each inside a transaction, as under
ATOMIC_REQUESTS, and in autocommit, where the outbox row is a second commit), then the drain's
rate (all the queued events sent in batches of 100).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.common import bench_settings, database, describe, make_org
from tests.servers import server_env, start_server
from tocsin.context import AppContext

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients" / "django" / "src"))


def _django(folder: Path, url: str, api_key: str, *, wal: bool) -> None:
    import django
    from django.conf import settings
    from django.core.management import call_command

    from tests.django_project import settings as project

    values = {k: getattr(project, k) for k in dir(project) if k.isupper() and k != "TOCSIN_MODELS"}
    tocsin = {"URL": url, "API_KEY": api_key, "MODELS": project.TOCSIN_MODELS, "SEND": "command"}
    databases = project.database(str(folder / "crm.sqlite3"))
    if wal:  # SQLite's write-ahead log: a commit appends to the log instead of journalling each page
        databases["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    settings.configure(**values, DATABASES=databases, TOCSIN=tocsin)
    django.setup()
    call_command("migrate", verbosity=0)


def _saves(n: int, owner: object, label: str, *, atomic: bool = True) -> None:
    from django.db import transaction

    from tests.django_project.crm.models import Lead
    from tocsin_django import acting_as

    samples = []
    with acting_as("bob"):
        for i in range(n):
            started = time.perf_counter()
            if atomic:  # as under ATOMIC_REQUESTS: the save and its outbox row commit together
                with transaction.atomic():
                    Lead.objects.create(name=f"Lead {i}", owner=owner, status="new")
            else:
                Lead.objects.create(name=f"Lead {i}", owner=owner, status="new")
            samples.append((time.perf_counter() - started) * 1000)
    print(f"save ({label}): {describe(samples)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=1000)
    parser.add_argument("--wal", action="store_true", help="the CRM's SQLite in WAL mode")
    args = parser.parse_args()
    n = args.leads
    with database("sqlite") as db_url, tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        settings = bench_settings(db_url)
        ctx = AppContext.build(settings)
        org = make_org(ctx)
        ctx.dispose()
        server = start_server(server_env(settings, TOCSIN_WORKER_ENABLED="false"), folder / "server.log")
        try:
            _django(folder, server.base_url, org.api_key, wal=args.wal)
            _run(n)
        finally:
            server.stop()


def _run(n: int) -> None:
    from django.contrib.auth import get_user_model

    from tocsin_django import client, mapping, outbox
    from tocsin_django.models import OutboxEntry

    users = get_user_model().objects
    jane = users.create_user("jane", email="jane@example.com")
    users.create_user("bob", email="bob@example.com")
    outbox.flush()
    mapping.untrack_all()
    _saves(n, jane, "not tracked, in a transaction")
    _saves(n, jane, "not tracked, autocommit", atomic=False)
    mapping.from_settings()
    _saves(n, jane, "tracked, in a transaction: one commit for the lead and its outbox row")
    _saves(n, jane, "tracked, autocommit: the outbox row commits on its own", atomic=False)
    queued = OutboxEntry.objects.filter(sent_at__isnull=True).count()
    started = time.perf_counter()
    result = outbox.flush()
    took = time.perf_counter() - started
    print(f"drain: {result.sent} events in {took:.2f} s ({result.sent / took:.0f} events/s), {queued} queued")
    client.close_all()


if __name__ == "__main__":
    main()
