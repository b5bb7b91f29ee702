"""Process logging: text for people, or JSON lines (`TOCSIN_LOG_FORMAT=json`) for collectors.

Both go through the standard `logging` module (every library's records included) and through
`scrub`, which blanks what must never reach a log even if a message carries it by mistake: API
keys, user tokens (JWTs), signing secrets, bearer credentials, credentials in URLs' query strings
(`api_key=`, `token=`, `signature=`, ...: `SECRET_QUERY_NAMES`), email addresses
and phone numbers. JSON lines carry the request id of the request they were written in.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

# Query-string parameters that carry a credential, whoever sends them (`?api_key=` from a client
# that cannot set headers, an SSE `token=`, a provider's `hub.verify_token=` or `signature=`).
SECRET_QUERY_NAMES = (
    "api_key",
    "apikey",
    "api-key",
    "key",
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "auth",
    "authorization",
    "secret",
    "client_secret",
    "signing_secret",
    "password",
    "passwd",
    "signature",
    "sig",
    "code",
    "hub.verify_token",
    "verify_token",
)
SECRET_IN_QUERY = re.compile(
    r"(?i)([?&](?:" + "|".join(re.escape(name) for name in SECRET_QUERY_NAMES) + r")=)[^&\s\"']+"
)

SCRUB = (
    (re.compile(r"(?i)\bbearer\s+[^\s\"',]+"), "Bearer [redacted]"),
    (SECRET_IN_QUERY, r"\1[redacted]"),
    (re.compile(r"\btsn_[A-Za-z0-9_\-]+"), "tsn_[redacted]"),
    (re.compile(r"\bwhsec_[A-Za-z0-9+/=_\-]+"), "whsec_[redacted]"),
    (re.compile(r"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+"), "[token]"),
    (re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"), "[email]"),
    (re.compile(r"\+[1-9][0-9 ()\-]{6,18}[0-9]"), "[phone]"),
)


def scrub(text: str) -> str:
    for pattern, replacement in SCRUB:
        text = pattern.sub(replacement, text)
    return text


def _scrub_values(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _scrub_values(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub_values(v) for v in value]
    return value


def scrub_event(_logger: Any, _method: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: the last step before rendering, after exceptions became text."""
    return {key: _scrub_values(value) for key, value in event.items()}


class ScrubText(logging.Formatter):
    """The text format, scrubbed the same way (the message, and any traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


SHARED: list[Any] = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True, key="time"),
]


def json_formatter() -> logging.Formatter:
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=SHARED,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            scrub_event,
            structlog.processors.JSONRenderer(),
        ],
    )


def configure(*, level: str, fmt: str) -> None:
    """Send every log record to stderr, as text or as one JSON object per line."""
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(json_formatter())
    else:
        handler.setFormatter(ScrubText("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # httpx logs every request's full URL at INFO: users' webhook URLs carry their secret in the
    # path and push endpoints are capability URLs, so only its warnings are kept.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    # Alembic's INFO lines name revisions by id, which is not their order, and repeat "Context impl"
    # on every revision check: Tocsin logs each migration step itself (db/migrate.py).
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    structlog.configure(
        processors=[*SHARED, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
