from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from tocsin.kit.text import InputModel, Text


class WebhookChannelIn(InputModel):
    """PUT /v1/admin/channels/webhook. The first PUT configures the channel (and turns it on unless
    `enabled: false`), generating a signing secret. `signing_secret`: left out, or sent back masked,
    keeps the stored one; `null` generates a new one (shown in full once, in that answer); a
    `whsec_...` value sets it."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = None
    signing_secret: Text | None = Field(default="", max_length=200)
    configured: bool | None = Field(default=None, exclude=True)


class WebhookChannelOut(BaseModel):
    """`signing_secret` is masked, except in the answer that generated it (copy it then)."""

    enabled: bool
    configured: bool
    signing_secret: str | None
    signing_secret_created: bool = False  # this answer shows a new secret in full


class WebhookTestIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    url: HttpUrl
    kind: Literal["teams", "slack", "ringcentral", "generic"] | None = None


class WebhookTestOut(BaseModel):
    ok: bool
    provider: str
    kind: str | None = None
    status: int | None = None  # the receiver's HTTP status
    detail: str | None = None
    error: str | None = None
