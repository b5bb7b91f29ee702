"""Prometheus metrics of the live streams (prometheus-client's default registry, served by /metrics).

tocsin_realtime_connections             open WebSocket and SSE streams in this process
tocsin_realtime_overflows_total         streams closed because their client fell behind (4409)
tocsin_realtime_backplane_errors_total  failed Redis publishes and lost Redis subscriptions
tocsin_fanout_seconds                   a large fan-out (a broadcast) in this process: from its first
                                        batch handed to the fan-out to the last socket's write
tocsin_fanout_sockets_total             messages handed to sockets by those fan-outs
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

CONNECTIONS = Gauge("tocsin_realtime_connections", "Open live streams (WebSocket and SSE) in this process")
OVERFLOWS = Counter("tocsin_realtime_overflows", "Live streams closed because their client fell behind")
BACKPLANE_ERRORS = Counter(
    "tocsin_realtime_backplane_errors", "Failed Redis publishes and lost Redis subscriptions", ["kind"]
)
FANOUT_SECONDS = Histogram(
    "tocsin_fanout_seconds",
    "Large fan-outs (broadcasts) in this process: from the first batch offered to the last socket's write",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.5, 5.0, 10.0),
)
FANOUT_SOCKETS = Counter("tocsin_fanout_sockets", "Messages handed to sockets by large fan-outs in this process")
