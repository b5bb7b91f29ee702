"""The org's configuration: settings, routing, event types, templates, rules, callbacks; health."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from tocsin_client import calls
from tocsin_client._async.paging import AsyncPaging
from tocsin_client.models import (
    CallbacksIn,
    CallbacksOut,
    EventTypeIn,
    EventTypeOut,
    Health,
    OrgSettings,
    OrgSettingsPatch,
    PreviewIn,
    PreviewOut,
    Readiness,
    RoutingIn,
    RoutingOut,
    RuleIn,
    RuleOut,
    RulePage,
    TemplateIn,
    TemplateOut,
    TemplateSummary,
)
from tocsin_client.ops import admin as ops

Body = Mapping[str, Any] | None


class AsyncAdminApi(AsyncPaging):
    async def get_settings(self) -> OrgSettings:
        """The org's settings."""
        return await self.run(ops.get_settings())

    async def put_settings(self, patch: OrgSettingsPatch | Body = None, /, **fields: Any) -> OrgSettings:
        """Change the org's settings; fields left out keep their value."""
        return await self.run(ops.put_settings(calls.build(OrgSettingsPatch, patch, fields)))

    async def get_routing(self) -> RoutingOut:
        """The event type x channel routing matrix."""
        return await self.run(ops.get_routing())

    async def put_routing(self, routing: RoutingIn | Body = None, /, **fields: Any) -> RoutingOut:
        """Change cells of the routing matrix (`matrix={"mention": {"email": {"on": False}}}`)."""
        return await self.run(ops.put_routing(calls.build(RoutingIn, routing, fields)))

    async def list_event_types(self) -> list[EventTypeOut]:
        """Every event type of the org."""
        return await self.run(ops.list_event_types())

    async def get_event_type(self, key: str) -> EventTypeOut:
        """One event type."""
        return await self.run(ops.get_event_type(key))

    async def put_event_type(self, key: str, event_type: EventTypeIn | Body = None, /, **fields: Any) -> EventTypeOut:
        """Create a custom event type or change one (its templates, routing, digest, escalation)."""
        return await self.run(ops.put_event_type(key, calls.build(EventTypeIn, event_type, fields)))

    async def patch_event_type(self, key: str, event_type: EventTypeIn | Body = None, /, **fields: Any) -> EventTypeOut:
        """Change some fields of an existing event type (a 404 for an unknown one), e.g.
        `enabled=False` to switch it off: its events are stored and notify nobody."""
        return await self.run(ops.patch_event_type(key, calls.build(EventTypeIn, event_type, fields)))

    async def list_templates(self) -> list[TemplateSummary]:
        """The org's own message templates."""
        return await self.run(ops.list_templates())

    async def get_template(self, event_type: str, channel: str, *, locale: str | None = None) -> TemplateOut:
        """The template a recipient with `locale` gets."""
        return await self.run(ops.get_template(event_type, channel, locale))

    async def put_template(
        self, event_type: str, channel: str, template: TemplateIn | Body = None, /, *,
        locale: str | None = None, **fields: Any,
    ) -> TemplateOut:  # fmt: skip
        """Save the org's template for an event type and channel (and locale)."""
        return await self.run(ops.put_template(event_type, channel, calls.build(TemplateIn, template, fields), locale))

    async def delete_template(self, event_type: str, channel: str, *, locale: str | None = None) -> None:
        """Delete the org's template: the built-in one applies again."""
        return await self.run(ops.delete_template(event_type, channel, locale))

    async def preview_template(
        self, event_type: str, channel: str, preview: PreviewIn | Body = None, /, *,
        locale: str | None = None, **fields: Any,
    ) -> PreviewOut:  # fmt: skip
        """Render a template (the saved one, or unsaved `subject`/`body`/`html`) with sample data."""
        return await self.run(
            ops.preview_template(event_type, channel, calls.build(PreviewIn, preview, fields), locale)
        )

    async def list_rules(self, *, cursor: str | None = None, limit: int | None = None) -> RulePage:
        """One page of the field-change rules."""
        return await self.run(ops.list_rules(cursor, limit))

    async def iter_rules(self, *, limit: int | None = None) -> AsyncIterator[RuleOut]:
        """Every field-change rule, page after page."""
        async for item in self._pages(lambda cursor: ops.list_rules(cursor, limit), None):
            yield item

    async def get_rule(self, rule_id: str) -> RuleOut:
        """One field-change rule."""
        return await self.run(ops.get_rule(rule_id))

    async def put_rule(self, rule_id: str, rule: RuleIn | Body = None, /, **fields: Any) -> RuleOut:
        """Create or replace a field-change rule (which `record_updated` changes notify whom)."""
        return await self.run(ops.put_rule(rule_id, calls.build(RuleIn, rule, fields)))

    async def delete_rule(self, rule_id: str) -> None:
        """Delete a field-change rule."""
        return await self.run(ops.delete_rule(rule_id))

    async def get_callbacks(self) -> CallbacksOut:
        """Where Tocsin calls the CRM back (URL, events), the signing secret masked."""
        return await self.run(ops.get_callbacks())

    async def put_callbacks(self, callbacks: CallbacksIn | Body = None, /, **fields: Any) -> CallbacksOut:
        """Set the CRM callback URL, the events sent to it and its signing secret."""
        return await self.run(ops.put_callbacks(calls.build(CallbacksIn, callbacks, fields)))

    async def health(self) -> Health:
        """Liveness: the server answers (`/healthz`)."""
        return await self.run(ops.health())

    async def ready(self) -> Readiness:
        """Readiness: the database (and Redis, where set) answer with a current schema (`/readyz`)."""
        return await self.run(ops.ready())
