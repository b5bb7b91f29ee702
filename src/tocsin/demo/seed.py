"""`tocsin demo`: a seeded org, a sample CRM page and buttons that fire real events.

The demo org's API key never leaves the server: the sample page asks a demo-only endpoint to
fire an event, and that endpoint calls `POST /v1/events` in-process with the key, through the
whole API stack (authentication, validation, ingestion, after-commit pushes).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx
from fastapi import FastAPI
from sqlalchemy.orm import Session

from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.users import service as users
from tocsin.users.schemas import UserIn

log = logging.getLogger(__name__)

DEMO_ORG = "demo"
KEY_FILE = "demo-api-key"

Action = Literal["assign_lead", "win_deal", "mention", "approval", "broadcast"]
ACTIONS: tuple[Action, ...] = ("assign_lead", "win_deal", "mention", "approval", "broadcast")


@dataclass(frozen=True, slots=True)
class DemoUser:
    username: str
    display_name: str
    title: str
    email: str
    roles: tuple[str, ...]
    manager: str | None = None


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("maria", "Maria Lopez", "Sales rep", "maria.lopez@example.com", ("sales",), manager="priya"),
    DemoUser("sam", "Sam Carter", "Sales rep", "sam.carter@example.com", ("sales",), manager="priya"),
    DemoUser("priya", "Priya Shah", "Sales manager", "priya.shah@example.com", ("sales", "manager")),
    DemoUser("avery", "Avery Admin", "CRM administrator", "avery.admin@example.com", ("admin",)),
)
USERS_BY_NAME = {u.username: u for u in DEMO_USERS}
ADMIN = next(u for u in DEMO_USERS if "admin" in u.roles)  # the demo's way into the admin console


@dataclass(frozen=True, slots=True)
class DemoSeed:
    org_slug: str
    api_key: str
    created: bool  # the org was created by this call (so sample events are worth firing)


def _key_path(ctx: AppContext) -> Path:
    return ctx.settings.data_dir / KEY_FILE


def _remembered_key(session: Session, ctx: AppContext, org: Org) -> str | None:
    path = _key_path(ctx)
    if not path.exists():
        return None
    key = path.read_text().strip()
    found = orgs.org_for_api_key(session, key)
    return key if found is not None and found.id == org.id else None


def _remember_key(ctx: AppContext, key: str) -> None:
    path = _key_path(ctx)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created private from the start: the key must not be readable by other local users.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")


def seed(ctx: AppContext) -> DemoSeed:
    """Create (or reuse) the demo org and its users; idempotent.

    API keys are stored hashed, so the demo keeps its own key in the data folder (mode 0600);
    if that file is lost, a new key is added to the org.
    """
    with unit_of_work(ctx.sessions) as session:
        org = orgs_repo.get_by_slug(session, DEMO_ORG)
        created = org is None
        if org is None:
            made = orgs.create_org(session, ctx, slug=DEMO_ORG, name="Northwind Traders (demo)")
            org, key = made.org, made.api_key
        else:
            key = _remembered_key(session, ctx, org) or orgs.add_api_key(session, ctx, org=org, name="demo").secret
        for user in DEMO_USERS:
            data = UserIn(
                email=user.email,
                display_name=user.display_name,
                manager=user.manager,
                roles=list(user.roles),
            )
            users.upsert_user(session, ctx, org=org, username=user.username, data=data)
    _remember_key(ctx, key)
    return DemoSeed(org_slug=DEMO_ORG, api_key=key, created=created)


def mint_token(ctx: AppContext, username: str, *, ttl_seconds: int | None = None) -> str:
    with unit_of_work(ctx.sessions) as session:
        org = orgs_repo.get_by_slug(session, DEMO_ORG)
        if org is None:
            raise LookupError("the demo org does not exist; run `tocsin demo`")
        return orgs.mint_token(ctx, org, username, ttl_seconds=ttl_seconds)


# --- sample events: pure builders --------------------------------------------------------------

_LEADS = ("Jane Smith · Acme Corp", "Omar Haddad · Globex", "Li Wei · Initech", "Sofia Rossi · Umbrella")
_DEALS = ("Acme Corp renewal", "Globex expansion", "Initech pilot", "Umbrella enterprise plan")
_AMOUNTS = ("$48,000", "$12,500", "$96,000", "$7,900")
_QUOTES = ("15% discount on the Globex quote", "Extended payment terms for Acme", "Free onboarding for Initech")
_MENTIONS = (
    "@{you} can you call them back before Friday? They asked about volume pricing.",
    "@{you} please take a look at the contract notes when you have a minute.",
    "Looping in @{you}: the customer wants a demo next week.",
)


def other_user(you: str, *, prefer: str) -> str:
    """Someone other than `you` to act: the actor of an event is never notified."""
    if prefer != you:
        return prefer
    return next(u.username for u in DEMO_USERS if u.username != you)


def scenario(action: Action, *, you: str, serial: int, base_url: str) -> dict[str, Any]:
    """The event body a demo button sends, aimed at `you` (a demo username)."""
    pick = serial % 997

    def record(kind: str, prefix: str, name: str) -> dict[str, Any]:
        record_id = f"{prefix}-{1000 + serial % 9000}"
        return {"type": kind, "id": record_id, "name": name, "url": f"{base_url}/demo/records/{kind}/{record_id}"}

    if action == "assign_lead":
        entity = record("lead", "L", _LEADS[pick % len(_LEADS)])
        return {"type": "lead_assigned", "actor": other_user(you, prefer="priya"), "entity": {**entity, "owner": you}}
    if action == "win_deal":
        entity = record("deal", "D", _DEALS[pick % len(_DEALS)])
        return {
            "type": "deal_closed_won",
            "actor": other_user(you, prefer="sam"),
            "entity": {**entity, "owner": you},
            "data": {"amount": _AMOUNTS[pick % len(_AMOUNTS)]},
        }
    if action == "mention":
        entity = record("deal", "D", _DEALS[pick % len(_DEALS)])
        text = _MENTIONS[pick % len(_MENTIONS)].format(you=you)
        return {"type": "mention", "actor": other_user(you, prefer="sam"), "entity": entity, "data": {"text": text}}
    if action == "approval":
        entity = record("quote", "Q", _QUOTES[pick % len(_QUOTES)])
        return {
            "type": "approval_requested",
            "actor": other_user(you, prefer="maria"),
            "entity": entity,
            "data": {"approvers": [you]},
            # The decision is taken in the bell: the buttons come back to the CRM as a callback.
            "actions": [
                {"id": "approve", "label": "Approve", "style": "primary"},
                {"id": "reject", "label": "Reject", "style": "danger"},
            ],
        }
    return {
        "type": "broadcast",
        "actor": other_user(you, prefer="avery"),
        "entity": {"type": "announcement", "id": f"A-{serial}", "url": f"{base_url}/demo"},
        "data": {
            "title": "Quarter closes on Friday",
            "message": "Please update the stage and amount of every open deal by Thursday evening.",
        },
    }


SAMPLES: tuple[tuple[Action, str], ...] = (
    ("broadcast", "maria"),
    ("approval", "maria"),
    ("mention", "maria"),
    ("assign_lead", "maria"),
    ("assign_lead", "sam"),
)


class FireFailed(Exception):
    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"POST /v1/events answered {status}")
        self.status = status
        self.body = body


async def fire(app: FastAPI, api_key: str, event: dict[str, Any]) -> dict[str, Any]:
    """POST one event to this app's API in-process, authenticated with the demo org's key."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://tocsin.demo") as client:
        response = await client.post("/v1/events", json=event, headers={"Authorization": f"Bearer {api_key}"})
    body = response.json()
    if response.status_code != 202:
        raise FireFailed(response.status_code, body)
    result: dict[str, Any] = body
    return result


