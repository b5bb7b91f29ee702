from __future__ import annotations

from django.conf import settings
from django.db import models


class Lead(models.Model):
    name = models.CharField(max_length=200)
    status = models.CharField(max_length=40, default="new")
    amount = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    def __str__(self) -> str:
        return self.name
