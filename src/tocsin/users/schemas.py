from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

import phonenumbers
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    HttpUrl,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from tocsin.kit.addresses import EmailAddress
from tocsin.kit.text import InputModel, OneLine, Text
from tocsin.kit.tz import validate_timezone

WebhookKind = Literal["teams", "slack", "ringcentral", "generic"]
DeliveryChoice = Literal["email", "webhook", "both", "none"]
USERNAME_PATTERN = r"^[A-Za-z0-9_.@+-]{1,150}$"


def normalize_phone(value: str) -> str:
    """E.164 or a clear error; numbers must carry their country code (+...)."""
    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError("not a phone number in international format (+<country code><number>)") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError("not a valid phone number")
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


PhoneNumber = Annotated[Text, AfterValidator(normalize_phone)]  # in E.164 once validated


class UserIn(InputModel):
    """PUT /v1/users/{username}: creates or updates; fields left out keep their value, null clears."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"email": "jane@example.com", "timezone": "Europe/London", "manager": "max", "locale": "en"}]
        },
    )

    email: EmailAddress | None = None
    phone: Text | None = None
    whatsapp: Text | None = None
    display_name: OneLine | None = Field(default=None, max_length=200)
    timezone: Text | None = None
    locale: Text | None = Field(default=None, max_length=20, pattern=r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")
    manager: Text | None = Field(default=None, pattern=USERNAME_PATTERN)
    webhook_url: HttpUrl | None = None
    webhook_kind: WebhookKind | None = None
    delivery_choice: DeliveryChoice | None = None
    roles: list[Annotated[OneLine, Field(min_length=1, max_length=64)]] | None = Field(default=None, max_length=100)
    active: bool | None = None

    @field_validator("phone", "whatsapp")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        return None if value is None else normalize_phone(value)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str | None) -> str | None:
        return None if value is None else validate_timezone(value)


class UserOut(BaseModel):
    """A user as the API shows it: addresses masked (they are personal data, kept encrypted)."""

    username: str
    email: str | None
    phone: str | None
    whatsapp: str | None
    display_name: str | None
    timezone: str
    locale: str
    manager: str | None
    webhook_url: str | None
    webhook_kind: str | None
    delivery_choice: str
    roles: list[str]
    active: bool
    created_at: str
    updated_at: str


class TokenIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    ttl_seconds: int | None = Field(default=None, ge=60, le=30 * 24 * 3600)


class TokenOut(BaseModel):
    token: str
    expires_at: str


# -- bulk sync (PUT /v1/users) -------------------------------------------------------------------

BULK_MAX = 1000


class UserRowIn(UserIn):
    """One user of a bulk sync: the same fields and rules as `PUT /v1/users/{username}`, with the
    username in the row."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"username": "jane", "locale": "en"}]})

    username: str = Field(pattern=USERNAME_PATTERN, description="the CRM's username")

    def given(self) -> dict[str, object]:
        """The fields the row set (left out: kept; null: cleared), without the username."""
        out = self.model_dump(exclude_unset=True)
        out.pop("username", None)
        return out


@dataclass(frozen=True, slots=True)
class RowRefusal:
    """Why one row of a bulk sync was refused before anything was written: its own field."""

    username: str | None
    field: str
    reason: str


def _one_row(value: Any, _handler: ValidatorFunctionWrapHandler) -> UserRowIn | RowRefusal:
    """Each row is validated on its own, so one bad row is refused alone."""
    if isinstance(value, UserRowIn | RowRefusal):
        return value
    name = value.get("username") if isinstance(value, dict) else None
    username = name if isinstance(name, str) else None
    if not isinstance(value, dict):
        return RowRefusal(username, "username", "each user is an object with a username")
    try:
        return UserRowIn.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        return RowRefusal(username, str(loc[0]) if loc else "username", str(first["msg"]))


class _DescribedAsUserRow:
    """The OpenAPI document shows a row as a UserRowIn (a refusal only comes of validating one)."""

    @staticmethod
    def __get_pydantic_json_schema__(_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return handler(UserRowIn.__pydantic_core_schema__)


UserRow = Annotated[UserRowIn | RowRefusal, WrapValidator(_one_row), _DescribedAsUserRow()]


class UsersBulkIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    users: list[UserRow] = Field(
        min_length=1,
        max_length=BULK_MAX,
        description=f"1 to {BULK_MAX} users, each created or updated as `PUT /v1/users/{{username}}` would; "
        "a row that fails validation is answered `refused` with its field and changes nothing",
    )


SyncStatus = Literal["created", "updated", "unchanged", "refused"]


class UserSyncResult(BaseModel):
    username: str | None
    status: SyncStatus
    field: str | None = None
    reason: str | None = None


class UsersBulkResult(BaseModel):
    # One per row, in the request's order.
    results: list[UserSyncResult]
    created: int
    updated: int
    unchanged: int
    refused: int
