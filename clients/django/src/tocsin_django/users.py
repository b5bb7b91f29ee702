"""The CRM's users as Tocsin users: their username and the fields of PUT /v1/users/{username}."""

from __future__ import annotations

from typing import Any

from tocsin_django import conf


def username_of(user: Any) -> str:
    custom = conf.callable_option(conf.raw()["USERNAME"])
    return str(custom(user) if custom else user.get_username())


def default_fields(user: Any) -> dict[str, Any]:
    full_name = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return {
        "email": getattr(user, "email", None) or None,
        "display_name": (full_name or "").strip() or None,
        "active": bool(getattr(user, "is_active", True)),
    }


def fields_of(user: Any) -> dict[str, Any]:
    """What Tocsin keeps of `user`: TOCSIN["USER_FIELDS"](user), else email, display name, active."""
    custom = conf.callable_option(conf.raw()["USER_FIELDS"])
    return dict(custom(user)) if custom else default_fields(user)


def payload(user: Any) -> dict[str, Any]:
    return {"username": username_of(user), "user": fields_of(user)}
