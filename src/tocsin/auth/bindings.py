"""The names the routes of lower packages ask for (`tocsin.callers`), answered by `auth`:
`create_app` installs these answers on the app, where the names look them up per request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request

from tocsin.auth import dependencies
from tocsin.auth.service import AdminPrincipal
from tocsin.context import AppContext
from tocsin.orgs.models import Org


@dataclass(frozen=True, slots=True)
class AuthAnswers:
    """`tocsin.callers.Answers`, as `auth.dependencies` gives them."""

    def require_admin(self, request: Request, ctx: AppContext) -> AdminPrincipal:
        return dependencies.require_admin(request, ctx)

    def require_org_reading(self, request: Request, ctx: AppContext) -> Org:
        return dependencies.require_org_reading(request, ctx)

    async def require_api_key(self, request: Request) -> str:
        return await dependencies.require_api_key(request)


def install(app: FastAPI) -> None:
    answers: Any = AuthAnswers()
    app.state.auth = answers
