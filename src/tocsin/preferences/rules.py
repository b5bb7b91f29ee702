"""How a user's own choice meets the admin's routing cell. Pure."""

from __future__ import annotations


def cell_on(*, admin_on: bool, overridable: bool, choice: bool | None) -> bool:
    """Whether a channel is on for one user and event type.

    The admin's cell decides, unless the admin lets users override it and this user has made a
    choice (`None`: no choice, the admin's default stands).
    """
    if overridable and choice is not None:
        return choice
    return admin_on
