"""Admin-edited templates render in Jinja2's sandbox: no attribute tricks, no file access."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined, meta
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment


class TemplateProblem(ValueError):
    """A template that does not compile or render; `line` points at the fault where known."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _environment(*, autoescape: bool, strict: bool) -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(
        autoescape=autoescape,
        undefined=StrictUndefined if strict else Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


_ENVS = {
    (auto, strict): _environment(autoescape=auto, strict=strict) for auto in (False, True) for strict in (False, True)
}


@lru_cache(maxsize=512)
def _compile(source: str, autoescape: bool, strict: bool) -> Any:
    return _ENVS[(autoescape, strict)].from_string(source)


def check(source: str, *, autoescape: bool = False) -> None:
    """Raise TemplateProblem if `source` does not compile."""
    try:
        _compile(source, autoescape, False)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or "syntax error", line=exc.lineno) from exc


def render(source: str, variables: dict[str, Any], *, autoescape: bool = False, strict: bool = False) -> str:
    """Render `source`; missing variables render empty unless `strict` (used by previews)."""
    try:
        return str(_compile(source, autoescape, strict).render(**variables))
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or "syntax error", line=exc.lineno) from exc
    except (UndefinedError, SecurityError, TemplateError) as exc:
        raise TemplateProblem(str(exc), line=_line_of(exc)) from exc
    except Exception as exc:  # an admin's template may fail in any way (1/0, a bad filter argument)
        raise TemplateProblem(f"{type(exc).__name__}: {exc}", line=_line_of(exc)) from exc


def undeclared(source: str, *, known: Iterable[str]) -> list[str]:
    """Top-level names `source` uses that are not among the `known` variables (likely typos)."""
    try:
        tree = _ENVS[(False, False)].parse(source)  # parse only: nothing runs
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or "syntax error", line=exc.lineno) from exc
    env = _ENVS[(False, False)]
    return sorted(meta.find_undeclared_variables(tree) - set(known) - set(env.globals))


def _line_of(exc: BaseException) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
