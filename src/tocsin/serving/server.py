"""Running the app under uvicorn for `tocsin serve`: token-free access logs, WebSocket pings, a
header-read deadline (serving/protocol.py), live streams closed at the start of a shutdown
rather than waited for, and the C allocator kept lean (serving/allocator.py)."""

from __future__ import annotations

import logging
import resource
import socket
from typing import Any

import uvicorn
from fastapi import FastAPI

from tocsin.config import Settings
from tocsin.kit import collector
from tocsin.realtime.lifespan import begin_shutdown
from tocsin.serving import allocator, live_socket
from tocsin.serving.logs import uvicorn_log_config
from tocsin.serving.protocol import with_header_timeout

log = logging.getLogger(__name__)


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, app: FastAPI) -> None:
        super().__init__(config)
        self._app = app
        self._trimmer = allocator.Trimmer()

    async def on_tick(self, counter: int) -> bool:
        # Every few seconds (a tick is 0.1 s): give back what a connect storm left in the heap.
        if counter % round(allocator.TRIM_CHECK_SECONDS * 10) == 0:
            self._trimmer.check(len(self.server_state.connections))
        return await super().on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # uvicorn waits for open responses before the lifespan ends; an event stream never ends
        # on its own, so end them first (WebSockets get 1012 from uvicorn as well).
        begin_shutdown(self._app)
        await super().shutdown(sockets=sockets)


def run(app: FastAPI, settings: Settings, *, host: str, port: int) -> None:
    raise_open_files()
    allocator.limit_arenas()
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        # Slow-header clients are dropped after this long instead of holding their sockets.
        http=with_header_timeout(settings.header_timeout_seconds),
        log_level=settings.log_level.lower(),
        # JSON logs: uvicorn's records go to the process's JSON handler, and the app writes the
        # access lines itself (with the route template and the request id).
        log_config=None if settings.log_format == "json" else uvicorn_log_config(settings.log_level),
        access_log=settings.log_format != "json",
        **connection_options(settings, app),
        # SIGTERM: open requests get this long; then the lifespan commits the queued writes.
        timeout_graceful_shutdown=max(1, round(settings.shutdown_grace_seconds)),
    )
    # What was loaded at start-up is moved out of the collector's reach, so full collections under
    # load scan only what requests made (measured: they were behind most of the ingestion
    # latency's long tail); see kit/collector.py.
    collector.settle()
    _Server(config, app).run()


def connection_options(settings: Settings, app: FastAPI) -> dict[str, Any]:
    """uvicorn's connection settings from ours (docs/realtime.md, "Capacity")."""
    ws: Any = live_socket.for_app(app) if settings.ws_implementation == "tocsin" else settings.ws_implementation
    return {
        # A storm of bells connecting at once waits in the backlog rather than in SYN retries
        # (1 s, 3 s, 7 s, ...); the kernel caps it at net.core.somaxconn and tcp_max_syn_backlog.
        "backlog": settings.listen_backlog,
        "limit_concurrency": settings.http_limit_concurrency or None,
        "ws": ws,
        # Measured: a deflate context per socket costs far more memory than the bell's small
        # messages would save on the wire.
        "ws_per_message_deflate": settings.ws_per_message_deflate,
        # Protocol-level pings detect dead peers; browsers answer them without any script.
        "ws_ping_interval": settings.ws_ping_seconds,
        "ws_ping_timeout": settings.ws_ping_timeout_seconds or settings.ws_ping_seconds,
        # Refused while reading: a frame over the limit is never buffered whole (1009).
        "ws_max_size": settings.ws_max_message_bytes,
    }


def raise_open_files() -> None:
    """Every socket is an open file: the soft limit (often 1,024) is raised to the hard one."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError):
            return
        log.info("open files limit raised from %d to %d", soft, hard)
