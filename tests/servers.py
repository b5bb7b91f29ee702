"""Real `tocsin serve` / `tocsin worker` processes on loopback for end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.waiting import wait_until
from tocsin.config import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(settings: Settings, **overrides: str) -> dict[str, str]:
    """Environment for a child process sharing the test's database and secret key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    env.update(
        {
            "TOCSIN_ENV": "test",
            "TOCSIN_DATABASE_URL": settings.database_url,
            "TOCSIN_SECRET_KEY": settings.secret_key,
            "TOCSIN_DATA_DIR": str(settings.data_dir),
            "TOCSIN_EMAIL_PROVIDER": settings.email_provider,
            "TOCSIN_LOG_LEVEL": "warning",
        }
    )
    if settings.redis_url:
        env["TOCSIN_REDIS_URL"] = settings.redis_url
    env.update(overrides)
    return env


@dataclass
class Proc:
    process: subprocess.Popen[bytes]
    log_path: Path
    port: int | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)

    def kill(self) -> None:
        self.stop(signal.SIGKILL)


def start(args: list[str], env: Mapping[str, str], log_path: Path, *, port: int | None = None) -> Proc:
    # The child keeps its own copy of the file descriptor; ours is closed at once.
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tocsin", *args], env=dict(env), stdout=log, stderr=subprocess.STDOUT
        )
    return Proc(process, log_path, port)


def start_server(env: Mapping[str, str], log_path: Path, *, port: int | None = None, timeout: float = 60) -> Proc:
    """Start `tocsin serve` and wait until /healthz answers."""
    port = port or free_port()
    proc = start(["serve", "--host", "127.0.0.1", "--port", str(port)], env, log_path, port=port)
    def healthy() -> bool:
        try:
            return httpx.get(f"{proc.base_url}/healthz", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def exited() -> str | None:
        return f"server exited early:\n{proc.log()}" if proc.process.poll() is not None else None

    try:
        wait_until(healthy, "the server to answer /healthz", timeout=timeout, every=0.1, alive=exited)
    except AssertionError as exc:
        proc.kill()
        raise RuntimeError(f"{exc}\n{proc.log()}") from exc
    return proc
