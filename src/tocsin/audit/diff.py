"""What an admin change changed, as `{path: [old, new]}`, with secrets never shown (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# Field names that hold secrets, wherever they sit: channel settings (password, auth_token,
# access_token, app_secret, signing_secret), VAPID keys, API keys.
SECRET_NAME = re.compile(r"(password|secret|token|private_key|api_key)$", re.IGNORECASE)
SECRET = "(secret)"
SECRET_CHANGED = "(secret changed)"
MAX_VALUE_CHARS = 2000


def is_secret(name: str) -> bool:
    # verify_token is a shared string the admin types into Meta's console, not a credential,
    # but showing it gains nothing either: it is masked like the rest.
    return bool(SECRET_NAME.search(name))


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, Mapping) and value:
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else str(key), out)
    else:
        out[prefix] = value


def flatten(value: Mapping[str, Any] | None) -> dict[str, Any]:
    """`{"dnd": {"start": "20:00"}}` -> `{"dnd.start": "20:00"}`; lists stay whole."""
    out: dict[str, Any] = {}
    if value:
        _flatten(value, "", out)
    return out


def _shown(path: str, value: Any) -> Any:
    if any(is_secret(part) for part in path.split(".")):
        return SECRET if value not in (None, "") else None
    if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
        return value[:MAX_VALUE_CHARS] + "…"
    return value


def changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, *, secrets_changed: Iterable[str] = ()
) -> dict[str, list[Any]]:
    """Every leaf that differs between `before` and `after` (None: did not exist / was removed),
    each as `[old, new]`; secret values are replaced by a marker, and a secret named in
    `secrets_changed` (written by the request, whatever its mask looks like) shows as changed."""
    old, new = flatten(before), flatten(after)
    out: dict[str, list[Any]] = {}
    for path in sorted(old.keys() | new.keys()):
        a, b = old.get(path), new.get(path)
        if a != b:
            out[path] = [_shown(path, a), _shown(path, b)]
    for path in secrets_changed:
        was = old.get(path)
        out[path] = [SECRET if was not in (None, "") else None, SECRET_CHANGED]
    # A secret whose mask changed but which the request did not name still shows only markers.
    return {path: pair for path, pair in out.items() if pair[0] != pair[1] or path in secrets_changed}
