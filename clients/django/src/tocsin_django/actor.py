"""Who is making the changes being saved: the request's user (the middleware), or `acting_as(...)`."""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.http import HttpRequest, HttpResponse

_actor: contextvars.ContextVar[str | None] = contextvars.ContextVar("tocsin_actor", default=None)


def current() -> str | None:
    return _actor.get()


@contextmanager
def acting_as(username: str | None) -> Iterator[None]:
    """Saves inside the block are made by `username` (scripts, tasks, tests)."""
    token = _actor.set(username)
    try:
        yield
    finally:
        _actor.reset(token)


class ActorMiddleware:
    """Names the logged-in user as the actor of the changes a request saves.
    Place it after AuthenticationMiddleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user: Any = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return self.get_response(request)
        from tocsin_django.users import username_of

        with acting_as(username_of(user)):
            return self.get_response(request)
