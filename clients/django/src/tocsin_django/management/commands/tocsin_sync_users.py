"""`manage.py tocsin_sync_users`: send every user to Tocsin now (a first install, or a repair)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tocsin_client import TocsinError
from tocsin_django import client as clients
from tocsin_django import users

BULK_MAX = 1000  # users in one PUT /v1/users


class Command(BaseCommand):
    help = "Create or update every user of the CRM in Tocsin (in bulk where the client offers put_users)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--inactive", action="store_true", help="include inactive users (sent as inactive)")

    def handle(self, *args: Any, batch_size: int, inactive: bool, **options: Any) -> None:
        found = get_user_model()._default_manager.order_by("pk")
        if not inactive:
            found = found.filter(is_active=True)
        self.tocsin = clients.get()
        self.bulk = hasattr(self.tocsin, "put_users")
        self.sent = self.refused = 0
        batch: list[dict[str, Any]] = []
        try:
            for user in found.iterator(chunk_size=min(batch_size, BULK_MAX)):
                batch.append(users.payload(user))
                if len(batch) >= min(batch_size, BULK_MAX):
                    self._send(batch)
                    batch = []
            if batch:
                self._send(batch)
        except TocsinError as exc:
            raise CommandError(f"Tocsin refused or could not be reached after {self.sent} user(s): {exc}") from exc
        self.stdout.write(f"{self.sent} user(s) sent to Tocsin, {self.refused} refused")

    def _send(self, batch: list[dict[str, Any]]) -> None:
        if self.bulk:
            try:
                answer = self.tocsin.put_users([{"username": p["username"], **p["user"]} for p in batch])
            except TocsinError as exc:
                if exc.status not in (404, 405):
                    raise
                self.bulk = False  # a server without bulk user sync: one call per user
            else:
                for row in answer.results:
                    if row.status == "refused":
                        self.stderr.write(f"refused {row.username}: {getattr(row, 'field', None)}")
                self.refused += answer.refused
                self.sent += len(batch) - answer.refused
                return
        for p in batch:
            self.tocsin.put_user(p["username"], p["user"])
        self.sent += len(batch)
