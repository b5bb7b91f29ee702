"""tocsin-client installs alone: its wheel in a fresh virtual environment brings httpx and pydantic,
none of the server's packages, and its example script runs against a real `tocsin serve`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.factories import Factory
from tests.servers import Proc

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "clients" / "python"
SERVER_PARTS = {
    "tocsin", "fastapi", "starlette", "sqlalchemy", "alembic", "psycopg", "psycopg-binary", "uvicorn", "jinja2",
}  # fmt: skip
pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def test_the_client_installs_alone_and_its_example_runs(server: Proc, factory: Factory, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, CLIENT, cwd=tmp_path)
    wheel = next(dist.glob("tocsin_client-*.whl"))
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, cwd=tmp_path)

    listed = _run(python, "-m", "pip", "list", "--format", "json", "--disable-pip-version-check", cwd=tmp_path)
    installed = {package["name"].lower() for package in json.loads(listed)}
    assert {"tocsin-client", "httpx", "pydantic"} <= installed
    assert installed & SERVER_PARTS == set(), installed & SERVER_PARTS
    where = "import tocsin_client, pathlib; print(pathlib.Path(tocsin_client.__file__).parent)"
    typed = _run(python, "-c", where, cwd=tmp_path)
    assert (Path(typed.strip()) / "py.typed").exists()

    org = factory.org()
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    env |= {"TOCSIN_URL": server.base_url, "TOCSIN_API_KEY": org.api_key}
    done = subprocess.run(
        [str(python), str(CLIENT / "examples" / "crm_sync.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "lead_assigned: 1 notified (jane)" in done.stdout
    assert "jane's bell: " in done.stdout and "jane has 1 unread" in done.stdout
    assert "2 users synced, 1 refused" in done.stdout
    assert "eve: email:" in done.stderr
