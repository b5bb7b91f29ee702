"""Message templates as admins edit them, and as the worker loads them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import ApiError, invalid, not_found
from tocsin.event_types import service as event_types
from tocsin.event_types.models import EventType
from tocsin.kit.channels import EXTERNAL_CHANNELS
from tocsin.kit.clock import isoformat
from tocsin.kit.sandbox import TemplateProblem, undeclared
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.templates import repository
from tocsin.templates.defaults import TemplateSource
from tocsin.templates.models import Template
from tocsin.templates.render import PartProblem, Rendered, render_source
from tocsin.templates.resolve import DEFAULT_LOCALE, normalize_locale, pick
from tocsin.templates.schemas import PreviewIn, PreviewOut, TemplateIn, TemplateOut, TemplateSummary
from tocsin.templates.variables import NAMES, sample_variables

PARTS = ("subject", "body", "html")


def _source(row: Template) -> TemplateSource:
    return TemplateSource(subject=row.subject, body=row.body, html=row.html, locale=row.locale)


def valid_channel(channel: str) -> str:
    if channel not in EXTERNAL_CHANNELS:
        raise invalid("channel", f"unknown channel; one of {', '.join(EXTERNAL_CHANNELS)}")
    return channel


def valid_locale(value: str | None) -> str:
    if value is None:
        return DEFAULT_LOCALE
    tag = normalize_locale(value)
    if tag is None:
        raise invalid("locale", "not a locale tag (like en, de, pt-BR)")
    return tag


def _event_type(session: Session, org: Org, key: str) -> EventType:
    row = event_types.find(session, org.id, key)
    if row is None:
        raise not_found("event type")
    return row


def stored_sources(session: Session, *, org_id: int, event_type: str, channel: str) -> dict[str, TemplateSource]:
    return {
        row.locale: _source(row)
        for row in repository.for_type(session, org_id=org_id, event_type=event_type, channel=channel)
    }


def sources_for(
    session: Session, *, org_id: int, channel: str, event_types: Iterable[str]
) -> dict[str, dict[str, TemplateSource]]:
    """For the worker: {event_type: {locale: source}} of one org and channel, in one query."""
    out: dict[str, dict[str, TemplateSource]] = {}
    for row in repository.for_types(session, org_id=org_id, channel=channel, event_types=event_types):
        out.setdefault(row.event_type, {})[row.locale] = _source(row)
    return out


def _out(*, event_type: str, channel: str, locale: str, source: TemplateSource, updated_at: str | None) -> TemplateOut:
    return TemplateOut(
        event_type=event_type,
        channel=channel,
        locale=locale,
        resolved_locale=source.locale,
        source="builtin" if source.builtin else "custom",
        subject=source.subject,
        body=source.body,
        html=source.html,
        variables=list(NAMES),
        warnings=_warnings(source),
        updated_at=updated_at,
    )


def get_template(session: Session, org: Org, *, event_type: str, channel: str, locale: str | None) -> TemplateOut:
    """The template a recipient with `locale` gets, and where it comes from."""
    valid_channel(channel)
    tag = valid_locale(locale)
    _event_type(session, org, event_type)
    stored = repository.for_type(session, org_id=org.id, event_type=event_type, channel=channel)
    by_locale = {row.locale: row for row in stored}
    source = pick({k: _source(v) for k, v in by_locale.items()}, event_type=event_type, channel=channel, locale=tag)
    row = by_locale.get(source.locale or "")
    return _out(
        event_type=event_type,
        channel=channel,
        locale=tag,
        source=source,
        updated_at=isoformat(row.updated_at) if row else None,
    )


def _merged_source(
    session: Session, org: Org, *, event_type: str, channel: str, locale: str, given: TemplateIn | PreviewIn
) -> TemplateSource:
    """The parts given, and the template now in force for this locale where a part is left out."""
    current = pick(
        stored_sources(session, org_id=org.id, event_type=event_type, channel=channel),
        event_type=event_type,
        channel=channel,
        locale=locale,
    )
    return TemplateSource(
        subject=given.subject if given.subject is not None else current.subject,
        body=given.body if given.body is not None else current.body,
        html=given.html if given.html is not None else current.html,
        locale=locale,
    )


def put_template(
    session: Session, ctx: AppContext, org: Org, *, event_type: str, channel: str, locale: str | None, body: TemplateIn
) -> TemplateOut:
    """Save the template of one locale. Every part must compile and render with sample data;
    a failing part is a 422 naming it and its line, and nothing is saved."""
    valid_channel(channel)
    tag = valid_locale(locale)
    type_row = _event_type(session, org, event_type)
    merged = _merged_source(session, org, event_type=event_type, channel=channel, locale=tag, given=body)
    _trial_render(merged, type_row, org, ctx, locale=tag)
    row = repository.save(
        session,
        org_id=org.id,
        event_type=event_type,
        channel=channel,
        locale=tag,
        subject=merged.subject,
        body=merged.body,
        html=merged.html,
        now=ctx.clock.now(),
    )
    return _out(event_type=event_type, channel=channel, locale=tag, source=merged, updated_at=isoformat(row.updated_at))


def delete_template(session: Session, org: Org, *, event_type: str, channel: str, locale: str | None) -> None:
    """Remove one locale's template: recipients fall back along the locale chain."""
    valid_channel(channel)
    tag = valid_locale(locale)
    _event_type(session, org, event_type)
    if not repository.remove(session, org_id=org.id, event_type=event_type, channel=channel, locale=tag):
        raise not_found("template")


