"""Delivery tests send through a real aiosmtpd server on loopback (tests/smtp.py): the server's
default email provider is SMTP to that sink; the worker's cycle is run directly, time comes from
the frozen clock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.deliveries.phone import twilio, whatsapp  # noqa: F401 (fixtures of the phone channels' tests)
from tests.deliveries.push import hooks, push  # noqa: F401 (fixtures of the push and webhook tests)
from tests.smtp import SmtpSink, email_through
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.deliveries.worker import CycleReport, Worker


@pytest.fixture
def sink(smtp_sink: Callable[..., SmtpSink]) -> SmtpSink:
    return smtp_sink()


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink) -> Settings:
    return email_through(sink, base_settings)


@pytest.fixture
def worker(ctx: AppContext) -> Worker:
    return Worker(ctx, worker_id="test-worker")


def cycle(worker: Worker) -> CycleReport:
    return asyncio.run(worker.cycle())


def deliveries(ctx: AppContext, **where: Any) -> list[Delivery]:
    with ctx.sessions() as session:
        stmt = select(Delivery).order_by(Delivery.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(Delivery, key) == value)
        return list(session.scalars(stmt))


def attempts(ctx: AppContext, delivery_id: int) -> list[DeliveryAttempt]:
    with ctx.sessions() as session:
        return list(
            session.scalars(
                select(DeliveryAttempt).where(DeliveryAttempt.delivery_id == delivery_id).order_by(DeliveryAttempt.id)
            )
        )


def status_counts(ctx: AppContext) -> dict[str, int]:
    with ctx.sessions() as session:
        rows = session.execute(select(Delivery.status, func.count()).group_by(Delivery.status))
        return {status: int(n) for status, n in rows}
