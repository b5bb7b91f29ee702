"""Prometheus metrics of the live streams (prometheus-client's default registry, served by /metrics).

tocsin_realtime_connections             open WebSocket and SSE streams in this process
tocsin_realtime_overflows_total         streams closed because their client fell behind (4409)
tocsin_realtime_backplane_errors_total  failed Redis publishes and lost Redis subscriptions
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

CONNECTIONS = Gauge("tocsin_realtime_connections", "Open live streams (WebSocket and SSE) in this process")
OVERFLOWS = Counter("tocsin_realtime_overflows", "Live streams closed because their client fell behind")
BACKPLANE_ERRORS = Counter(
    "tocsin_realtime_backplane_errors", "Failed Redis publishes and lost Redis subscriptions", ["kind"]
)
