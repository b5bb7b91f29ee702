"""Masks for secrets and personal addresses shown by the API or written to logs."""

from __future__ import annotations


def mask_email(value: str | None) -> str | None:
    if not value:
        return None
    local, _, domain = value.partition("@")
    head = local[:1] if local else ""
    return f"{head}***@{domain}" if domain else "***"


def mask_phone(value: str | None) -> str | None:
    if not value:
        return None
    return value[:3] + "*" * max(len(value) - 5, 0) + value[-2:]


def mask_url(value: str | None) -> str | None:
    if not value:
        return None
    scheme, sep, rest = value.partition("://")
    host = rest.split("/", 1)[0]
    return f"{scheme}{sep}{host}/***" if sep else "***"
