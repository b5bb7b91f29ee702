"""Typed errors of the Tocsin client: each carries the API's `code`, `message` and `field`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pydantic


class TocsinError(Exception):
    """An answer that is not a success, or no answer at all."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str = "error",
        field: str | None = None,
        details: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}" if status else message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.details = details or []


class TocsinConnectionError(TocsinError):
    """The server could not be reached (after the retries)."""


class AuthenticationError(TocsinError):
    """401: a missing, invalid or revoked API key or token."""


class NotFoundError(TocsinError):
    """404: no such resource in this org (another org's resources are not found either)."""


class ConflictError(TocsinError):
    """409: e.g. `idempotency_mismatch`, a key already used for a different event."""


class ValidationError(TocsinError):
    """Bad input, found by the client before sending (`status` None) or by the server (422); `field`
    names the offending field, `message` says what is wrong, `details` lists every field at fault."""


class RateLimitedError(TocsinError):
    """429, after the retries."""


class ServerError(TocsinError):
    """5xx, after the retries."""


_BY_STATUS: dict[int, type[TocsinError]] = {
    401: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitedError,
}


def from_response(status: int, body: Any) -> TocsinError:
    """The typed error for an answer, from the API's `{"error": {"code", "message", "field"}}`."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        error = {"code": "http_error", "message": f"HTTP {status}"}
    kind = _BY_STATUS.get(status) or (ServerError if status >= 500 else TocsinError)
    details = error.get("details")
    return kind(
        str(error.get("message") or f"HTTP {status}"),
        status=status,
        code=str(error.get("code") or "http_error"),
        field=error.get("field") if isinstance(error.get("field"), str) else None,
        details=details if isinstance(details, list) else None,
    )


def from_pydantic(exc: pydantic.ValidationError) -> ValidationError:
    """The client's own `ValidationError` for input its models refused before anything was sent."""
    details = [
        {"field": ".".join(str(part) for part in error["loc"]) or "body", "message": error["msg"]}
        for error in exc.errors(include_url=False)
    ]
    first = details[0] if details else {"field": "body", "message": str(exc)}
    return ValidationError(
        f"{first['field']}: {first['message']}",
        code="validation_error",
        field=first["field"],
        details=details,
    )
