"""`{% load tocsin %}{% tocsin_bell %}`: the bell of the logged-in user, with a fresh token."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from tocsin_django import conf, tokens, users

register = template.Library()

ATTRIBUTES = ("theme", "locale", "badge", "push_worker")


@register.simple_tag(takes_context=True)
def tocsin_bell(context: template.Context, **attributes: Any) -> SafeString:
    """The bell's script tag and `<tocsin-bell>` for `request.user` (nothing for an anonymous visitor).

    Keyword arguments become attributes: `{% tocsin_bell theme="dark" locale="de" badge="unseen" %}`
    (`push_worker` is written `push-worker`)."""
    request = context.get("request")
    user: Any = getattr(request, "user", None) or context.get("user")
    if user is None or not getattr(user, "is_authenticated", False):
        return SafeString("")
    unknown = set(attributes) - set(ATTRIBUTES)
    if unknown:
        raise template.TemplateSyntaxError(f"tocsin_bell: unknown attribute(s) {sorted(unknown)}; known: {ATTRIBUTES}")
    server = conf.get().public_url
    extra = [(name.replace("_", "-"), value) for name, value in attributes.items() if value is not None]
    token = tokens.token_for(users.username_of(user))
    if token:
        extra.append(("token", token))
    return format_html(
        '<script type="module" src="{}/static/tocsin-bell.js"></script>\n<tocsin-bell server="{}"{}></tocsin-bell>',
        server,
        server,
        format_html_join("", ' {}="{}"', extra),
    )
