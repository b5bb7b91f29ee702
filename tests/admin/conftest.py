"""Admin API tests: the delivery tests' loopback SMTP server and worker, and admin users."""

from __future__ import annotations

from tests.deliveries.conftest import settings, sink, worker  # noqa: F401 (fixtures)
from tests.factories import OrgHandle


def admin_headers(org: OrgHandle, username: str = "boss") -> dict[str, str]:
    """A user with the `admin` role in `org`, and the headers of their user token."""
    org.put_user(username, email=f"{username}@example.com", roles=["admin"])
    return org.user_headers(username)