async def fire_samples(app: FastAPI, api_key: str, *, base_url: str) -> int:
    """A few events so the bell of a fresh demo is not empty; returns how many were sent."""
    for serial, (action, you) in enumerate(SAMPLES, start=1):
        await fire(app, api_key, scenario(action, you=you, serial=serial, base_url=base_url))
    return len(SAMPLES)


# --- the command ------------------------------------------------------------------------------


def demo_settings(*, data_dir: Path, host: str, port: int) -> Settings:
    """SQLite under `data_dir`, emails to a local outbox folder, the demo pages on."""
    data_dir = data_dir.resolve()
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    return Settings(
        data_dir=data_dir,
        database_url=f"sqlite:///{(data_dir / 'tocsin.db').as_posix()}",
        email_provider="file",
        redis_url=None,
        demo_enabled=True,
        public_url=f"http://{shown_host}:{port}",
    )


def outbox_folder(ctx: AppContext) -> Path:
    """Where the `file` email provider writes the demo org's messages (one folder per org)."""
    return (ctx.settings.email_outbox_dir or ctx.settings.data_dir / "outbox") / DEMO_ORG


def banner(ctx: AppContext, *, base_url: str, fired: int) -> str:
    you = DEMO_USERS[0]
    token = mint_token(ctx, you.username)
    first = you.display_name.split()[0]
    admin = ADMIN
    rows = [
        ("Tocsin's front page", f"{base_url}/"),
        ("Sample CRM with the bell", f"{base_url}/demo"),
        (f"Admin console (as {admin.display_name})", f"{base_url}/admin#token={mint_token(ctx, admin.username)}"),
        (f"{first}'s notification history", f"{base_url}/inbox#token={token}"),
        (f"{first}'s preferences", f"{base_url}/preferences#token={token}"),
        ("Emails land in", str(outbox_folder(ctx))),
        ("API reference", f"{base_url}/docs"),
        ("Demo org API key", f"{ctx.settings.data_dir / KEY_FILE} (keep it private)"),
    ]
    width = max(len(label) for label, _ in rows) + 2
    lines = ["", "Tocsin demo: org 'demo' with " + ", ".join(u.display_name for u in DEMO_USERS) + "."]
    if fired:
        lines.append(f"Fired {fired} sample events so the bell has something to show.")
    lines.append("")
    lines += [f"  {(label + ':').ljust(width)}{value}" for label, value in rows]
    lines += ["", "Open the sample CRM, press a button, and watch the bell. Ctrl+C stops the server.", ""]
    return "\n".join(lines)
