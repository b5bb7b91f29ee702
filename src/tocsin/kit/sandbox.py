"""Admin-edited templates render in Jinja2's sandbox: no attribute tricks, no file access."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined, meta, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import _PassArg

from tocsin.kit import fast_templates
from tocsin.kit import template_budget as budget


class TemplateProblem(ValueError):
    """A template that does not compile or render; `line` points at the fault where known, and
    `limit` names the template limit it exceeded ("output", "items", "time", "integer"), if any."""

    def __init__(self, message: str, *, line: int | None = None, limit: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.limit = limit


class _CheckedConcat(CodeGenerator):
    """`a ~ b` joins through the environment, so a doubling loop stops at the output limit."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class TocsinSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with the limits of `budget` on operators and calls."""

    code_generator_class = _CheckedConcat
    intercepted_binops = frozenset({"**", "*", "%", "+"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str | bytes | bytearray):
            budget.check_str_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        elif isinstance(owner, int):
            budget.check_int_method(getattr(__obj, "__name__", ""), args, kwargs)
        return budget.check_text(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        def checked(*args: Any, **kwargs: Any) -> Any:
            budget.check_format(fmt, args, kwargs)
            return wrapped(*args, **kwargs)

        return checked

    @staticmethod
    def checked_concat(value: str) -> str:
        return budget.check_text(value)  # type: ignore[no-any-return]


# Globals with no use in a notification's text, gone so that nothing can call them: `lipsum`
# builds any amount of text in one call; `cycler` and `joiner` serve HTML loops.
REMOVED_GLOBALS = ("lipsum", "cycler", "joiner")


def _unavailable(name: str) -> Callable[..., Any]:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise budget.BudgetExceeded(f"`{name}` is not available in templates", limit=name)

    return refuse


def _range(*args: int) -> range:
    """`range`, of at most the current limits' items."""
    numbers = range(*args)
    try:
        size = len(numbers)
    except OverflowError:
        size = budget.current().items + 1
    if size > budget.current().items:
        raise budget.too_many("range")
    return numbers


# -- Filters ------------------------------------------------------------------------------------
# Every filter's work happens in one call where no line check runs, so each one that can take
# long or build much is given its limits here, before it runs: the sequence it walks (at most
# `items` items; an iterator is read up to that and handed on as a list), the text it walks (at
# most `output_chars` characters, `slow_chars` for the slow ones), and the arguments that grow
# its result. What it returns is checked against the output cap too. Filters left as they are
# take time and memory in proportion to a value that already exists (`upper`, `length`, `int`, ...).

Check = Callable[[Any, tuple[Any, ...], dict[str, Any]], Any]


def _arg(args: tuple[Any, ...], kwargs: dict[str, Any], index: int, name: str, default: Any = None) -> Any:
    return args[index] if len(args) > index else kwargs.get(name, default)


def _items(what: str) -> Check:
    return lambda value, args, kwargs: budget.check_items(value, what)


def _text(what: str, *, slow: bool = False) -> Check:
    def check(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        limits = budget.current()
        if isinstance(value, str) and len(value) > (limits.slow_chars if slow else limits.output_chars):
            raise budget.BudgetExceeded(
                f"{what} takes at most {limits.slow_chars if slow else limits.output_chars} characters "
                f"under the {limits.kind} template limits",
                limit="output",
            )
        return value

    return check


def _counted(what: str, index: int, name: str) -> Check:
    """A filter making as many lists or fill items as its argument says (`batch`, `slice`)."""

    def check(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        count = _arg(args, kwargs, index, name, 0)
        if isinstance(count, int) and count > budget.current().items:
            raise budget.too_many(f"{what}({count})")
        return budget.check_items(value, what)

    return check


def _sum(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    start = _arg(args, kwargs, 1, "start", 0)
    if not isinstance(start, int | float):  # a list start joins lists, copying the total each time
        raise budget.BudgetExceeded("sum adds numbers only in templates", limit="items")
    return budget.check_items(value, "sum")


def _round(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    precision = _arg(args, kwargs, 0, "precision", 0)
    if isinstance(precision, int) and abs(precision) > 100:  # `ceil` and `floor` compute 10**precision
        raise budget.BudgetExceeded("round takes a precision of at most 100 digits", limit="integer")
    return value


def _wordwrap(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    _text("wordwrap", slow=True)(value, args, kwargs)
    width = _arg(args, kwargs, 0, "width", 79)
    wrapstring = _arg(args, kwargs, 2, "wrapstring", None)
    if isinstance(wrapstring, str) and isinstance(value, str) and isinstance(width, int):
        lines = len(value) // max(1, width) + 1
        if len(value) + lines * len(wrapstring) > budget.current().output_chars:
            raise budget.too_big("wordwrap")
    return value


def _urlize(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    _text("urlize", slow=True)(value, args, kwargs)
    for index, name in ((2, "target"), (3, "rel")):
        extra = _arg(args, kwargs, index, name)
        if isinstance(extra, str) and len(extra) > 64:  # repeated in every link
            raise budget.BudgetExceeded(f"urlize takes a {name} of at most 64 characters", limit="output")
    return value


def _tojson(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    indent = _arg(args, kwargs, 0, "indent")
    if isinstance(indent, int) and budget.weight(value) * (1 + max(0, indent)) > budget.current().output_chars:
        raise budget.too_big("tojson")
    return budget.check_items(value, "tojson")


def _pprint(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    if budget.weight(value) > budget.current().slow_chars // 16:  # tens of microseconds per item
        raise budget.too_big("pprint")
    return value


def _center(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    width = _arg(args, kwargs, 0, "width", 80)
    if isinstance(width, int) and width > budget.current().output_chars:
        raise budget.too_big("center")
    return value


def _indent(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    width = _arg(args, kwargs, 0, "width", 4)
    size = width if isinstance(width, int) else len(str(width))
    if size * (str(value).count("\n") + 1) + len(str(value)) > budget.current().output_chars:
        raise budget.too_big("indent")
    return value


def _format(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    budget.check_printf(str(value), kwargs or args)
    return value


def _replace(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    old, new = _arg(args, kwargs, 0, "old", ""), _arg(args, kwargs, 1, "new", "")
    budget.check_replace(str(value), str(old), str(new))
    return value


def _join(value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    items = list(budget.check_items(value, "join"))
    glue = _arg(args, kwargs, 0, "d", "")
    if budget.weight(items) + len(str(glue)) * len(items) > budget.current().output_chars:
        raise budget.too_big("join")
    return items


_CHECKS: dict[str, Check] = {
    **{name: _items(name) for name in (
        "dictsort", "groupby", "items", "list", "map", "max", "min", "reject", "rejectattr", "reverse",
        "select", "selectattr", "sort", "unique", "urlencode", "xmlattr",
    )},
    **{name: _text(name) for name in ("forceescape", "striptags", "title", "truncate", "wordcount")},
    "batch": _counted("batch", 0, "linecount"),
    "slice": _counted("slice", 0, "slices"),
    "sum": _sum,
    "round": _round,
    "wordwrap": _wordwrap,
    "urlize": _urlize,
    "tojson": _tojson,
    "pprint": _pprint,
    "center": _center,
    "indent": _indent,
    "format": _format,
    "replace": _replace,
    "join": _join,
}  # fmt: skip


def _guarded(func: Callable[..., Any], check: Check) -> Callable[..., Any]:
    lead = 0 if _PassArg.from_obj(func) is None else 1  # the context, eval context or environment

    def guarded(*args: Any, **kwargs: Any) -> Any:
        value = check(args[lead], args[lead + 1 :], kwargs)
        return budget.check_text(func(*args[:lead], value, *args[lead + 1 :], **kwargs))

    if lead:
        guarded.jinja_pass_arg = func.jinja_pass_arg  # type: ignore[attr-defined]
    guarded.__name__ = getattr(func, "__name__", "filter")
    return guarded


_BUILTIN_FILTERS = dict(DEFAULT_FILTERS)
_CAPPED_FILTERS = {name: _guarded(_BUILTIN_FILTERS[name], check) for name, check in _CHECKS.items()}


def _environment(*, autoescape: bool, strict: bool) -> TocsinSandbox:
    env = TocsinSandbox(
        autoescape=autoescape,
        undefined=StrictUndefined if strict else Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        optimized=False,  # no constant folding at compile time: see kit/template_budget.py
    )
    env.filters.update(_CAPPED_FILTERS)
    for name in REMOVED_GLOBALS:  # kept as names, so a template calling them says so
        env.globals[name] = _unavailable(name)
    env.globals["range"] = _range
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


def _compile(source: str, autoescape: bool, strict: bool) -> Any:
    compiled = _compiled(source, autoescape, strict)
    if isinstance(compiled, Exception):
        raise compiled.with_traceback(None)
    return compiled


@lru_cache(maxsize=512)
def _compiled(source: str, autoescape: bool, strict: bool) -> Any:
    """The compiled template, or why it does not compile: a stored template that does not
    compile (saved before a check existed) fails every render, and compiling a long one takes
    tens of milliseconds that an event's render does not have."""
    try:
        return _ENVS[(autoescape, strict)].from_string(source)
    except Exception as exc:
        return exc


def check(source: str, *, autoescape: bool = False) -> None:
    """Raise TemplateProblem if `source` does not compile, or calls for a global templates do
    not have (`lipsum`, `cycler`, `joiner`: see REMOVED_GLOBALS)."""
    try:
        _compile(source, autoescape, False)
        tree = _ENVS[(autoescape, False)].parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or "syntax error", line=exc.lineno) from exc
    names = list(tree.find_all(nodes.Name))
    own = {node.name for node in names if node.ctx != "load"}  # set, a loop variable, a parameter
    for node in names:
        if node.name in REMOVED_GLOBALS and node.name not in own:
            raise TemplateProblem(f"`{node.name}` is not available in templates", line=node.lineno)


@lru_cache(maxsize=512)
def _fast(source: str) -> fast_templates.Render | None:
    """The closures rendering `source` in the plain environment, where the template is simple
    enough (see kit/fast_templates.py); None if not, or if Jinja does not compile it."""
    try:
        _compile(source, False, False)
    except Exception:  # the Jinja path reports it (a syntax error, or generated code Python refuses)
        return None
    return fast_templates.compile_template(_ENVS[(False, False)], source)


def render(
    source: str,
    variables: dict[str, Any],
    *,
    autoescape: bool = False,
    strict: bool = False,
    limits: budget.Limits = budget.MESSAGE,
) -> str:
    """Render `source` within `limits` (see kit/template_budget.py); missing variables render
    empty unless `strict` (used by previews). Simple templates take the fast path, which renders
    the same text or leaves the render to Jinja."""
    token = budget.enter(limits)
    try:
        if not (autoescape or strict):
            fast = _fast(source)
            if fast is not None:
                text = fast(variables)
                if text is not None:
                    return text
        return _render_jinja(source, variables, autoescape=autoescape, strict=strict)
    finally:
        budget.leave(token)


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
        limit = exc.limit if isinstance(exc, budget.BudgetExceeded) else None
        raise TemplateProblem(str(exc), line=_line_of(exc), limit=limit) from exc
    except Exception as exc:  # an admin's template may fail in any way (1/0, a bad filter argument)
        raise TemplateProblem(f"{type(exc).__name__}: {exc}", line=_line_of(exc)) from exc


def _raw_line(exc: BaseException, template: Any) -> int | None:
    """The template line of the innermost template frame of a traceback Jinja has not rewritten."""
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == budget.TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return template.get_corresponding_lineno(line) if line is not None else None


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
    except (budget.BudgetExceeded, RecursionError) as exc:
        # Not rewritten to template frames as Jinja does: for a deep recursion that costs more
        # than the render was allowed. The line is looked up in the template's line table.
        exc.template_line = _raw_line(exc, template)  # type: ignore[union-attr]
        raise
    except Exception:
        yield env.handle_exception()  # as Jinja does: raises with the template's line numbers


def _bounded_join(chunks: Iterator[str]) -> str:
    out: list[str] = []
    size = 0
    limit = budget.current().output_chars
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
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
    if hasattr(exc, "template_line"):
        return exc.template_line  # type: ignore[no-any-return]
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
