"""Render a message from its template in the sandbox; a broken admin template falls back to the
built-in one, so a typo never costs a delivery."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tocsin.kit.sandbox import TemplateProblem, render
from tocsin.kit.template_budget import MESSAGE, TITLE, Limits
from tocsin.templates.defaults import TemplateSource, builtin

SUBJECT_MAX = 250
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str | None
    problem: TemplateProblem | None = None  # set when the admin's template failed and the built-in was used


def one_line(value: str) -> str:
    """Headers are one line: newlines would let a template (or data in it) inject headers."""
    return _SPACES.sub(" ", value).strip()[:SUBJECT_MAX]


def tidy_text(value: str) -> str:
    lines = [line.rstrip() for line in value.strip().splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)) + "\n"


def render_source(source: TemplateSource, variables: dict[str, Any]) -> Rendered:
    """Render all parts; raises TemplateProblem naming the part in its message."""
    subject = one_line(_part("subject", source.subject or "{{ title }}", variables, autoescape=False, limits=TITLE))
    text = tidy_text(_part("body", source.body, variables, autoescape=False))
    html = _part("html", source.html, variables, autoescape=True) if source.html else None
    return Rendered(subject=subject or str(variables.get("title") or ""), text=text, html=html)


def render_message(source: TemplateSource, variables: dict[str, Any], *, event_type: str, channel: str) -> Rendered:
    """Render for sending: an admin template that fails falls back to the built-in one."""
    try:
        return render_source(source, variables)
    except TemplateProblem as problem:
        if source.builtin:
            raise
        fallback = render_source(builtin(event_type, channel), variables)
        return Rendered(fallback.subject, fallback.text, fallback.html, problem=problem)


class PartProblem(TemplateProblem):
    """A TemplateProblem that knows which part (subject, body, html) failed."""

    def __init__(self, part: str, problem: TemplateProblem) -> None:
        super().__init__(problem.message, line=problem.line, limit=problem.limit)
        self.part = part


def _part(part: str, source: str, variables: dict[str, Any], *, autoescape: bool, limits: Limits = MESSAGE) -> str:
    try:
        return render(source, variables, autoescape=autoescape, limits=limits)
    except TemplateProblem as problem:
        raise PartProblem(part, problem) from problem
