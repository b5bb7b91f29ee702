"""The org's configuration: settings, routing, event types, templates, rules, callbacks; health."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tocsin_client import calls
from tocsin_client._sync.paging import SyncPaging
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


class SyncAdminApi(SyncPaging):
    def get_settings(self) -> OrgSettings:
        """The org's settings."""
        return self.run(ops.get_settings())

    def put_settings(self, patch: OrgSettingsPatch | Body = None, /, **fields: Any) -> OrgSettings:
        """Change the org's settings; fields left out keep their value."""
        return self.run(ops.put_settings(calls.build(OrgSettingsPatch, patch, fields)))

    def get_routing(self) -> RoutingOut:
        """The event type x channel routing matrix."""
        return self.run(ops.get_routing())

    def put_routing(self, routing: RoutingIn | Body = None, /, **fields: Any) -> RoutingOut:
        """Change cells of the routing matrix (`matrix={"mention": {"email": {"on": False}}}`)."""
        return self.run(ops.put_routing(calls.build(RoutingIn, routing, fields)))

    def list_event_types(self) -> list[EventTypeOut]:
        """Every event type of the org."""
        return self.run(ops.list_event_types())

    def get_event_type(self, key: str) -> EventTypeOut:
        """One event type."""
        return self.run(ops.get_event_type(key))

    def put_event_type(self, key: str, event_type: EventTypeIn | Body = None, /, **fields: Any) -> EventTypeOut:
        """Create a custom event type or change one (its templates, routing, digest, escalation)."""
        return self.run(ops.put_event_type(key, calls.build(EventTypeIn, event_type, fields)))

    def patch_event_type(self, key: str, event_type: EventTypeIn | Body = None, /, **fields: Any) -> EventTypeOut:
        """Change some fields of an existing event type (a 404 for an unknown one), e.g.
        `enabled=False` to switch it off: its events are stored and notify nobody."""
        return self.run(ops.patch_event_type(key, calls.build(EventTypeIn, event_type, fields)))

    def list_templates(self) -> list[TemplateSummary]:
        """The org's own message templates."""
        return self.run(ops.list_templates())

    def get_template(self, event_type: str, channel: str, *, locale: str | None = None) -> TemplateOut:
        """The template a recipient with `locale` gets."""
        return self.run(ops.get_template(event_type, channel, locale))

    def put_template(
        self, event_type: str, channel: str, template: TemplateIn | Body = None, /, *,
        locale: str | None = None, **fields: Any,
    ) -> TemplateOut:  # fmt: skip
        """Save the org's template for an event type and channel (and locale)."""
        return self.run(ops.put_template(event_type, channel, calls.build(TemplateIn, template, fields), locale))

    def delete_template(self, event_type: str, channel: str, *, locale: str | None = None) -> None:
        """Delete the org's template: the built-in one applies again."""
        return self.run(ops.delete_template(event_type, channel, locale))

    def preview_template(
        self, event_type: str, channel: str, preview: PreviewIn | Body = None, /, *,
        locale: str | None = None, **fields: Any,
    ) -> PreviewOut:  # fmt: skip
        """Render a template (the saved one, or unsaved `subject`/`body`/`html`) with sample data."""
        return self.run(ops.preview_template(event_type, channel, calls.build(PreviewIn, preview, fields), locale))

    def list_rules(self, *, cursor: str | None = None, limit: int | None = None) -> RulePage:
        """One page of the field-change rules."""
        return self.run(ops.list_rules(cursor, limit))

    def iter_rules(self, *, limit: int | None = None) -> Iterator[RuleOut]:
        """Every field-change rule, page after page."""
        for item in self._pages(lambda cursor: ops.list_rules(cursor, limit), None):
            yield item

    def get_rule(self, rule_id: str) -> RuleOut:
        """One field-change rule."""
        return self.run(ops.get_rule(rule_id))

    def put_rule(self, rule_id: str, rule: RuleIn | Body = None, /, **fields: Any) -> RuleOut:
        """Create or replace a field-change rule (which `record_updated` changes notify whom)."""
        return self.run(ops.put_rule(rule_id, calls.build(RuleIn, rule, fields)))

    def delete_rule(self, rule_id: str) -> None:
        """Delete a field-change rule."""
        return self.run(ops.delete_rule(rule_id))

    def get_callbacks(self) -> CallbacksOut:
        """Where Tocsin calls the CRM back (URL, events), the signing secret masked."""
        return self.run(ops.get_callbacks())

    def put_callbacks(self, callbacks: CallbacksIn | Body = None, /, **fields: Any) -> CallbacksOut:
        """Set the CRM callback URL, the events sent to it and its signing secret."""
        return self.run(ops.put_callbacks(calls.build(CallbacksIn, callbacks, fields)))

    def health(self) -> Health:
        """Liveness: the server answers (`/healthz`)."""
        return self.run(ops.health())

    def ready(self) -> Readiness:
        """Readiness: the database (and Redis, where set) answer with a current schema (`/readyz`)."""
        return self.run(ops.ready())
