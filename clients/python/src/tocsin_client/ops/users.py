"""Users (one, or many at once), their tokens and their preferences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel

from tocsin_client.calls import Call, body, model, no_content, seg
from tocsin_client.errors import ValidationError
from tocsin_client.models import PreferencesIn, PreferencesOut, TokenOut, UserIn, UserOut
from tocsin_client.names import BULK_USERS_MAX, BulkUsersResult


def put_user(username: str, user: UserIn) -> Call[UserOut]:
    return Call("PUT", f"/v1/users/{seg(username)}", model(UserOut), json=body(user))


def put_users(users: Iterable[BaseModel | Mapping[str, Any]]) -> Call[BulkUsersResult]:
    # Rows are not validated here: the server refuses a bad row alone and stores the others.
    rows = [
        row.model_dump(mode="json", exclude_unset=True) if isinstance(row, BaseModel) else dict(row) for row in users
    ]
    if not 1 <= len(rows) <= BULK_USERS_MAX:
        raise ValidationError(
            f"users: from 1 to {BULK_USERS_MAX} users in one call, not {len(rows)}",
            code="validation_error",
            field="users",
        )
    return Call("PUT", "/v1/users", model(BulkUsersResult), json={"users": rows})


def get_user(username: str) -> Call[UserOut]:
    return Call("GET", f"/v1/users/{seg(username)}", model(UserOut))


def delete_user(username: str) -> Call[None]:
    return Call("DELETE", f"/v1/users/{seg(username)}", no_content)


def user_token(username: str, ttl_seconds: int | None) -> Call[TokenOut]:
    payload = {"ttl_seconds": ttl_seconds} if ttl_seconds is not None else {}
    return Call("POST", f"/v1/users/{seg(username)}/token", model(TokenOut), json=payload)


def revoke_user_tokens(username: str) -> Call[None]:
    return Call("POST", f"/v1/users/{seg(username)}/tokens/revoke", no_content)


def get_preferences(username: str) -> Call[PreferencesOut]:
    return Call("GET", f"/v1/users/{seg(username)}/preferences", model(PreferencesOut))


def put_preferences(username: str, prefs: PreferencesIn) -> Call[PreferencesOut]:
    return Call("PUT", f"/v1/users/{seg(username)}/preferences", model(PreferencesOut), json=body(prefs))
