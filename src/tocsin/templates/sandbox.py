"""Admin-edited templates render in Jinja2's sandbox: no attribute tricks, no file access."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined
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
    except (UndefinedError, SecurityError, TemplateError, TypeError, ValueError) as exc:
        raise TemplateProblem(str(exc), line=_line_of(exc)) from exc


def _line_of(exc: BaseException) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
