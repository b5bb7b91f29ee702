"""Admin-edited templates render in Jinja2's sandbox: no attribute tricks, no file access."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined, meta, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import _PassArg

from tocsin.kit import fast_templates
from tocsin.kit import template_budget as budget


class TemplateProblem(ValueError):
    """A template that does not compile or render; `line` points at the fault where known."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _CheckedConcat(CodeGenerator):
    """`a ~ b` joins through the environment, so a doubling loop stops at the output limit."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class TocsinSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with the size limits of `budget` on operators and calls."""

    code_generator_class = _CheckedConcat
    intercepted_binops = frozenset({"**", "*", "%", "+"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            budget.check_str_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        return budget.check_text(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            budget.check_format(value.__self__)
        return wrapped

    @staticmethod
    def checked_concat(value: str) -> str:
        return budget.check_text(value)  # type: ignore[no-any-return]


def _center(value: str, width: int = 80) -> str:
    if width > budget.MAX_OUTPUT_CHARS:
        raise budget.too_big("center")
    return str(value).center(width)


def _indent(value: str, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    size = width if isinstance(width, int) else len(width)
    if size * (str(value).count("\n") + 1) + len(str(value)) > budget.MAX_OUTPUT_CHARS:
        raise budget.too_big("indent")
    return str(_BUILTIN_FILTERS["indent"](value, width, first, blank))


def _format(value: str, *args: Any, **kwargs: Any) -> str:
    budget.check_printf(str(value))
    return budget.check_text(_BUILTIN_FILTERS["format"](value, *args, **kwargs))  # type: ignore[no-any-return]


def _replace(eval_ctx: EvalContext, value: str, old: str, new: str, count: int | None = None) -> str:
    budget.check_replace(str(value), str(old), str(new))
    return str(_BUILTIN_FILTERS["replace"](eval_ctx, value, old, new, count))


def _join(eval_ctx: EvalContext, value: Any, d: str = "", attribute: str | int | None = None) -> str:
    items = list(value)
    if budget.weight(items) + len(d) * len(items) > budget.MAX_OUTPUT_CHARS:
        raise budget.too_big("join")
    return str(_BUILTIN_FILTERS["join"](eval_ctx, items, d, attribute))


_join.jinja_pass_arg = _PassArg.eval_context  # type: ignore[attr-defined]
_replace.jinja_pass_arg = _PassArg.eval_context  # type: ignore[attr-defined]
_BUILTIN_FILTERS = dict(DEFAULT_FILTERS)
_CAPPED_FILTERS = {"center": _center, "indent": _indent, "format": _format, "replace": _replace, "join": _join}


def _environment(*, autoescape: bool, strict: bool) -> TocsinSandbox:
    env = TocsinSandbox(
        autoescape=autoescape,
        undefined=StrictUndefined if strict else Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        optimized=False,  # no constant folding at compile time: see kit/template_budget.py
    )
    env.filters.update(_CAPPED_FILTERS)
    return env


_ENVS = {
    (auto, strict): _environment(autoescape=auto, strict=strict) for auto in (False, True) for strict in (False, True)
}


# Templates that ship with Tocsin (registered by the templates package). They render in the same
# sandbox with the same size limits, but without the wall-clock budget: it traces every call the
# render makes (most of a short text's render time), and it guards against admins' loops, which
# these texts do not have.
_TRUSTED: set[str] = set()


def trust(*sources: str | None) -> None:
    """Mark built-in template sources as Tocsin's own (see `_TRUSTED`)."""
    _TRUSTED.update(source for source in sources if source)


@lru_cache(maxsize=512)
def _compile(source: str, autoescape: bool, strict: bool) -> Any:
    return _ENVS[(autoescape, strict)].from_string(source)


def check(source: str, *, autoescape: bool = False) -> None:
    """Raise TemplateProblem if `source` does not compile."""
    try:
        _compile(source, autoescape, False)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or "syntax error", line=exc.lineno) from exc


@lru_cache(maxsize=512)
def _fast(source: str) -> fast_templates.Render | None:
    """The closures rendering `source` in the plain environment, where the template is simple
    enough (see kit/fast_templates.py); None if not, or if Jinja does not compile it."""
    try:
        _compile(source, False, False)
    except Exception:  # the Jinja path reports it (a syntax error, or generated code Python refuses)
        return None
    return fast_templates.compile_template(_ENVS[(False, False)], source)


def render(source: str, variables: dict[str, Any], *, autoescape: bool = False, strict: bool = False) -> str:
    """Render `source` within the limits of `budget`; missing variables render empty unless
    `strict` (used by previews). Simple templates take the fast path, which renders the same text
    or leaves the render to Jinja."""
    if not (autoescape or strict):
        fast = _fast(source)
        if fast is not None:
            text = fast(variables)
            if text is not None:
                return text
    return _render_jinja(source, variables, autoescape=autoescape, strict=strict)


def _render_jinja(source: str, variables: dict[str, Any], *, autoescape: bool, strict: bool) -> str:
    try:
        template = _compile(source, autoescape, strict)
        if source in _TRUSTED:
            return _bounded_join(_generate(template, variables))
        with budget.time_budget():
            return _bounded_join(_generate(template, variables))
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or "syntax error", line=exc.lineno) from exc
    except (UndefinedError, SecurityError, TemplateError) as exc:
        raise TemplateProblem(str(exc), line=_line_of(exc)) from exc
    except Exception as exc:  # an admin's template may fail in any way (1/0, a bad filter argument)
        raise TemplateProblem(f"{type(exc).__name__}: {exc}", line=_line_of(exc)) from exc


# Each environment's globals as one plain dict. Jinja's own `generate` builds every render's context
# from the template's globals, a ChainMap it walks several times per render: measured, that was a
# quarter of a short text's render time. Templates here come from strings (`from_string`, no
# globals of their own, no loader to import from), so their globals are their environment's.
_GLOBALS = {env: dict(env.globals) for env in _ENVS.values()}


def _generate(template: Any, variables: dict[str, Any]) -> Iterator[str]:
    """`template.generate(**variables)`, with the context built from the plain globals."""
    env = template.environment
    context = env.context_class(env, {**_GLOBALS[env], **variables}, template.name, template.blocks)
    try:
        yield from template.root_render_func(context)
    except Exception:
        yield env.handle_exception()  # as Jinja does: raises with the template's line numbers


def _bounded_join(chunks: Iterator[str]) -> str:
    out: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > budget.MAX_OUTPUT_CHARS:
            raise budget.too_big("the rendered text")
        out.append(chunk)
    return "".join(out)


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
