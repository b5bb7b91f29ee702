"""`tocsin serve | worker | migrate | purge | org | users | demo | check | version | rotate-secrets`.

Expected failures (bad configuration, database unreachable, schema behind, unknown org) print
one line on stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tocsin import __version__
from tocsin.audit import service as audit
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db import migrate as migrations
from tocsin.db.engine import unit_of_work
from tocsin.kit.clock import isoformat
from tocsin.observability import logs
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs
from tocsin.users import importing
from tocsin_client import Tocsin, TocsinError

app = typer.Typer(
    help="Tocsin: a self-hosted notification engine for CRM systems.", no_args_is_help=True, rich_markup_mode="markdown"
)
# Typer shows bare arguments as `{slug}`: named and explained once here.
Slug = Annotated[str, typer.Argument(metavar="SLUG", help="the org's slug, as given to `tocsin org create`")]
KeyId = Annotated[int, typer.Argument(metavar="KEY_ID", help="the key's id, from `tocsin org key list`")]
# API keys are managed on the command line; the audit log names it as the actor.
CLI_ACTOR = "cli"

org_app = typer.Typer(help="Orgs (tenants) and their API keys.", no_args_is_help=True, rich_markup_mode="markdown")
key_app = typer.Typer(help="An org's API keys.", no_args_is_help=True, rich_markup_mode="markdown")
org_app.add_typer(key_app, name="key")
app.add_typer(org_app, name="org")


def configure_logging(settings: Settings) -> None:
    logs.configure(level=settings.log_level, fmt=settings.log_format)


def fail(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(1)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()))
        message = first["msg"].removeprefix("Value error, ")
        fail(f"configuration: {'TOCSIN_' + field.upper() + ': ' if field else ''}{message}")
    except ValueError as exc:  # a TOCSIN_*_FILE that cannot be read
        fail(f"configuration: {exc}")


def ensure_schema(ctx: AppContext) -> None:
    """Migrate an empty database; refuse to run on one that is behind (run `tocsin migrate`)."""
    try:
        if migrations.is_empty(ctx.engine):
            migrations.upgrade(ctx.engine)
            return
        current, head = migrations.current_revision(ctx.engine), migrations.head_revision()
    except DBAPIError as exc:
        ctx.dispose()
        where = make_url(ctx.settings.database_url).render_as_string(hide_password=True)
        reason = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
        fail(f"cannot reach the database {where}: {reason}")
    if current != head:
        ctx.dispose()
        fail(f"database schema is at {current}, this version needs {head}: run `tocsin migrate`")


def build_context(settings: Settings) -> AppContext:
    """The process's context; a data directory that cannot be created or written is one line."""
    try:
        return AppContext.build(settings)
    except OSError as exc:
        fail(f"data directory {settings.data_dir}: {exc.strerror or exc}")


def _ctx() -> AppContext:
    ctx = build_context(load_settings())
    ensure_schema(ctx)
    return ctx


def _org(ctx: AppContext, slug: str) -> int:
    with unit_of_work(ctx.sessions) as session:
        org = orgs_repo.get_by_slug(session, slug)
        if org is None:
            fail(f"no org {slug!r}")
        return org.id


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="bind address (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default 8000)")] = None,
) -> None:
    """Run the server: API, WebSocket and SSE hub, and the embedded delivery worker."""
    from tocsin.app import create_app
    from tocsin.serving import server

    settings = load_settings()
    configure_logging(settings)
    ctx = build_context(settings)
    ensure_schema(ctx)
    # uvicorn with token-redacting access logs, WebSocket pings, and live streams ended on shutdown.
    server.run(create_app(ctx=ctx), settings, host=host or settings.host, port=port or settings.port)


@app.command()
def worker() -> None:
    """Run a delivery worker and a scheduler without the API (any number of them on PostgreSQL);
    stops cleanly on SIGTERM."""
    import asyncio

    import uvloop

    from tocsin.deliveries.worker.runner import standalone
    from tocsin.kit import collector
    from tocsin.schedule import runner as schedule_runner

    settings = load_settings()
    configure_logging(settings)
    ctx = build_context(settings)
    ensure_schema(ctx)

    async def run() -> None:
        # The scheduler runs as long as the delivery worker, which stops on SIGTERM or SIGINT.
        async with schedule_runner.embedded(ctx, start=ctx.settings.scheduler_enabled):
            await standalone(ctx)

    # What start-up loaded is frozen out of the collector's reach, as `tocsin serve` does (measured
    # on the webhook benchmark: about a tenth of the worker's CPU went to full collections of the
    # start-up objects); see kit/collector.py.
    collector.settle()
    try:
        # uvloop, as `tocsin serve` runs under uvicorn: sending is mostly socket I/O, which it does
        # with less CPU per request than the standard loop.
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            runner.run(run())
    finally:
        ctx.dispose()


