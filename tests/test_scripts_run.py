"""`bash scripts/run --port P --host H` starts the server there, as a newcomer expects."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import httpx

from tests.servers import Proc, free_port, server_env
from tocsin.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_scripts_run_takes_port_and_host(tmp_path: Path, settings: Settings) -> None:
    port = free_port()
    env = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'run.db'}")
    log = tmp_path / "run.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "run"), "--port", str(port), "--host", "127.0.0.1"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    proc = Proc(process, log, port)
    try:
        for _ in range(300):
            assert process.poll() is None, proc.log()
            try:
                answer = httpx.get(f"{proc.base_url}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError(f"no answer on port {port}:\n{proc.log()}")
        assert answer.json()["status"] == "ok"
    finally:
        proc.stop()
