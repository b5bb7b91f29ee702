"""Built-in templates: what every event type sends until an admin writes its own.

Every seeded event type has its built-in email (the subject and texts come from the type's
in-app title and body, the call to action is the type's own); custom types get the generic one.
Variables are listed in `templates.variables`.
"""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.event_types.catalog import CATALOG_BY_KEY
from tocsin.kit import sandbox


@dataclass(frozen=True, slots=True)
class TemplateSource:
    """The sources of one template; `locale` is None for a built-in."""

    subject: str | None
    body: str
    html: str | None
    locale: str | None = None

    @property
    def builtin(self) -> bool:
        return self.locale is None


EMAIL_SUBJECT = "{{ prefix }} {{ title }}"

EMAIL_TEXT = """{{ title }}
{% if body %}

{{ body }}
{% endif %}
{% if document_url %}

Document: {{ document_url }}
{% endif %}
{% if url %}

{{ action }}: {{ url }}
{% endif %}

--
{% if preferences_url %}
{{ org.name }} notifications. Change what you receive: {{ preferences_url }}
{% else %}
{{ org.name }} notifications. Change what you receive in your notification preferences.
{% endif %}
{% if unsubscribe_url %}
Stop emails like this one: {{ unsubscribe_url }}
{% endif %}
"""

EMAIL_HTML = """<!doctype html>
<html lang="{{ locale }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ title }}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;color:#1f2328;
  font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"
  style="max-width:560px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px">
<h1 style="font-size:18px;line-height:1.3;margin:0 0 12px">{{ title }}</h1>
{% if body %}
<p style="font-size:14px;line-height:1.5;margin:0 0 20px;white-space:pre-line">{{ body }}</p>
{% endif %}
{% if created_records %}
<ul style="font-size:14px;line-height:1.5;margin:0 0 20px;padding-left:20px">
{% for r in created_records %}
<li>{% if r.url %}<a href="{{ r.url }}" style="color:#2563eb">{{ r.label }}</a>{% else %}{{ r.label }}{% endif %}</li>
{% endfor %}
</ul>
{% endif %}
{% if document_url %}
<p style="font-size:14px;margin:0 0 20px"><a href="{{ document_url }}" style="color:#2563eb">Open the document</a></p>
{% endif %}
{% if url %}
<p style="margin:0"><a href="{{ url }}" style="display:inline-block;background:#2563eb;color:#ffffff;
  text-decoration:none;padding:10px 16px;border-radius:6px;font-size:14px">{{ action }}</a></p>
{% endif %}
</td></tr>
</table>
<p style="font-size:12px;color:#6b7280;margin:16px 0 0">
{% if preferences_url %}
  {{ org.name }} notifications. Change what you receive in your
  <a href="{{ preferences_url }}" style="color:#6b7280">notification preferences</a>.
{% else %}
  {{ org.name }} notifications. Change what you receive in your notification preferences.
{% endif %}
{% if unsubscribe_url %}
  <a href="{{ unsubscribe_url }}" style="color:#6b7280">Stop emails like this one</a>.
{% endif %}
</p>
</td></tr></table>
</body>
</html>
"""

# Short texts for channels without a subject or HTML (SMS, push, chat webhooks).
SHORT_TEXT = "{{ title }}{% if body %}\n{{ body }}{% endif %}{% if url %}\n{{ url }}{% endif %}"

GENERIC_ACTION = "Open in CRM"

# The call to action of each seeded type's email.
ACTIONS = {
    "task_assigned": "Open task",
    "task_due_soon": "Open task",
    "task_overdue": "Open task",
    "lead_assigned": "Open lead",
    "lead_stage_change": "Open lead",
    "lead_converted": "Open record",
    "deal_stage_change": "Open deal",
    "deal_closed_won": "Open deal",
    "deal_closed_lost": "Open deal",
    "note_added": "Read the note",
    "mention": "Reply",
    "approval_requested": "Review and decide",
    "approval_completed": "Open request",
    "target_milestone": "See progress",
    "import_completed": "See import",
    "record_created": "Open record",
    "record_reassigned": "Open record",
    "workflow_notification": "Open in CRM",
    "activity_reminder": "Open activity",
    "sales_order_status_change": "Open sales order",
    "user_locked_out": "Review the account",
    "broadcast": "Read more",
    "manual": "Open in CRM",
    "record_updated": "Open record",
    "credit_limit_override": "Review the account",
    "possible_duplicate": "Compare the records",
    "portal_activity": "Open record",
    "sla_warning": "Open ticket",
    "sla_breached": "Open ticket",
    "absence_requested": "Review the request",
    "review_due": "Open review",
}


