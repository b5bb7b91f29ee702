"""Access logs without credentials: a credential in a logged URL's query string (`api_key=`,
`token=`, `signature=`, ...; the names are `observability.logs.SECRET_QUERY_NAMES`) is redacted."""

from __future__ import annotations

import logging
from typing import Any

from tocsin.observability.logs import SECRET_IN_QUERY


def redact(text: str) -> str:
    return SECRET_IN_QUERY.sub(r"\1[redacted]", text)


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def uvicorn_log_config(level: str) -> dict[str, Any]:
    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = {**LOGGING_CONFIG}
    config["filters"] = {"redact_tokens": {"()": "tocsin.serving.logs.RedactTokens"}}
    config["handlers"] = {
        name: {**handler, "filters": ["redact_tokens"]} for name, handler in LOGGING_CONFIG["handlers"].items()
    }
    config["loggers"] = {**LOGGING_CONFIG["loggers"]}
    config["loggers"]["uvicorn"] = {**config["loggers"]["uvicorn"], "level": level.upper()}
    return config
