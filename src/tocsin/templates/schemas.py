from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tocsin.kit.text import InputModel, OneLine, Text, check_json_blob


class TemplateIn(InputModel):
    """PUT /v1/admin/templates/{type}/{channel}: parts left out (or null) keep their current text."""

    model_config = ConfigDict(extra="forbid")

    subject: Text | None = Field(default=None, max_length=1000)
    body: Text | None = Field(default=None, max_length=50_000)
    html: Text | None = Field(default=None, max_length=200_000)


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


class PreviewEntity(InputModel):
    """The sample entity of a preview, shaped like an event's."""

    model_config = ConfigDict(extra="allow")

    type: OneLine | None = Field(default=None, max_length=64)
    id: OneLine | None = Field(default=None, max_length=200)
    name: OneLine | None = Field(default=None, max_length=500)
    url: Text | None = Field(default=None, max_length=2000)
    owner: OneLine | None = Field(default=None, max_length=150)

    @model_validator(mode="after")
    def _bounded_extras(self) -> PreviewEntity:
        if self.model_extra:
            check_json_blob(self.model_extra, max_bytes=16 * 1024)
        return self


class PreviewIn(InputModel):
    """Render unsaved sources (or the current template where left out) with sample data; `entity`,
    `actor` and `data` replace the samples."""

    model_config = ConfigDict(extra="forbid")

    subject: Text | None = Field(default=None, max_length=1000)
    body: Text | None = Field(default=None, max_length=50_000)
    html: Text | None = Field(default=None, max_length=200_000)
    entity: PreviewEntity | None = None
    actor: OneLine | None = Field(default=None, max_length=150)
    data: dict[str, Any] | None = None

    @field_validator("data")
    @classmethod
    def _bounded_data(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if value is None else check_json_blob(value)


class PreviewOut(BaseModel):
    """The rendered message; for SMS also how carriers count it: `encoding` (GSM-7 or UCS-2) and
    `segments` (GSM-7: 160 characters in one, 153 per part; UCS-2: 70, 67 per part)."""

    subject: str
    text: str
    html: str | None
    warnings: list[str]
    segments: int | None = None
    encoding: str | None = None
