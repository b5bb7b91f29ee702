"""docs/client.md's examples run: each Python block, in its own process, against a real `tocsin
serve` (TOCSIN_URL and TOCSIN_API_KEY set as the docs say); blocks under a heading marked
"not run" need other software and are skipped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import Factory
from tests.servers import Proc

DOC = Path(__file__).resolve().parents[2] / "docs" / "client.md"


def _blocks() -> list[tuple[str, str]]:
    """(heading, code) of each ```python block, in order."""
    found: list[tuple[str, str]] = []
    heading, code = "", None
    for line in DOC.read_text().splitlines(keepends=True):
        if code is None and line.startswith("```python"):
            code = ""
        elif code is not None and line.startswith("```"):
            found.append((heading, code))
            code = None
        elif code is not None:
            code += line
        elif line.startswith("#"):
            heading = line.strip("# \n")
    return found


BLOCKS = [(heading, code) for heading, code in _blocks() if "not run" not in heading]


def test_the_docs_have_examples_to_run() -> None:
    assert len(BLOCKS) >= 5 and any("not run" in heading for heading, _ in _blocks())


@pytest.mark.parametrize(("heading", "code"), BLOCKS, ids=[f"{n}-{h[:30]}" for n, (h, _) in enumerate(BLOCKS)])
def test_an_example_of_the_docs_runs(server: Proc, factory: Factory, tmp_path: Path, heading: str, code: str) -> None:
    org = factory.org()
    env = {**os.environ, "TOCSIN_URL": server.base_url, "TOCSIN_API_KEY": org.api_key}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, f"{heading}:\n{done.stdout}\n{done.stderr}"
