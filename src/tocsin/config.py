"""Server configuration: one Settings object, read from TOCSIN_* environment variables.

For container secrets, any setting can also come from a file: `TOCSIN_<NAME>_FILE=/path` (the
file's content, trailing newline removed), or a file named `tocsin_<name>` in the folder
`TOCSIN_SECRETS_DIR` (e.g. `/run/secrets`). A plain variable wins over its `_FILE`, which wins
over the secrets folder.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from limits import parse_many
from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SecretsSettingsSource,
    SettingsConfigDict,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "dev"}
PREFIX = "TOCSIN_"


class FileVariables(PydanticBaseSettingsSource):
    """`TOCSIN_<NAME>_FILE`: the setting's value is the content of that file."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        variable = f"{PREFIX}{field_name.upper()}_FILE"
        path = os.environ.get(variable)
        if not path:
            return None, field_name, False
        try:
            # Under the first name a field reads (its TOCSIN_ alias where it has DevSphere's too),
            # so that this source outranks the secrets folder's value given under that name.
            alias = field.validation_alias
            key = alias.choices[0] if isinstance(alias, AliasChoices) else field_name
            return Path(path).read_text().rstrip("\r\n"), str(key), False
        except OSError as exc:
            raise ValueError(f"{variable}: cannot read {path}: {exc.strerror}") from exc

    def __call__(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name, field in self.settings_cls.model_fields.items():
            value, key, _ = self.get_field_value(field, name)
            if value is not None:
                found[key] = value
        return found


# PDF, images, CSV and text, and office documents (Word, Excel, PowerPoint, OpenDocument).
DEFAULT_ATTACHMENT_TYPES = (
    "application/pdf",
    "image/*",
    "text/csv",
    "text/plain",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
)

# The names DevSphere's platform gives the same settings: read when the TOCSIN_ name is absent,
# so an app deployed there needs no second set of variables. `tocsin check` says which was read.
DEVSPHERE_NAMES: dict[str, tuple[str, ...]] = {
    "email_provider": ("EMAIL_PROVIDER",),
    "email_from": ("EMAIL_FROM",),
    "resend_api_key": ("RESEND_API_KEY",),
    "smtp_host": ("SMTP_HOST",),
    "smtp_port": ("SMTP_PORT",),
    "smtp_username": ("SMTP_USER", "SMTP_USERNAME"),
    "smtp_password": ("SMTP_PASSWORD",),
}


def _names(field: str) -> AliasChoices:
    """The TOCSIN_ name first, then DevSphere's (an alias replaces the prefixed name, so both
    are listed); `Settings(field=...)` still works by the field's name (`populate_by_name`)."""
    return AliasChoices(f"{PREFIX}{field.upper()}", *DEVSPHERE_NAMES[field])


def name_read(field: str, environ: Mapping[str, str] | None = None) -> str | None:
    """Which variable a setting came from, in the order they are read: its TOCSIN_ name, then
    DevSphere's names, then the TOCSIN_ name's _FILE; None when none is set (the default, or
    the secrets folder)."""
    environ = os.environ if environ is None else environ
    own = f"{PREFIX}{field.upper()}"
    for name in (own, *DEVSPHERE_NAMES.get(field, ()), f"{own}_FILE"):
        if environ.get(name):
            return name
    return None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TOCSIN_", extra="ignore", populate_by_name=True)

    env: Literal["development", "production", "test"] = "development"
    data_dir: Path = Path("./tocsin-data")
    database_url: str = ""
    redis_url: str | None = None
    secret_key: str = ""
    # Keys that opened values before the current one (comma separated): still read, never written.
    secret_key_previous: Annotated[list[str], NoDecode] = Field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "info"
    # `json`: one JSON object per line with a request id, for log collectors; `text` for people.
    log_format: Literal["text", "json"] = "text"
    public_url: str = ""
    # NoDecode: a plain "https://a, https://b" must reach the splitter below, not a JSON parser.
    allowed_origins: Annotated[list[str], NoDecode] = Field(default_factory=lambda: ["*"])

    # Database pool (PostgreSQL); SQLite uses its own settings.
    db_pool_size: int = 10
    db_max_overflow: int = 20

    # The write path (db/writer.py): ingestion waits in a bounded queue for the writer, which
    # commits up to `write_batch_size` events at a time, having waited at most
    # `write_batch_wait_seconds` for batch-mates. A full queue is answered 503 with Retry-After.
    write_queue_size: int = Field(default=1000, ge=1)
    write_batch_size: int = Field(default=100, ge=1)
    write_batch_wait_seconds: float = Field(default=0.002, ge=0)
    write_retry_after_seconds: int = Field(default=1, ge=1)
    # Group commits written at once: always 1 on SQLite (one writer holds its write lock); on
    # PostgreSQL a second one writes while the first waits for the database's answers.
    write_workers: int = Field(default=2, ge=1, le=8)
    # Threads that run blocking request handlers; the database pool is sized from it so that a
    # thread never waits for a connection that only a waiting request could give back.
    http_threads: int = Field(default=40, ge=1)
    # The read queue (db/reader.py): a user's notification list and unread counts are read in
    # batches of up to `read_batch_size` by `read_workers` threads, each holding one connection only
    # while it queries. Reads beyond `read_queue_size` waiting, or waiting longer than
    # `read_wait_seconds`, are answered 503 with Retry-After.
    read_workers: int = Field(default=2, ge=1, le=32)
    read_queue_size: int = Field(default=1000, ge=1)
    read_batch_size: int = Field(default=100, ge=1)
    read_wait_seconds: float = Field(default=2.0, gt=0)
    read_retry_after_seconds: int = Field(default=1, ge=1)
    # How long a request waits for a pooled database connection before it is answered 503 with
    # Retry-After (the pools are sized so that this happens only when something else holds them).
    db_pool_timeout_seconds: float = Field(default=5.0, gt=0)
    # A client must send a request's headers within this many seconds of connecting (or of its
    # previous answer), or the connection is closed: slow-header clients cannot hold sockets.
    header_timeout_seconds: float = Field(default=5.0, gt=0)
    # /readyz: SQLite is not ready with less than this much free space where its data lives, nor
    # when its write lock cannot be had within `ready_lock_seconds`.
    ready_min_free_bytes: int = Field(default=16 * 1024 * 1024, ge=0)
    ready_lock_seconds: float = Field(default=2.0, gt=0)
    # On SIGTERM, how long open requests may take to finish before they are cut off; queued
    # writes are committed after that in any case.
    shutdown_grace_seconds: float = Field(default=20.0, ge=0)

    # Email defaults (an org's own channel settings override these).
    # Each also reads DevSphere's name for it when the TOCSIN_ one is absent (see `DEVSPHERE_NAMES`).
    email_provider: Literal["smtp", "resend", "file", "none"] = Field(
        default="none", validation_alias=_names("email_provider")
    )
    email_from: str = Field(default="Tocsin <tocsin@localhost>", validation_alias=_names("email_from"))
    smtp_host: str = Field(default="127.0.0.1", validation_alias=_names("smtp_host"))
    smtp_port: int = Field(default=25, validation_alias=_names("smtp_port"))
    smtp_username: str = Field(default="", validation_alias=_names("smtp_username"))
    smtp_password: str = Field(default="", validation_alias=_names("smtp_password"))
    smtp_encryption: Literal["starttls", "ssl", "none"] = "none"
    resend_api_key: str = Field(default="", validation_alias=_names("resend_api_key"))
    resend_base_url: str = "https://api.resend.com"
    email_outbox_dir: Path | None = None

    # Delivery engine.
    retry_delays_seconds: Annotated[list[int], NoDecode] = Field(default_factory=lambda: [60, 300, 540])
    worker_enabled: bool = True
    worker_concurrency: int = 50
    worker_claim_batch: int = 200
    worker_lease_seconds: int = 120
    worker_poll_seconds: float = 2.0
    send_timeout_seconds: float = 20.0
    # Files an event asks to attach to its email, fetched by the worker under the outbound address
    # rule: the largest file, how long a fetch may wait for the server, and the content types
    # allowed (a `type/*` entry allows the whole type).
    attachment_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1)
    attachment_fetch_timeout_seconds: float = Field(default=20.0, gt=0)
    attachment_content_types: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_ATTACHMENT_TYPES)
    )

    # Real time.
    ws_ping_seconds: float = 20.0
    ws_queue_size: int = 256
    # The largest WebSocket message a client may send (clients only send pings): bigger closes 1009.
    ws_max_message_bytes: int = Field(default=64 * 1024, ge=1024)
    # How often each instance checks that its open streams' tokens still stand (a net under the
    # revocation notices, which are immediate); 0 turns the check off.
    stream_token_check_seconds: float = Field(default=2.0, ge=0)
    # How long a process trusts what it remembers of an org's users when checking user tokens
    # without the database (auth/cached.py): a token that died in another process is refused
    # within this many seconds (in the same process, at once); 0 reads the database every time.
    token_check_seconds: float = Field(default=2.0, ge=0)
    # The server's answer to a pong, when it pinged: 0 means the ping interval (`ws_ping_seconds`).
    ws_ping_timeout_seconds: float = Field(default=0.0, ge=0)
    # The WebSocket implementation and compression (docs/realtime.md, "Capacity": measured per open
    # socket; the bell's messages are small, a deflate context costs tens of KB each). "tocsin" is
    # uvicorn's sans-I/O protocol with the bell's socket served without ASGI (serving/live_socket.py);
    # the other two are uvicorn's own, with every socket through the app.
    ws_implementation: Literal["tocsin", "websockets-sansio", "websockets"] = "tocsin"
    ws_per_message_deflate: bool = False

    # Capacity of one `tocsin serve`: the listen backlog (the kernel caps it at net.core.somaxconn
    # and tcp_max_syn_backlog), uvicorn's cap on connections and tasks (0: none; WebSockets and
    # event streams count, so keep it above `live_max_streams`), the live streams one process holds
    # and the streams it authenticates at once. A stream over either cap is closed with 1013 (try
    # again later) and a hint of `live_retry_after_seconds`, over which clients spread their return.
    listen_backlog: int = Field(default=16384, ge=1)
    http_limit_concurrency: int = Field(default=0, ge=0)
    live_max_streams: int = Field(default=18000, ge=0)
    live_max_connecting: int = Field(default=0, ge=0)
    live_retry_after_seconds: int = Field(default=10, ge=1)

    # Real time, added by the realtime package: the Redis channel is "<prefix>:realtime", so
    # deployments (and tests) sharing one Redis can keep apart; SSE clients are told to retry after
    # `sse_retry_seconds`; a lost Redis backplane is retried with backoff up to the cap.
    redis_channel_prefix: str = "tocsin"
    sse_retry_seconds: float = 3.0
    redis_reconnect_max_seconds: float = 10.0

    # User tokens minted by Tocsin.
    user_token_ttl_seconds: int = 12 * 3600

    # Web pages and the demo (owned by the web package): `tocsin demo` turns the demo on; it adds
    # a sample CRM page at /demo whose buttons fire events with the demo org's key, kept server-side.
    demo_enabled: bool = False

    # Delivery engine and email, added by the deliveries package.
    # Extra CA certificates (PEM file) trusted for SMTP TLS, e.g. a private relay's own CA.
    smtp_ca_file: Path | None = None
    # SMTP connections one worker opens for one org's batch; each is reused for many messages.
    smtp_connections: int = 4
    # How long a stopping worker may take to finish the batch in hand before it gives it back.
    worker_shutdown_seconds: float = 30.0
    # `tocsin worker` serves Prometheus metrics on 127.0.0.1:<port> when set (`serve` has /metrics).
    worker_metrics_port: int | None = None

    # Time-based notifications and retention, added by the schedule package. Firings missed by
    # less than the grace period (the process was down) fire late; older ones are recorded as missed.
    scheduler_enabled: bool = True
    schedule_grace_seconds: float = 3600.0
    schedule_claim_batch: int = 500
    schedule_lease_seconds: int = 120
    # Chunks of a claimed batch fired at once, each in its own thread and transaction.
    schedule_concurrency: int = 4
    # The scheduler sleeps until the nearest due firing, but never longer than this.
    schedule_max_sleep_seconds: float = 60.0
    retention_purge_enabled: bool = True

    # Phone channels (SMS through Twilio, WhatsApp Business Cloud API): the providers' base URLs,
    # so on-premises proxies (and tests) can point elsewhere, and how many HTTP connections one
    # worker keeps open to each per org's batch (one pool, shared by the batch's lanes).
    twilio_base_url: str = "https://api.twilio.com"
    whatsapp_base_url: str = "https://graph.facebook.com"
    whatsapp_api_version: str = "v21.0"
    phone_http_connections: int = 4

    # Hostile input and abuse, added by the guards package. Request bodies larger than this are
    # refused (413) before they are read.
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    # Rate limits in the `limits` notation ("1000/second", "100 per minute", "10/second;500/hour"):
    # per API key on POST /v1/events (generous: a CRM's bulk work comes from one key), per API key
    # on the other API-key routes, per user on the user-token routes, per client address for
    # callers without credentials. Shared through Redis when TOCSIN_REDIS_URL is set.
    rate_limit_ingest: str = "1000/second"
    rate_limit_admin: str = "100/second"
    rate_limit_user: str = "50/second"
    rate_limit_anon: str = "50/second"
    # Outbound connections to hosts an admin or user typed in (SMTP relays, webhook URLs, push
    # endpoints) refuse loopback, private, link-local and metadata addresses unless this is on
    # (tests, on-premises chat servers and relays).
    outbound_allow_private: bool = False
    # Web Push and webhooks: HTTP connections one worker keeps open per org's batch (one pool,
    # shared by the batch's lanes), and how long a push service keeps an undelivered push
    # (the `TTL` header) while the browser is offline.
    outbound_http_connections: int = Field(default=16, ge=1, le=256)
    webpush_ttl_seconds: int = Field(default=86400, ge=0, le=2419200)
    # Failover between an org's providers: after this many consecutive failures a provider is
    # skipped (its circuit breaker opens) for the cool-down, then one try probes it (0: never skip).
    provider_breaker_failures: int = Field(default=5, ge=0)
    provider_breaker_cooldown_seconds: float = Field(default=60.0, gt=0)
    # SMTP login over a connection without TLS sends the password in clear: only with this on.
    smtp_allow_plaintext_login: bool = False

    @field_validator("rate_limit_ingest", "rate_limit_admin", "rate_limit_user", "rate_limit_anon")
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        try:
            parse_many(value)
        except ValueError as exc:
            raise ValueError(f"not a rate limit in the limits notation (like 1000/second): {value!r}") from exc
        return value


    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources = [init_settings, env_settings, FileVariables(settings_cls)]
        folder = os.environ.get(f"{PREFIX}SECRETS_DIR")
        if folder:
            sources.append(SecretsSettingsSource(settings_cls, secrets_dir=folder, case_sensitive=False))
        return tuple(sources)

    @field_validator(
        "allowed_origins", "retry_delays_seconds", "secret_key_previous", "attachment_content_types", mode="before"
    )
    @classmethod
    def _split_list(cls, value: object) -> object:
        """Environment lists may be JSON (`[60, 300]`) or comma separated (`60,300`)."""
        if isinstance(value, str) and value.strip().startswith("["):
            return json.loads(value)
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        """SQLite or PostgreSQL, as a SQLAlchemy URL: anything else fails here, in one line, rather
        than as a driver's traceback when the first connection is made."""
        if not value:
            return value
        try:
            backend = make_url(value).get_backend_name()
        except ArgumentError:
            raise ValueError("not a database URL (e.g. sqlite:///./tocsin-data/tocsin.db or "
                             "postgresql+psycopg://user@host/db)") from None
        if backend not in ("sqlite", "postgresql"):
            raise ValueError(f"{backend!r} is not supported: use sqlite:/// or postgresql+psycopg://")
        return value

    @model_validator(mode="after")
    def _defaults(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'tocsin.db').as_posix()}"
        if self.env == "production" and self.secret_key.strip().lower() in PLACEHOLDER_SECRETS:
            raise ValueError("TOCSIN_SECRET_KEY must be set to a real secret in production")
        if self.email_outbox_dir is None:
            self.email_outbox_dir = self.data_dir / "outbox"
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @cached_property
    def effective_secret_key(self) -> str:
        """The key for encryption at rest; in development it is generated once and kept on disk."""
        if self.secret_key.strip():
            return self.secret_key
        path = self.data_dir / "secret.key"
        if path.exists():
            return path.read_text().strip()
        key = secrets.token_urlsafe(32)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Created 0600 from the start: the key must never be readable by other local users.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key)
        return key