def action_label(event_type: str) -> str:
    return ACTIONS.get(event_type, GENERIC_ACTION)


def is_seeded(event_type: str) -> bool:
    return event_type in CATALOG_BY_KEY


# Built-in SMS texts: one short line per seeded type (a single 160-character segment for most
# records), then the link to the record. Sensitive fields (amounts, contact details) are already
# gone from `data`, `title` and `body` when an SMS renders, so `data.amount` here shows only
# where an admin has declared amounts not sensitive for the type.
SMS_TEXTS = {
    "task_assigned": "{{ actor or 'Someone' }} assigned you the task {{ name }}",
    "task_due_soon": "Task due {{ data.due_at or 'within 24 hours' }}: {{ name }}",
    "task_overdue": "Task overdue: {{ name }}",
    "lead_assigned": "New lead for you: {{ name }}{% if actor %} (from {{ actor }}){% endif %}",
    "lead_stage_change": "Lead {{ name }} moved to {{ data.stage or 'a new stage' }}",
    "lead_converted": "Lead {{ name }} was converted",
    "deal_stage_change": "Deal {{ name }} moved to {{ data.stage or 'a new stage' }}",
    "deal_closed_won": "Deal won: {{ name }}{% if data.amount %} ({{ data.amount }}){% endif %}",
    "deal_closed_lost": "Deal lost: {{ name }}",
    "note_added": "{{ actor or 'Someone' }} added a note to {{ name }}",
    "mention": "{{ actor or 'Someone' }} mentioned you{% if entity.name %} on {{ entity.name }}{% endif %}",
    "approval_requested": "Approval needed: {{ name }}{% if actor %} (from {{ actor }}){% endif %}",
    "approval_completed": "Your request {{ name }} was {{ data.outcome or 'completed' }}",
    "target_milestone": "{{ name }} reached {{ data.percent }}% of target",
    "import_completed": "Import {{ name }} completed",
    "record_created": "New {{ entity.type or 'record' }}: {{ name }}",
    "record_reassigned": "{{ (entity.type or 'record') | capitalize }} {{ name }} reassigned to {{ entity.owner }}",
    "workflow_notification": "{{ title }}",
    "activity_reminder": "Reminder: {{ name }} starts {{ data.start_at or 'soon' }}",
    "sales_order_status_change": "Sales order {{ name }}: {{ data.status or 'updated' }}",
    "user_locked_out": "User {{ data.username or entity.id }} was locked out",
    "broadcast": "{{ title }}{% if body %}: {{ body }}{% endif %}",
    "manual": "{{ title }}{% if body %}: {{ body }}{% endif %}",
    "record_updated": "{{ title }}",
    "credit_limit_override": "Credit limit override: {{ name }}",
    "possible_duplicate": "Possible duplicate: {{ name }}",
    "portal_activity": "Portal: {{ data.contact or name }} {{ data.activity or 'was active' }}",
    "sla_warning": "SLA warning: {{ name }} {{ data.due_at or 'soon' }}",
    "sla_breached": "SLA breached: {{ name }}",
    "absence_requested": "Absence request from {{ data.employee_name or data.employee or actor or 'someone' }}",
    "review_due": "Review due: {{ data.employee_name or data.employee or name }}",
}
SMS_GENERIC = "{{ title }}"
SMS_LINK = "{% if url %} {{ url }}{% endif %}"


def sms_text(event_type: str) -> str:
    """The built-in SMS of a type: its line, or the title of a collapsed notification (it stands
    for many records, events.collapse), then the link."""
    line = SMS_TEXTS.get(event_type, SMS_GENERIC)
    return "{% if data.collapsed %}{{ title }}{% else %}" + line + "{% endif %}" + SMS_LINK


def builtin(event_type: str, channel: str) -> TemplateSource:
    """The built-in template of `event_type` on `channel`."""
    if channel == "email":
        return TemplateSource(subject=EMAIL_SUBJECT, body=EMAIL_TEXT, html=EMAIL_HTML)
    if channel == "sms":
        return TemplateSource(subject=None, body=sms_text(event_type), html=None)
    return TemplateSource(subject="{{ title }}", body=SHORT_TEXT, html=None)


sandbox.trust(
    EMAIL_SUBJECT,
    EMAIL_TEXT,
    EMAIL_HTML,
    SHORT_TEXT,
    "{{ title }}",
    SMS_GENERIC + SMS_LINK,
    *(text + SMS_LINK for text in SMS_TEXTS.values()),
    sms_text(""),
    *(sms_text(event_type) for event_type in SMS_TEXTS),
)
