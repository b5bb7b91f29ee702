"""Who is calling, once authenticated."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.orgs.models import Org
from tocsin.users.models import User


@dataclass(frozen=True, slots=True)
class UserPrincipal:
    org: Org
    user: User
    expires_at: int
    issued_at: int = 0  # the token's `iat` (0 if it has none)


@dataclass(frozen=True, slots=True)
class AdminPrincipal:
    """Who calls an admin route: an org API key, or a user whose roles include `admin` (own org only).

    `actor` is what the audit log records: `api_key:<key name>` or `user:<username>`."""

    org: Org
    actor: str
