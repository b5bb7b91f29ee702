from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from tocsin.audit import service as audit
from tocsin.auth.dependencies import Actor, AdminOrg, Ctx, DbSession, ReadingAdminOrg, ReadSession
from tocsin.event_types.schemas import EVENT_KEY_PATTERN
from tocsin.templates import service
from tocsin.templates.schemas import PreviewIn, PreviewOut, TemplateIn, TemplateOut, TemplateSummary

router = APIRouter(prefix="/v1/admin/templates", tags=["admin: templates"])

TypeKey = Annotated[str, Path(pattern=EVENT_KEY_PATTERN)]
Locale = Annotated[str | None, Query(max_length=35, description="e.g. en, de, pt-BR (default en)")]


def _target(event_type: str, channel: str, locale: str) -> str:
    return f"template:{event_type}/{channel}/{locale}"


def _texts(t: TemplateOut) -> dict[str, object]:
    return {"source": t.source, "subject": t.subject, "body": t.body, "html": t.html}


@router.get("", response_model=list[TemplateSummary])
def list_templates(org: ReadingAdminOrg, session: ReadSession) -> list[TemplateSummary]:
    """The templates this org has written (event types without one use the built-in)."""
    return service.list_templates(session, org)


@router.get("/{event_type}/{channel}", response_model=TemplateOut)
def get_template(
    event_type: TypeKey, channel: str, org: ReadingAdminOrg, session: ReadSession, locale: Locale = None
) -> TemplateOut:
    """The template a recipient with `locale` gets: exact locale, its language, `en`, then built-in."""
    return service.get_template(session, org, event_type=event_type, channel=channel, locale=locale)


@router.put("/{event_type}/{channel}", response_model=TemplateOut)
def put_template(
    event_type: TypeKey,
    channel: str,
    body: TemplateIn,
    org: AdminOrg,
    session: DbSession,
    ctx: Ctx,
    actor: Actor,
    locale: Locale = None,
) -> TemplateOut:
    """Save the template of one locale; a template error is a 422 naming the part and line."""
    before = service.get_template(session, org, event_type=event_type, channel=channel, locale=locale)
    out = service.put_template(session, ctx, org, event_type=event_type, channel=channel, locale=locale, body=body)
    audit.record(
        session, org.id, actor=actor, action="template.update", target=_target(event_type, channel, out.locale),
        before=_texts(before), after=_texts(out), now=ctx.clock.now(),
    )  # fmt: skip
    session.commit()
    return out


@router.delete("/{event_type}/{channel}", status_code=204)
def delete_template(
    event_type: TypeKey, channel: str, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor, locale: Locale = None
) -> Response:
    """Go back to the fallback (another locale, or the built-in template)."""
    before = service.get_template(session, org, event_type=event_type, channel=channel, locale=locale)
    service.delete_template(session, org, event_type=event_type, channel=channel, locale=locale)
    after = service.get_template(session, org, event_type=event_type, channel=channel, locale=locale)
    audit.record(
        session, org.id, actor=actor, action="template.revert", target=_target(event_type, channel, before.locale),
        before=_texts(before), after=_texts(after), now=ctx.clock.now(), always=True,
    )  # fmt: skip
    session.commit()
    return Response(status_code=204)


@router.post("/{event_type}/{channel}/preview", response_model=PreviewOut)
def preview(
    event_type: TypeKey,
    channel: str,
    org: AdminOrg,
    session: DbSession,
    ctx: Ctx,
    locale: Locale = None,
    body: PreviewIn | None = None,
) -> PreviewOut:
    """Render with sample data (the body's unsaved sources, or the current template)."""
    return service.preview(
        session, ctx, org, event_type=event_type, channel=channel, locale=locale, body=body or PreviewIn()
    )
