#!/usr/bin/env python3
"""Writes `src/tocsin_client/models.py`, the client's models, from the server's OpenAPI document.

Run it from the server's environment (it imports `tocsin` to build the document, and needs the
`datamodel-code-generator` of the server's test extras):

    .venv/bin/python clients/python/generate.py           # rewrite models.py
    .venv/bin/python clients/python/generate.py --check   # exit 1 when models.py is out of date

The document is built in this process, with no server running, so the models always follow the
routes and schemas of the checkout. A test runs `--check`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODELS = HERE / "src" / "tocsin_client" / "models.py"
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when models.py differs from what is generated")
    args = parser.parse_args()
    text = generate(openapi_document())
    if args.check:
        if MODELS.read_text() != text:
            print(f"{MODELS} is out of date: run clients/python/generate.py", file=sys.stderr)
            return 1
        return 0
    MODELS.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
