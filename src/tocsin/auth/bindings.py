"""The names the routes of lower packages ask for (`tocsin.callers`), bound to how `auth`
answers them; `create_app` installs them as FastAPI dependency overrides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tocsin import callers
from tocsin.auth import dependencies

BINDINGS: dict[Callable[..., Any], Callable[..., Any]] = {
    callers.admin_org_writing: dependencies.require_admin_org_writing,
    callers.admin_org_reading: dependencies.require_admin_org_reading,
    callers.admin_actor: dependencies.admin_actor,
    callers.api_org_reading: dependencies.require_org_reading,
    callers.api_key: dependencies.require_api_key,
}
