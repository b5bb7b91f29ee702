"""Whether an open stream's token still stands, from what the database says now. Pure."""

from __future__ import annotations


def still_valid(*, issued_at: int, secret_id: str, user: tuple[bool, int] | None, org_secret_id: str | None) -> bool:
    """A stream's token (issued at `issued_at`, verified with the secret named `secret_id`) against
    its user's state (`(usable, not_before)`, None when the user is gone) and the org's current
    secret (None when the org is gone): the same rules as a REST call's check, without the
    signature (it was checked at connect, and the secret it was checked with is still the org's)."""
    if user is None or org_secret_id is None:
        return False
    usable, not_before = user
    return usable and issued_at >= not_before and secret_id == org_secret_id
