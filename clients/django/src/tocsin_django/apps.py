from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.core.signals import request_started


class TocsinConfig(AppConfig):
    name = "tocsin_django"
    label = "tocsin_django"
    verbose_name = "Tocsin"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tocsin_django import conf, mapping, signals

        mapping.from_settings()
        if conf.raw()["SYNC_USERS"]:
            signals.connect_users()
        # The sender thread starts with the first request, not here: `migrate`, `shell` and the
        # other commands load the apps too and must not start sending.
        request_started.connect(_start_sender, dispatch_uid="tocsin:sender")


def _start_sender(**_: Any) -> None:
    from tocsin_django import worker

    worker.sender()
