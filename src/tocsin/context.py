"""The process-wide parts every request and job needs, built once from Settings."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tocsin.config import Settings
from tocsin.db.engine import make_engine, make_read_engine, make_sessionmaker
from tocsin.db.reader import Reader
from tocsin.db.writer import Writer
from tocsin.kit.breaker import BreakerPolicy, Breakers
from tocsin.kit.cache import VersionedCache
from tocsin.kit.clock import Clock, SystemClock
from tocsin.kit.secretbox import SecretBox
from tocsin.kit.token_cache import TokenCache
from tocsin.signals import Signals

# Threads outside the request pool that use connections, besides the writers: the real-time
# publisher's, and the delivery worker's (asyncio's default executor: min(32, CPUs + 4) threads).
BACKGROUND_THREADS = 1 + min(32, (os.cpu_count() or 1) + 4)


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    reads: sessionmaker[Session]  # read-only requests (see db.engine.make_read_engine)
    box: SecretBox
    writer: Writer  # the write queue requests hand their writes to (see db/writer.py)
    reader: Reader  # the read queue of the hottest reads (see db/reader.py)
    clock: Clock = field(default_factory=SystemClock)
    signals: Signals = field(default_factory=Signals)
    # Per-org configuration kept in memory, checked against the org's config version.
    cache: VersionedCache = field(default_factory=VersionedCache)
    # Providers' circuit breakers (failover between an org's providers), per process.
    breakers: Breakers = field(default_factory=Breakers)
    # The orgs and users whose user tokens this process has checked (auth/cached.py).
    tokens: TokenCache = field(default_factory=TokenCache)

    @classmethod
    def build(cls, settings: Settings, *, clock: Clock | None = None) -> AppContext:
        # Every request thread may hold one connection at a time (and never one while it waits
        # for a thread), plus the writer, the delivery worker's threads and the real-time
        # publisher: with room for all of them, a thread never waits for a connection.
        writers = 1 if settings.is_sqlite else settings.write_workers
        # The readers hold one each, only while a batch queries.
        connections = max(
            settings.db_pool_size + settings.db_max_overflow,
            settings.http_threads + BACKGROUND_THREADS + writers + settings.read_workers,
        )
        engine = make_engine(
            settings.database_url,
            pool_size=settings.db_pool_size,
            max_overflow=connections - settings.db_pool_size,
            pool_timeout_seconds=settings.db_pool_timeout_seconds,
        )
        sessions = make_sessionmaker(engine)
        reads = make_sessionmaker(
            make_read_engine(engine, connections=connections, pool_timeout_seconds=settings.db_pool_timeout_seconds)
        )
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            reads=reads,
            reader=Reader(
                reads,
                workers=settings.read_workers,
                queue_size=settings.read_queue_size,
                batch_size=settings.read_batch_size,
                wait_seconds=settings.read_wait_seconds,
                retry_after_seconds=settings.read_retry_after_seconds,
                # SQLite's reads (WAL) never wait for a lock; with Redis the rate limits would be
                # counted over the network, so then reads stay off the event loop.
                inline=settings.is_sqlite and not settings.redis_url,
            ),
            box=SecretBox(settings.effective_secret_key, previous=settings.secret_key_previous),
            writer=Writer(
                sessions,
                queue_size=settings.write_queue_size,
                batch_size=settings.write_batch_size,
                batch_wait_seconds=settings.write_batch_wait_seconds,
                retry_after_seconds=settings.write_retry_after_seconds,
                workers=writers,
            ),
            clock=clock or SystemClock(),
            breakers=Breakers(
                BreakerPolicy(
                    failures=settings.provider_breaker_failures,
                    cooldown_seconds=settings.provider_breaker_cooldown_seconds,
                )
            ),
        )

    def dispose(self) -> None:
        """Close every pooled connection (the main engine's and, on SQLite, the readers')."""
        reader = self.reads.kw["bind"]
        if reader is not self.engine and reader.url.get_backend_name() == "sqlite":
            reader.dispose()
        self.engine.dispose()
