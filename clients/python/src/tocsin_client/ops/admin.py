"""The org's configuration: settings, routing, event types, templates, rules, callbacks; health."""

from __future__ import annotations

from tocsin_client.calls import Call, adapter, body, model, no_content, query, seg
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


def get_settings() -> Call[OrgSettings]:
    return Call("GET", "/v1/admin/settings", model(OrgSettings))


def put_settings(patch: OrgSettingsPatch) -> Call[OrgSettings]:
    return Call("PUT", "/v1/admin/settings", model(OrgSettings), json=body(patch))


def get_routing() -> Call[RoutingOut]:
    return Call("GET", "/v1/admin/routing", model(RoutingOut))


def put_routing(routing: RoutingIn) -> Call[RoutingOut]:
    return Call("PUT", "/v1/admin/routing", model(RoutingOut), json=body(routing))


def list_event_types() -> Call[list[EventTypeOut]]:
    return Call("GET", "/v1/admin/event-types", adapter(list[EventTypeOut]))


def get_event_type(key: str) -> Call[EventTypeOut]:
    return Call("GET", f"/v1/admin/event-types/{seg(key)}", model(EventTypeOut))


def put_event_type(key: str, event_type: EventTypeIn) -> Call[EventTypeOut]:
    return Call("PUT", f"/v1/admin/event-types/{seg(key)}", model(EventTypeOut), json=body(event_type))


def patch_event_type(key: str, event_type: EventTypeIn) -> Call[EventTypeOut]:
    return Call("PATCH", f"/v1/admin/event-types/{seg(key)}", model(EventTypeOut), json=body(event_type))


def list_templates() -> Call[list[TemplateSummary]]:
    return Call("GET", "/v1/admin/templates", adapter(list[TemplateSummary]))


def _template_path(event_type: str, channel: str) -> str:
    return f"/v1/admin/templates/{seg(event_type)}/{seg(channel)}"


def get_template(event_type: str, channel: str, locale: str | None) -> Call[TemplateOut]:
    return Call("GET", _template_path(event_type, channel), model(TemplateOut), params=query(locale=locale))


def put_template(event_type: str, channel: str, template: TemplateIn, locale: str | None) -> Call[TemplateOut]:
    path = _template_path(event_type, channel)
    return Call("PUT", path, model(TemplateOut), json=body(template), params=query(locale=locale))


def delete_template(event_type: str, channel: str, locale: str | None) -> Call[None]:
    return Call("DELETE", _template_path(event_type, channel), no_content, params=query(locale=locale))


def preview_template(event_type: str, channel: str, preview: PreviewIn, locale: str | None) -> Call[PreviewOut]:
    path = _template_path(event_type, channel) + "/preview"
    return Call("POST", path, model(PreviewOut), json=body(preview), params=query(locale=locale))


def list_rules(cursor: str | None, limit: int | None) -> Call[RulePage]:
    return Call("GET", "/v1/admin/rules", model(RulePage), params=query(cursor=cursor, limit=limit))


def get_rule(rule_id: str) -> Call[RuleOut]:
    return Call("GET", f"/v1/admin/rules/{seg(rule_id)}", model(RuleOut))


def put_rule(rule_id: str, rule: RuleIn) -> Call[RuleOut]:
    return Call("PUT", f"/v1/admin/rules/{seg(rule_id)}", model(RuleOut), json=body(rule))


def delete_rule(rule_id: str) -> Call[None]:
    return Call("DELETE", f"/v1/admin/rules/{seg(rule_id)}", no_content)


def get_callbacks() -> Call[CallbacksOut]:
    return Call("GET", "/v1/admin/callbacks", model(CallbacksOut))


def put_callbacks(callbacks: CallbacksIn) -> Call[CallbacksOut]:
    return Call("PUT", "/v1/admin/callbacks", model(CallbacksOut), json=body(callbacks))


def health() -> Call[Health]:
    return Call("GET", "/healthz", model(Health))


def ready() -> Call[Readiness]:
    return Call("GET", "/readyz", model(Readiness))
