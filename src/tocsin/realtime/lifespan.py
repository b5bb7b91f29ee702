"""What the real-time package runs beside the server: the hub, the backplane and the publisher."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from tocsin.context import AppContext
from tocsin.realtime import live
from tocsin.realtime.backplane import build_backplane
from tocsin.realtime.fanout import Fanout
from tocsin.realtime.hub import CLOSE_RESTART, Hub
from tocsin.realtime.publisher import Publisher
from tocsin.realtime.watch import TokenWatcher


@asynccontextmanager
async def running(app: FastAPI, ctx: AppContext) -> AsyncIterator[None]:
    """The hub, the backplane (memory, or Redis when configured), the fan-out to this process's
    connections, the post-commit publisher and the watcher of the open streams' tokens."""
    settings = ctx.settings
    hub = Hub(queue_size=settings.ws_queue_size, on_revoked=lambda notice: ctx.tokens.forget_org(notice.org_id))
    backplane = build_backplane(
        settings.redis_url,
        channel_prefix=settings.redis_channel_prefix,
        reconnect_max_seconds=settings.redis_reconnect_max_seconds,
        ping_seconds=settings.ws_ping_seconds,
    )
    reads = ctx.reads
    fanout = Fanout(hub)
    publisher = Publisher(sessions=reads, hub=hub, backplane=backplane, fanout=fanout)
    watcher = TokenWatcher(ctx=ctx, sessions=reads, hub=hub, every_seconds=settings.stream_token_check_seconds)
    fanout.start()
    publisher.start()
    watcher.start()
    await backplane.start(deliver=fanout.deliver, resumed=publisher.resync)
    ctx.signals.on_notifications_created(publisher.notifications_created)
    ctx.signals.on_notifications_read(publisher.notifications_read)
    ctx.signals.on_tokens_revoked(publisher.tokens_revoked)
    app.state.realtime = live.Realtime(ctx=ctx, reads=reads, hub=hub, backplane=backplane)
    try:
        yield
    finally:
        app.state.realtime = None
        hub.close_all(CLOSE_RESTART, "server stopping")
        await watcher.stop()
        await publisher.stop()
        await backplane.stop()
        await fanout.stop()


def begin_shutdown(app: FastAPI) -> None:
    """Close every live stream now (1012: reconnect elsewhere or later), before the server waits
    for open responses to finish: an SSE response would otherwise never finish."""
    rt = live.of(app)
    if rt is not None:
        rt.hub.close_all(CLOSE_RESTART, "server restarting")