@app.command()
def purge(
    org: Annotated[str | None, typer.Option("--org", help="only this org (its slug)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="count what would be deleted; delete nothing")] = False,
) -> None:
    """Delete notifications (with their deliveries and attempts) and events older than each org's
    retention window, in small batches, as the daily automatic purge does."""
    from tocsin.schedule import retention

    settings = load_settings()
    configure_logging(settings)
    ctx = build_context(settings)
    ensure_schema(ctx)
    try:
        targets = retention.plan(ctx, slug=org)
        if org is not None and not targets:
            typer.echo(f"no org {org!r}", err=True)
            raise typer.Exit(1)
        for target in targets:
            label = f"{target.slug} (before {target.cutoff.isoformat(timespec='seconds')})"
            if dry_run:
                typer.echo(f"{label}: would delete " + _counts(target.counts))
                continue
            with typer.progressbar(length=target.counts["notifications"], label=target.slug, file=sys.stderr) as bar:
                done = retention.purge_org(ctx, target, progress=bar.update)
            typer.echo(f"{label}: deleted " + _counts(done))
    finally:
        ctx.dispose()


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in counts.items())


@app.command()
def migrate() -> None:
    """Bring the database schema up to date (Alembic)."""
    settings = load_settings()
    configure_logging(settings)
    ctx = build_context(settings)
    try:
        migrations.upgrade(ctx.engine)
        typer.echo(f"database at revision {migrations.current_revision(ctx.engine)}")
    except DBAPIError as exc:
        where = make_url(settings.database_url).render_as_string(hide_password=True)
        fail(f"cannot migrate the database {where}: {(str(exc.orig).strip().splitlines() or ['error'])[0]}")
    finally:
        ctx.dispose()


@app.command()
def backup(
    target: Annotated[Path, typer.Argument(metavar="FILE", help="where to write the copy (replaced if it exists)")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Copy the SQLite database to FILE while Tocsin runs (SQLite's online backup: events keep
    arriving meanwhile). For PostgreSQL, use pg_dump."""
    from tocsin.db.backup import BackupError, backup_sqlite

    settings = load_settings()
    try:
        done = backup_sqlite(settings.database_url, target)
    except BackupError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"path": str(done.path), "bytes": done.bytes, "pages": done.pages}))
    else:
        typer.echo(f"backed up to {done.path} ({done.bytes} bytes)")


@app.command()
def check(as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """Check configuration, database, schema, Redis and the email provider; exit 1 if any fails."""
    from tocsin import checks

    results = checks.run(load_settings())
    if as_json:
        typer.echo(json.dumps({"ok": all(c.ok for c in results), "checks": [vars_of(c) for c in results]}))
    else:
        for c in results:
            typer.echo(f"{'ok  ' if c.ok else 'FAIL'}  {c.name:<13} {c.detail}")
    if not all(c.ok for c in results):
        raise typer.Exit(1)


def vars_of(check: object) -> dict[str, object]:
    return {name: getattr(check, name) for name in ("name", "ok", "detail")}


@app.command()
def version(as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """Print Tocsin's version and the database schema revision it needs."""
    head = migrations.head_revision()
    if as_json:
        typer.echo(json.dumps({"version": __version__, "schema": head}))
    else:
        typer.echo(f"tocsin {__version__} (schema {head})")


@app.command("rotate-secrets")
def rotate_secrets(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="open every value, write nothing")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Re-encrypt every stored secret and address with TOCSIN_SECRET_KEY.

    Run it after moving the old key to TOCSIN_SECRET_KEY_PREVIOUS; afterwards the old key can go.
    """
    from tocsin.db import rotation

    settings = load_settings()
    configure_logging(settings)
    ctx = build_context(settings)
    ensure_schema(ctx)
    try:
        counts = rotation.rotate(ctx.engine, ctx.box, dry_run=dry_run)
    except ValueError as exc:
        typer.echo(f"{exc}: set the key that wrote it in TOCSIN_SECRET_KEY_PREVIOUS", err=True)
        raise typer.Exit(1) from exc
    finally:
        ctx.dispose()
    if as_json:
        typer.echo(json.dumps({"dry_run": dry_run, "values": counts}))
        return
    for column, n in counts.items():
        typer.echo(f"{column}\t{n}")
    verb = "would re-encrypt" if dry_run else "re-encrypted"
    typer.echo(f"{verb} {sum(counts.values())} values with the current key")


@org_app.command("create")
def org_create(
    slug: Slug,
    name: Annotated[str, typer.Option(help="display name")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Create an org; prints its API key and signing secret once."""
    ctx = _ctx()
    try:
        with unit_of_work(ctx.sessions) as session:
            created = orgs.create_org(session, ctx, slug=slug, name=name)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(json.dumps({"org": slug, "api_key": created.api_key, "signing_secret": created.signing_secret}))
    else:
        typer.echo(
            f"org:            {slug}\napi key:        {created.api_key}\nsigning secret: {created.signing_secret}"
        )
        typer.echo("Keep both: they are not shown again.")


@org_app.command("rotate-signing-secret")
def org_rotate_signing_secret(
    slug: Slug, as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False
) -> None:
    """Replace an org's signing secret; prints the new one once. Every user token signed with the
    old secret stops working at once: the CRM must sign (or mint) new ones."""
    from tocsin.realtime.backplane import announce_now
    from tocsin.signals import TokensRevoked

    ctx = _ctx()
    settings = ctx.settings

    def announce(notice: TokensRevoked) -> None:
        # The running servers close the org's open streams when they hear of it (or see it themselves).
        announce_now(settings.redis_url, channel_prefix=settings.redis_channel_prefix, notice=notice)

    ctx.signals.on_tokens_revoked(announce)
    try:
        with unit_of_work(ctx.sessions) as session:
            secret = orgs.rotate_signing_secret(session, ctx, slug=slug)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(json.dumps({"org": slug, "signing_secret": secret}))
    else:
        typer.echo(f"signing secret: {secret}\nKeep it: it is not shown again.")


@key_app.command("list")
def key_list(slug: Slug, as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """List an org's API keys (prefixes only: keys are stored hashed)."""
    ctx = _ctx()
    org_id = _org(ctx, slug)
    with unit_of_work(ctx.sessions) as session:
        keys = orgs_repo.list_keys(session, org_id)
        if as_json:
            items = [
                {
                    "id": key.id,
                    "prefix": key.prefix,
                    "name": key.name,
                    "created_at": isoformat(key.created_at),
                    "revoked_at": isoformat(key.revoked_at),
                }
                for key in keys
            ]
            typer.echo(json.dumps({"items": items}))
            return
        typer.echo("ID\tPREFIX\tNAME\tSTATE")
        for key in keys:
            state = f"revoked {key.revoked_at.isoformat()}" if key.revoked_at else "active"
            typer.echo(f"{key.id}\t{key.prefix}...\t{key.name}\t{state}")


@key_app.command("add")
def key_add(slug: Slug, name: Annotated[str, typer.Option(help="what the key is for")] = "api") -> None:
    """Add an API key; prints it once."""
    ctx = _ctx()
    org_id = _org(ctx, slug)
    with unit_of_work(ctx.sessions) as session:
        org = orgs_repo.get(session, org_id)
        assert org is not None
        key = orgs.add_api_key(session, ctx, org=org, name=name)
        audit.record(
            session, org.id, actor=CLI_ACTOR, action="api_key.create", target=f"api_key:{key.key.id}",
            before=None, after={"name": name, "prefix": key.key.prefix}, now=ctx.clock.now(),
        )  # fmt: skip
        typer.echo(f"{key.key.id}\t{key.secret}")


@key_app.command("revoke")
def key_revoke(slug: Slug, key_id: KeyId) -> None:
    """Revoke an API key by its id (see `tocsin org key list`)."""
    ctx = _ctx()
    org_id = _org(ctx, slug)
    with unit_of_work(ctx.sessions) as session:
        if not orgs_repo.revoke_key(session, org_id=org_id, key_id=key_id, now=ctx.clock.now()):
            typer.echo("no such active key", err=True)
            raise typer.Exit(1)
        audit.record(
            session, org_id, actor=CLI_ACTOR, action="api_key.revoke", target=f"api_key:{key_id}",
            before={"revoked": False}, after={"revoked": True}, now=ctx.clock.now(),
        )  # fmt: skip
    typer.echo("revoked")


@app.command("demo")
def demo_command(
    port: Annotated[int, typer.Option(help="port")] = 8000,
    host: Annotated[str, typer.Option(help="bind address")] = "127.0.0.1",
    data_dir: Annotated[
        Path, typer.Option("--data-dir", help="where the demo keeps its SQLite database and email outbox")
    ] = Path("./tocsin-data"),
) -> None:
    """Try Tocsin: a demo org on SQLite, a sample CRM page with the bell, emails in a local folder."""
    import asyncio

    from tocsin.app import create_app
    from tocsin.demo import seed as demo
    from tocsin.serving import server

    settings = demo.demo_settings(data_dir=data_dir, host=host, port=port)
    configure_logging(settings)
    ctx = build_context(settings)
    ensure_schema(ctx)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the sample events' in-process requests
    seeded = demo.seed(ctx)
    web = create_app(ctx=ctx)
    base_url = ctx.settings.public_url

    async def fire_samples() -> int:
        # The sample events go through the API in-process, before the server runs: they need the
        # write queue's writer, which the server's lifespan starts again afterwards.
        async with ctx.writer.running():
            return await demo.fire_samples(web, seeded.api_key, base_url=base_url)

    fired = asyncio.run(fire_samples()) if seeded.created else 0
    print(demo.banner(ctx, base_url=base_url, fired=fired), flush=True)
    server.run(web, ctx.settings, host=host, port=port)


def main() -> None:
    app()


users_app = typer.Typer(help="Users, synced from a file.", no_args_is_help=True, rich_markup_mode="markdown")
app.add_typer(users_app, name="users")


@users_app.command("import")
def users_import(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="a CSV file whose first row names the columns")],
    url: Annotated[str, typer.Option(envvar="TOCSIN_URL", help="the server's base URL")] = "http://127.0.0.1:8000",
    api_key: Annotated[str, typer.Option(envvar="TOCSIN_API_KEY", help="an API key of the org")] = "",
) -> None:
    """Create or update the file's users on a running server (`PUT /v1/users`, 1,000 per call).
    Columns: `username` and the users API's fields; an empty cell keeps the stored value,
    `roles` are separated by `;`. Refused rows are listed with their line; exit 1 if any."""
    if not api_key:
        fail("an API key is needed: --api-key or TOCSIN_API_KEY")
    try:
        rows = list(importing.read_rows(path))
    except (OSError, UnicodeDecodeError, importing.BadFile) as exc:
        fail(f"{path}: {exc}")
    with (
        Tocsin(url.rstrip("/"), api_key=api_key, timeout_seconds=120) as http,
        typer.progressbar(length=len(rows), label="importing users", file=sys.stderr) as bar,
    ):
        counts, refused = _send_rows(http, rows, url=url, advance=bar.update)
    for line in refused:
        typer.echo(line)
    typer.echo(", ".join(f"{n} {name}" for name, n in counts.items()))
    if refused:
        raise typer.Exit(1)


def _send_rows(
    http: Tocsin, rows: list[importing.Row], *, url: str, advance: Callable[[int], None]
) -> tuple[dict[str, int], list[str]]:
    """The rows in calls of 1,000: the counts, and one line per refused row."""
    counts = dict.fromkeys(("created", "updated", "unchanged", "refused"), 0)
    refused: list[str] = []
    for batch in importing.batches(iter(rows)):
        try:
            answer = http.put_users([row.user for row in batch])
        except TocsinError as exc:
            fail(f"{url}: {exc}")
        for name in counts:
            counts[name] += int(getattr(answer, name))
        for row, result in zip(batch, answer.results, strict=True):
            if result.status == "refused":
                who = result.username or "(no username)"
                refused.append(f"line {row.line}: {who}: {result.field}: {result.reason}")
        advance(len(batch))
    return counts, refused
