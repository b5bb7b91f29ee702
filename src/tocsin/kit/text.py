"""What untrusted text may hold, and the base of every request body model.

NUL and the other C0 control characters have no meaning in a name, a template or a JSON value
a CRM sends; PostgreSQL refuses NUL in text and JSON outright, and SQLite would store it. A lone
surrogate (`"\\ud800"` is valid JSON) is not a character at all: it cannot be encoded as UTF-8, so
it fails wherever the text is written, sent or logged. So every string of every request body is
checked here, nested JSON included, and refused with a 422 naming the field, the same on both
databases: `Text` is the string type of every input schema, `OneLine` the one-line kind, and
`InputModel` (their base) checks the strings inside free JSON (`dict`, `list`, `Any` fields).
Tab, LF and CR stay allowed where text may span lines; `OneLine` fields (names, prefixes,
anything that may reach a mail header) refuse CR and LF too.

Free JSON (an event's `data`) is also bounded in size and depth: it is stored, rendered into
every inbox page that holds it and serialized on each read.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, field_validator

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029\x85]")

_T = TypeVar("_T")

JSON_MAX_BYTES = 64 * 1024
JSON_MAX_DEPTH = 32


def control_problem(value: str) -> str | None:
    """Why `value` cannot be taken as text, or None."""
    if "\x00" in value:
        return "must not contain NUL characters"
    if _CONTROL.search(value):
        return "must not contain control characters"
    if _SURROGATE.search(value):
        return "must not contain lone surrogates (not valid Unicode)"
    return None


def scrub(value: str) -> str:
    """Text from a signed provider call, made storable: each character `Text` would refuse is
    replaced by U+FFFD (the provider's message is kept, readable, on both databases)."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("\ufffd", value))


def check_text(value: _T) -> _T:
    """The check of `Text`; values other than strings (in a union such as `str | int`) pass."""
    if isinstance(value, str):
        problem = control_problem(value)
        if problem:
            raise ValueError(problem)
    return value


def _walk(value: Any, path: str, depth: int) -> None:
    """Raise ValueError naming the first bad string (or key) in `value`, and refuse nesting
    deeper than JSON_MAX_DEPTH. Iterative depth is bounded by the check itself."""
    if depth > JSON_MAX_DEPTH:
        raise ValueError(f"nested deeper than {JSON_MAX_DEPTH} levels")
    if isinstance(value, str):
        problem = control_problem(value)
        if problem:
            raise ValueError(f"{path}: {problem}" if path else problem)
    elif isinstance(value, dict):
        for key, item in value.items():
            name = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and control_problem(key):
                raise ValueError(f"{name!r}: a key {control_problem(key)}")
            _walk(item, name, depth + 1)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _walk(item, f"{path}[{i}]", depth + 1)


def check_clean(value: Any) -> Any:
    _walk(value, "", 0)
    return value


def check_json_blob(value: Any, *, max_bytes: int = JSON_MAX_BYTES) -> Any:
    """Free JSON: clean strings, at most JSON_MAX_DEPTH levels, at most `max_bytes` serialized."""
    _walk(value, "", 0)
    size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())
    if size > max_bytes:
        raise ValueError(f"is {size} bytes as JSON; at most {max_bytes}")
    return value


def _one_line(value: str | None) -> str | None:
    if value is not None and _LINE_BREAK.search(value):
        raise ValueError("must be one line (no line breaks)")
    return value


# The string types of request bodies; tests/guards walks every input model for a bare `str`.
Text = Annotated[str, AfterValidator(check_text)]
OneLine = Annotated[str, AfterValidator(check_text), AfterValidator(_one_line)]


class InputModel(BaseModel):
    """Base of request bodies: every string in every field, nested JSON included, is free of
    NUL, lone surrogates and control characters (tab and line breaks aside). String fields are
    declared `Text` or `OneLine`; this check covers the strings inside free JSON."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        if isinstance(value, BaseModel):
            return value  # a nested input model checks its own fields
        return check_clean(value)
