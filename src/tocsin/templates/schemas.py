from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class TemplateIn(BaseModel):
    """PUT /v1/admin/templates/{type}/{channel}: parts left out (or null) keep their current text."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(default=None, max_length=1000)
    body: str | None = Field(default=None, max_length=50_000)
    html: str | None = Field(default=None, max_length=200_000)


class TemplateOut(BaseModel):
    event_type: str
    channel: str
    locale: str  # the locale asked for
    resolved_locale: str | None  # the stored template that applies (None: the built-in one)
    source: Literal["custom", "builtin"]
    subject: str | None
    body: str
    html: str | None
    variables: list[str]
    warnings: list[str] = Field(default_factory=list)
    updated_at: str | None = None


class TemplateSummary(BaseModel):
    event_type: str
    channel: str
    locale: str
    updated_at: str


class PreviewIn(BaseModel):
    """Render unsaved sources (or the current template where left out) with sample data; `entity`,
    `actor` and `data` replace the samples."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(default=None, max_length=1000)
    body: str | None = Field(default=None, max_length=50_000)
    html: str | None = Field(default=None, max_length=200_000)
    entity: dict[str, Any] | None = None
    actor: str | None = Field(default=None, max_length=150)
    data: dict[str, Any] | None = None


class PreviewOut(BaseModel):
    """The rendered message; for SMS also how carriers count it: `encoding` (GSM-7 or UCS-2) and
    `segments` (GSM-7: 160 characters in one, 153 per part; UCS-2: 70, 67 per part)."""

    subject: str
    text: str
    html: str | None
    warnings: list[str]
    segments: int | None = None
    encoding: str | None = None
