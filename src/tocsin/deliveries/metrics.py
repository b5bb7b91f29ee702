"""Prometheus metrics of the delivery engine (process-wide, prometheus-client's default registry).

    tocsin_deliveries_total{channel, outcome}   sent | retry | failed | skipped | held | lost
    tocsin_delivery_send_seconds{channel}       time of one provider send
    tocsin_delivery_queue{status}               pending | deferred | held | sending rows
    tocsin_delivery_due                         rows due now and not yet claimed (the backlog)

Counters and the histogram count what this process did; the queue gauges are read from the
database when /metrics is scraped (or periodically by a `tocsin worker` serving its own port).
"""

from __future__ import annotations

from datetime import datetime

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from sqlalchemy.orm import Session

from tocsin.deliveries import repository

DELIVERIES = Counter("tocsin_deliveries", "Delivery outcomes, by channel", ["channel", "outcome"])
SEND_SECONDS = Histogram(
    "tocsin_delivery_send_seconds",
    "Duration of one provider send",
    ["channel"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
QUEUE = Gauge("tocsin_delivery_queue", "Deliveries waiting or in flight, by status", ["status"])
DUE = Gauge("tocsin_delivery_due", "Deliveries due now and not yet claimed by a worker")

CONTENT_TYPE = CONTENT_TYPE_LATEST


def count(channel: str, outcome: str, n: int = 1) -> None:
    if n:
        DELIVERIES.labels(channel=channel, outcome=outcome).inc(n)


def refresh_queue(session: Session, *, now: datetime) -> None:
    for status, n in repository.queue_depth(session).items():
        QUEUE.labels(status=status).set(n)
    DUE.set(repository.due_now(session, now=now))


def exposition() -> bytes:
    return generate_latest()
