"""The process-wide parts every request and job needs, built once from Settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tocsin.config import Settings
from tocsin.db.engine import make_engine, make_read_engine, make_sessionmaker
from tocsin.kit.clock import Clock, SystemClock
from tocsin.kit.secretbox import SecretBox
from tocsin.signals import Signals


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    reads: sessionmaker[Session]  # read-only requests (see db.engine.make_read_engine)
    box: SecretBox
    clock: Clock = field(default_factory=SystemClock)
    signals: Signals = field(default_factory=Signals)

    @classmethod
    def build(cls, settings: Settings, *, clock: Clock | None = None) -> AppContext:
        engine = make_engine(
            settings.database_url, pool_size=settings.db_pool_size, max_overflow=settings.db_max_overflow
        )
        return cls(
            settings=settings,
            engine=engine,
            sessions=make_sessionmaker(engine),
            reads=make_sessionmaker(make_read_engine(engine)),
            box=SecretBox(settings.effective_secret_key, previous=settings.secret_key_previous),
            clock=clock or SystemClock(),
        )

    def dispose(self) -> None:
        """Close every pooled connection (the main engine's and, on SQLite, the readers')."""
        reader = self.reads.kw["bind"]
        if reader is not self.engine and reader.url.get_backend_name() == "sqlite":
            reader.dispose()
        self.engine.dispose()