def list_templates(session: Session, org: Org) -> list[TemplateSummary]:
    return [
        TemplateSummary(
            event_type=row.event_type,
            channel=row.channel,
            locale=row.locale,
            updated_at=isoformat(row.updated_at) or "",
        )
        for row in repository.list_for_org(session, org.id)
    ]


def preview(
    session: Session, ctx: AppContext, org: Org, *, event_type: str, channel: str, locale: str | None, body: PreviewIn
) -> PreviewOut:
    """Render the given sources (the current template where left out) with sample data."""
    valid_channel(channel)
    tag = valid_locale(locale)
    type_row = _event_type(session, org, event_type)
    source = _merged_source(session, org, event_type=event_type, channel=channel, locale=tag, given=body)
    overrides = body.model_dump(include={"entity", "actor", "data"}, exclude_none=True)
    rendered = _trial_render(source, type_row, org, ctx, locale=tag, overrides=overrides)
    return PreviewOut(subject=rendered.subject, text=rendered.text, html=rendered.html, warnings=_warnings(source))


def _trial_render(
    source: TemplateSource,
    type_row: EventType,
    org: Org,
    ctx: AppContext,
    *,
    locale: str,
    overrides: dict[str, object] | None = None,
) -> Rendered:
    variables = sample_variables(
        event_type=type_row.key,
        title_template=type_row.title_template,
        body_template=type_row.body_template,
        prefix=orgs.settings_of(org).email_subject_prefix,
        org_name=org.name,
        org_slug=org.slug,
        locale=locale,
        now=ctx.clock.now(),
        overrides=overrides,
    )
    try:
        return render_source(source, variables)
    except PartProblem as problem:
        raise _problem(problem.part, problem) from problem


def _problem(part: str, problem: TemplateProblem) -> ApiError:
    where = f" (line {problem.line})" if problem.line else ""
    return invalid(part, f"template error{where}: {problem.message}")


def _warnings(source: TemplateSource) -> list[str]:
    out: list[str] = []
    for part in PARTS:
        text = getattr(source, part)
        if not text:
            continue
        try:
            unknown = undeclared(text, known=NAMES)
        except TemplateProblem:
            continue  # reported as an error by the render
        out.extend(f"{part}: unknown variable {name!r}" for name in unknown)
    return out
