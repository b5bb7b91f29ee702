"""The outbox: what is to be sent to Tocsin, written in the same transaction as the change it reports."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

EVENT = "event"
USER = "user"
USER_DELETE = "user_delete"


class OutboxEntry(models.Model):
    """One event or user change for Tocsin. Written with the CRM's change (a rollback drops it),
    sent after commit; a retry resends the same payload with the same idempotency key, so Tocsin
    creates the event once however often it is sent."""

    KINDS = [(EVENT, "event"), (USER, "user"), (USER_DELETE, "user deletion")]

    kind = models.CharField(max_length=16, choices=KINDS)
    payload = models.JSONField()
    idempotency_key = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claim = models.CharField(max_length=32, blank=True, default="")
    sent_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    class Meta:
        db_table = "tocsin_outbox"
        ordering = ["id"]
        verbose_name = "Tocsin outbox entry"
        verbose_name_plural = "Tocsin outbox"
        indexes = [
            models.Index(fields=["sent_at", "failed_at", "next_attempt_at"], name="tocsin_outbox_due"),
            models.Index(fields=["claim"], name="tocsin_outbox_claim"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.idempotency_key}"
