#!/usr/bin/env python3
"""Writes the client's generated code: `models.py` from the server's OpenAPI document, and the
synchronous clients (`_sync/`) from the asyncio ones (`_async/`).

Run it from the server's environment (it imports `tocsin` to build the document, and needs the
`datamodel-code-generator` and `unasync` of the server's test extras):

    .venv/bin/python clients/python/generate.py           # rewrite models.py and _sync/
    .venv/bin/python clients/python/generate.py --check   # exit 1 when either is out of date

The document is built in this process, with no server running, so the models always follow the
routes and schemas of the checkout. A test runs `--check`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "src" / "tocsin_client"
MODELS = PACKAGE / "models.py"
# unasync's own table covers `__aenter__`, `AsyncIterator`, ... and `AsyncX` -> `SyncX`; these are ours.
SYNC_NAMES = {
    "_async": "_sync",
    "AsyncTocsin": "Tocsin",
    "AsyncUserClient": "UserClient",
    "aclose": "close",
    "aread": "read",
    "aiter_lines": "iter_lines",
}
HEADER = '''# ruff: noqa: E501 (descriptions from the server's schemas are kept on one line)
"""The API's request and answer models, generated from Tocsin's OpenAPI document. Do not edit:
run `clients/python/generate.py` after a change to the server's schemas (a test fails until then)."""

'''
OPTIONS = [
    "--input-file-type", "openapi",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", "3.11",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-annotated",
    "--field-constraints",
    "--collapse-root-models",
    "--use-type-alias",
    "--enum-field-as-literal", "all",
    "--use-schema-description",
    "--use-field-description",
    "--disable-timestamp",
    "--formatters", "ruff-format", "ruff-check",
]  # fmt: skip


def openapi_document() -> dict[str, Any]:
    """The document `tocsin serve` answers at /openapi.json, built without a database or a server."""
    from tocsin.app import create_app
    from tocsin.config import Settings

    with tempfile.TemporaryDirectory() as data:
        app = create_app(Settings(env="test", data_dir=Path(data), database_url=f"sqlite:///{data}/openapi.db"))
        return app.openapi()


def generate(document: dict[str, Any]) -> str:
    """models.py's text for an OpenAPI document (datamodel-code-generator, then ruff)."""
    with tempfile.TemporaryDirectory() as work:
        source, target = Path(work) / "openapi.json", Path(work) / "models.py"
        source.write_text(json.dumps(document, sort_keys=True))
        codegen = Path(sys.executable).parent / "datamodel-codegen"
        done = subprocess.run(
            [str(codegen), "--input", str(source), "--output", str(target), *OPTIONS],
            capture_output=True, text=True, check=False, timeout=300,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"datamodel-codegen failed:\n{done.stdout}\n{done.stderr}")
        body = target.read_text()
    # The generator's own header names a temporary file: replace it with ours.
    body = "\n".join(line for line in body.splitlines() if not line.startswith("#")).lstrip("\n")
    return HEADER + body + ("" if body.endswith("\n") else "\n")


def _ruff(folder: Path) -> None:
    """Imports sorted again (names changed) and formatted, with the repository's ruff settings."""
    ruff = Path(sys.executable).parent / "ruff"
    config = ["--config", str(HERE.parent.parent / "pyproject.toml")]
    for command in (["check", "--fix", "--select", "I", "--quiet"], ["format", "--quiet"]):
        subprocess.run([str(ruff), *command, *config, str(folder)], check=True, capture_output=True, timeout=120)


def synchronous() -> dict[Path, str]:
    """`_sync/`'s files from `_async/`'s: the same methods without `async` and `await`."""
    import unasync

    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "_async"
        shutil.copytree(PACKAGE / "_async", source, ignore=shutil.ignore_patterns("__pycache__"))
        files = sorted(str(path) for path in source.glob("*.py"))
        unasync.unasync_files(files, [unasync.Rule("/_async/", "/_sync/", additional_replacements=SYNC_NAMES)])
        _ruff(Path(work) / "_sync")
        written = {
            PACKAGE / "_sync" / path.name: path.read_text() for path in sorted((Path(work) / "_sync").glob("*.py"))
        }
    init = PACKAGE / "_sync" / "__init__.py"
    written[init] = '"""Generated from `_async/` by `clients/python/generate.py`: do not edit."""\n'
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the generated files differ")
    args = parser.parse_args()
    wanted = {MODELS: generate(openapi_document()), **synchronous()}
    if args.check:
        stale = [
            str(path.relative_to(HERE))
            for path, text in wanted.items()
            if not path.exists() or path.read_text() != text
        ]
        stale += [str(p.relative_to(HERE)) for p in (PACKAGE / "_sync").glob("*.py") if p not in wanted]
        if stale:
            print(f"out of date: {', '.join(stale)}: run clients/python/generate.py", file=sys.stderr)
            return 1
        return 0
    for path, text in wanted.items():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
