"""`manage.py tocsin_sync_users`: send every user to Tocsin now (a first install, or a repair)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tocsin_client import TocsinError
from tocsin_django import client as clients
from tocsin_django import users


class Command(BaseCommand):
    help = "Create or update every user of the CRM in Tocsin (in bulk where the client offers put_users)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--inactive", action="store_true", help="include inactive users (sent as inactive)")

    def handle(self, *args: Any, batch_size: int, inactive: bool, **options: Any) -> None:
        found = get_user_model()._default_manager.order_by("pk")
        if not inactive:
            found = found.filter(is_active=True)
        tocsin = clients.get()
        bulk = getattr(tocsin, "put_users", None)
        total = 0
        batch: list[dict[str, Any]] = []
        try:
            for user in found.iterator(chunk_size=batch_size):
                batch.append(users.payload(user))
                if len(batch) >= batch_size:
                    total += self._send(tocsin, bulk, batch)
                    batch = []
            if batch:
                total += self._send(tocsin, bulk, batch)
        except TocsinError as exc:
            raise CommandError(f"Tocsin refused or could not be reached after {total} user(s): {exc}") from exc
        self.stdout.write(f"{total} user(s) sent to Tocsin")

    def _send(self, tocsin: Any, bulk: Any, batch: list[dict[str, Any]]) -> int:
        if bulk is not None:
            bulk([{"username": p["username"], **p["user"]} for p in batch])
        else:
            for p in batch:
                tocsin.put_user(p["username"], p["user"])
        return len(batch)
