from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tocsin.kit.text import InputModel, Text

CALLBACK_EVENTS = (
    "delivery.sent",
    "delivery.delivered",
    "delivery.failed",
    "notification.read",
    "notification.action",
)
CallbackEvent = Literal[
    "delivery.sent",
    "delivery.delivered",
    "delivery.failed",
    "notification.read",
    "notification.action",
]


class CallbacksIn(InputModel):
    """PUT /v1/admin/callbacks: fields left out keep their value; `url: null` turns callbacks off."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"url": "https://crm.example.com/tocsin/callbacks", "events": ["notification.action"]}]
        },
    )

    url: Text | None = Field(default=None, max_length=2000, pattern=r"^https?://[^\s/?#]+[^\s]*$")
    events: list[CallbackEvent] | None = Field(default=None, max_length=len(CALLBACK_EVENTS))
    signing_secret: Text | None = Field(
        default=None,
        min_length=10,
        max_length=200,
        description="`whsec_` + base64 of at least 24 random bytes; generated when the settings are first saved; "
        "a masked value sent back keeps the stored one",
    )


class CallbacksOut(BaseModel):
    url: str | None
    events: list[str]
    # Shown in full only in the answer that created it (generated or set); masked elsewhere.
    signing_secret: str | None
    signing_secret_set: bool
