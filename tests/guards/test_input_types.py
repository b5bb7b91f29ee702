"""Every request body is built from checked parts: each model an `InputModel`, each string field
`Text` or `OneLine` (the types that refuse NUL, lone surrogates and control characters). A new
schema with a bare `str` fails here, before it can store what PostgreSQL refuses."""

from __future__ import annotations

import tempfile
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import AfterValidator, BaseModel
from pydantic.fields import FieldInfo

from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.kit.text import InputModel, Text


def _openapi() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(env="test", data_dir=Path(folder), secret_key="openapi-only-" + "x" * 32)
        app = create_app(settings)
        try:
            return app.openapi()
        finally:
            app.state.ctx.dispose()


def _request_body_schemas(doc: dict[str, Any]) -> set[str]:
    components = doc["components"]["schemas"]
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found.add(name)
                    walk(components[name])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for operations in doc["paths"].values():
        for operation in operations.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                walk(operation["requestBody"])
    return found


def _models() -> dict[str, list[type[BaseModel]]]:
    by_name: dict[str, list[type[BaseModel]]] = {}
    pending: list[type[BaseModel]] = [BaseModel]
    while pending:
        model = pending.pop()
        for sub in model.__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("tocsin."):
                by_name.setdefault(sub.__name__.split("[")[0], []).append(sub)
    return by_name


_CHECK = typing.get_args(Text)[1].func


def _bare_strings(annotation: Any, metadata: list[Any], where: str) -> Iterator[str]:
    if annotation is str:
        if not any(isinstance(m, AfterValidator) and m.func is _CHECK for m in metadata):
            yield where
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        yield from _bare_strings(inner, [*metadata, *extra], where)
    elif origin in (dict, typing.Literal):
        return  # free JSON is walked by InputModel; literals are fixed strings
    else:  # a check on a union (`Annotated[str | int, check]`) covers its members
        for arg in typing.get_args(annotation):
            yield from _bare_strings(arg, metadata if origin in (typing.Union, types.UnionType) else [], where)


def _field_strings(model: type[BaseModel], name: str, field: FieldInfo) -> Iterator[str]:
    yield from _bare_strings(field.annotation, list(field.metadata), f"{model.__module__}.{model.__name__}.{name}")


def test_every_request_body_uses_the_checked_string_types() -> None:
    names = _request_body_schemas(_openapi())
    models = _models()
    assert "EventIn" in names and "UserIn" in names
    not_input: list[str] = []
    bare: list[str] = []
    for name in sorted(names):
        candidates = models.get(name.removesuffix("-Input"), [])
        assert candidates, f"no pydantic model named {name}"
        for model in candidates:
            if not issubclass(model, InputModel):
                not_input.append(f"{model.__module__}.{model.__name__}")
            for field_name, field in model.model_fields.items():
                bare.extend(_field_strings(model, field_name, field))
    assert not not_input, f"request bodies not built on InputModel: {not_input}"
    assert not bare, f"string fields that are not Text or OneLine: {bare}"
