"""The built wheel works alone: installed into a fresh virtual environment (no checkout on the
path), `tocsin serve` migrates a new database from the migrations the wheel carries and serves the
bell (every module it imports), the pages and the offline Swagger UI."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from pathlib import Path

import httpx
import pytest

from tests.servers import Proc, free_port
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path) -> None:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def _assets(base_url: str, entry: str) -> set[str]:
    """The bell's entry module and every module it reaches by relative import."""
    seen: set[str] = set()
    todo = [entry]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        answer = httpx.get(base_url + path, timeout=10)
        assert answer.status_code == 200, path
        assert "javascript" in answer.headers["content-type"], path
        folder = path.rsplit("/", 1)[0]
        for ref in re.findall(r"""(?:import|from)\s*\(?\s*["'](\.{1,2}/[^"']+)["']""", answer.text):
            parts = f"{folder}/{ref}".split("/")
            resolved: list[str] = []
            for part in parts:
                if part == "..":
                    resolved.pop()
                elif part != ".":
                    resolved.append(part)
            todo.append("/".join(resolved))
    return seen


def test_the_wheel_installs_and_serves_alone(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    client = ROOT / "clients" / "python"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, ROOT, client, cwd=tmp_path)
    # The server's wheel and its client's (`tocsin-client`, which no package index has).
    wheels = [next(dist.glob("tocsin-*.whl")), next(dist.glob("tocsin_client-*.whl"))]
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *wheels, cwd=tmp_path)

    data = tmp_path / "data"
    env = {"PATH": "/usr/bin:/bin", "TOCSIN_DATA_DIR": str(data), "TOCSIN_LOG_LEVEL": "warning", "HOME": str(tmp_path)}
    port = free_port()
    with (tmp_path / "serve.log").open("ab") as log:
        process = subprocess.Popen(
            [str(tmp_path / "venv" / "bin" / "tocsin"), "serve", "--port", str(port)],
            cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    server = Proc(process, tmp_path / "serve.log", port)
    try:
        def ready() -> bool:
            try:
                return httpx.get(f"{server.base_url}/readyz", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(ready, "the installed server to be ready", timeout=90, every=0.2,
                   alive=lambda: server.log() if process.poll() is not None else None)  # fmt: skip
        modules = _assets(server.base_url, "/static/tocsin-bell.js")
        assert "/static/tocsin-bell.js" in modules
        for path in ("/", "/docs", "/admin", "/inbox", "/preferences", "/openapi.json",
                     "/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/swagger-ui/swagger-ui.css"):
            assert httpx.get(server.base_url + path, timeout=10).status_code == 200, path
        docs = httpx.get(server.base_url + "/docs", timeout=10).text
        assert "cdn" not in docs.lower()  # Swagger UI comes from the wheel, not the internet
    finally:
        server.stop()
    assert (data / "tocsin.db").exists()
    assert "Traceback" not in server.log()
