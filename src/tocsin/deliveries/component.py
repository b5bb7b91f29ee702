"""How the deliveries package plugs into the app: its routes and what runs beside the server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from tocsin.context import AppContext


def install(app: FastAPI) -> None:
    """Add this package's routes to the app."""


@asynccontextmanager
async def running(app: FastAPI, ctx: AppContext) -> AsyncIterator[None]:
    """Start background parts for the server's lifetime."""
    yield
