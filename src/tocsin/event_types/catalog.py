"""The event types seeded for every org, with default routing and default texts.

Texts are Jinja2 templates rendered in the sandbox with: `name` (the entity's name, else its id),
`entity`, `actor`, `data`, `event_type`, `urgent`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tocsin.kit.channels import DECLARED, IN_APP


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    key: str
    description: str
    title: str
    body: str = ""
    urgent: bool = False
    module: str | None = None  # the CRM module an assignment of this type belongs to
    escalation: dict[str, Any] | None = None  # unread escalation, see kit/quiet_hours.Escalation


# Still unread after 30 minutes: by email; after 4 hours: the recipient's manager hears of it.
LEAD_ESCALATION: dict[str, Any] = {"after_minutes": 30, "channel": "email", "manager_after_minutes": 240}

# The records a conversion created, one line each with its link.
LEAD_CONVERTED_BODY = (
    "{{ name }} was converted.{% for r in data.created or [] %}"
    "{{ '\\n' }}- {{ (r.type or 'record') | capitalize }} {{ r.name or r.id }}{% if r.url %}: {{ r.url }}{% endif %}"
    "{% endfor %}"
)

CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry(
        "task_assigned",
        "A task was assigned to a user",
        "Task assigned: {{ name }}",
        "{{ actor or 'Someone' }} assigned you the task {{ name }}.",
        module="task",
    ),
    CatalogEntry(
        "task_due_soon",
        "A task is due within 24 hours",
        "Task due soon: {{ name }}",
        "{{ name }} is due {{ data.due_at or 'within 24 hours' }}.",
    ),
    CatalogEntry(
        "task_overdue",
        "A task is past its due time",
        "Task overdue: {{ name }}",
        "{{ name }} was due {{ data.due_at or 'earlier' }}.",
    ),
    CatalogEntry(
        "lead_assigned",
        "A lead was assigned to a user",
        "Lead assigned: {{ name }}",
        "{{ actor or 'Someone' }} assigned you the lead {{ name }}.",
        module="lead",
        escalation=LEAD_ESCALATION,
    ),
    CatalogEntry(
        "lead_stage_change",
        "A lead moved to another stage",
        "Lead stage changed: {{ name }}",
        "{{ name }} moved to {{ data.stage or 'a new stage' }}.",
    ),
    CatalogEntry(
        "deal_stage_change",
        "A deal moved to another stage",
        "Deal stage changed: {{ name }}",
        "{{ name }} moved to {{ data.stage or 'a new stage' }}.",
    ),
    CatalogEntry(
        "deal_closed_won",
        "A deal was won",
        "Deal won: {{ name }}",
        "{{ name }} was closed won{% if data.amount %} ({{ data.amount }}){% endif %}.",
    ),
    CatalogEntry(
        "deal_closed_lost",
        "A deal was lost",
        "Deal lost: {{ name }}",
        "{{ name }} was closed lost{% if data.reason %}: {{ data.reason }}{% endif %}.",
    ),
    CatalogEntry(
        "note_added",
        "A note was added to a record",
        "Note added: {{ name }}",
        "{{ actor or 'Someone' }} added a note to {{ name }}.",
    ),
    CatalogEntry("mention", "A user was mentioned", "{{ actor or 'Someone' }} mentioned you", "{{ data.text }}"),
    CatalogEntry(
        "approval_requested",
        "An approval waits for a decision",
        "Approval requested: {{ name }}",
        "{{ actor or 'Someone' }} asks for your approval of {{ name }}.",
    ),
    CatalogEntry(
        "approval_completed",
        "An approval was approved or rejected",
        "Approval {{ data.outcome or 'completed' }}: {{ name }}",
        "Your request for {{ name }} was {{ data.outcome or 'completed' }}.",
    ),
    CatalogEntry(
        "target_milestone",
        "A sales target reached 50, 75 or 100 %",
        "Target milestone: {{ data.percent or '' }}%",
        "{{ name }} reached {{ data.percent }}%.",
    ),
    CatalogEntry(
        "import_completed",
        "A data import finished",
        "Import completed: {{ name }}",
        "{{ data.rows or '' }} rows imported.",
    ),
    CatalogEntry(
        "record_created",
        "A record was created",
        "New {{ entity.type or 'record' }}: {{ name }}",
        "{{ actor or 'Someone' }} created {{ name }}.",
    ),
    CatalogEntry(
        "record_reassigned",
        "A record changed owner",
        "{{ (entity.type or 'record') | capitalize }} reassigned: {{ name }}",
        "{{ name }} was reassigned to {{ entity.owner }}.",
    ),
    CatalogEntry(
        "lead_converted",
        "A lead was converted; data.created lists the records it created",
        "Lead converted: {{ name }}",
        LEAD_CONVERTED_BODY,
    ),
    CatalogEntry(
        "workflow_notification",
        "A workflow rule sent a notification",
        "{{ data.title or name }}",
        "{{ data.message or '' }}",
    ),
    CatalogEntry(
        "activity_reminder",
        "An activity is about to start",
        "Reminder: {{ name }}",
        "{{ name }} starts {{ data.start_at or 'soon' }}.",
    ),
    CatalogEntry(
        "sales_order_status_change",
        "A sales order changed status",
        "Sales order {{ name }}: {{ data.status or 'updated' }}",
        "{{ name }} is now {{ data.status }}.",
    ),
    CatalogEntry(
        "user_locked_out",
        "A user was locked out",
        "User locked out: {{ data.username or entity.id }}",
        "{{ data.username or entity.id }} was locked out{% if data.reason %}: {{ data.reason }}{% endif %}.",
        urgent=True,
    ),
    CatalogEntry(
        "broadcast",
        "An announcement to everyone or to roles",
        "{{ data.title or 'Announcement' }}",
        "{{ data.message or '' }}",
    ),
    CatalogEntry("manual", "A notification sent by hand", "{{ data.title or name }}", "{{ data.message or '' }}"),
    CatalogEntry(
        "record_updated",
        "A CRM record changed (data.changes); notifies only through the org's field-change rules",
        "{{ (entity.type or 'record') | capitalize }} updated: {{ name }}",
        "",
    ),
    CatalogEntry(
        "credit_limit_override",
        "A credit limit was overridden; notifies the org's credit override recipients",
        "Credit limit override: {{ name }}",
        "{{ actor or 'Someone' }} overrode the credit limit of {{ name }}"
        "{% if data.amount %} ({{ data.amount }}{% if data.limit %}, limit {{ data.limit }}{% endif %}){% endif %}"
        "{% if data.reason %}: {{ data.reason }}{% endif %}.",
    ),
    CatalogEntry(
        "possible_duplicate",
        "The CRM's duplicate check found a possible duplicate (data.duplicate_name, _url, _owner: the existing record)",
        "Possible duplicate: {{ name }}",
        "{{ name }} may be a duplicate of {{ data.duplicate_name or data.duplicate_id or 'another record' }}"
        "{% if data.duplicate_url %}: {{ data.duplicate_url }}{% endif %}.",
    ),
    CatalogEntry(
        "portal_activity",
        "A customer did something in the customer portal (data.activity says what)",
        "Portal activity: {{ name }}",
        "{{ data.contact or name }} {{ data.activity or 'was active in the customer portal' }}.",
    ),
    CatalogEntry(
        "sla_warning",
        "A help-desk ticket is about to breach its SLA",
        "SLA warning: {{ name }}",
        "{{ name }} breaches its SLA {{ data.due_at or 'soon' }}.",
    ),
    CatalogEntry(
        "sla_breached",
        "A help-desk ticket breached its SLA (its assignee's manager hears too)",
        "SLA breached: {{ name }}",
        "{{ name }} missed its SLA{% if data.sla %} ({{ data.sla }}){% endif %}"
        "{% if data.due_at %}, due {{ data.due_at }}{% endif %}.",
        urgent=True,
    ),
    CatalogEntry(
        "absence_requested",
        "An employee asks for an absence (data.approvers, else the employee's manager, decide)",
        "Absence request: {{ data.employee_name or data.employee or actor or name }}",
        "{{ data.employee_name or data.employee or actor or 'Someone' }} asks for {{ data.kind or 'leave' }}"
        "{% if data.from %} from {{ data.from }}{% endif %}{% if data.to %} to {{ data.to }}{% endif %}.",
    ),
    CatalogEntry(
        "review_due",
        "An employee's review is due (the reviewer, else the employee's manager, and the employee hear)",
        "Review due: {{ data.employee_name or data.employee or name }}",
        "The review of {{ data.employee_name or data.employee or name }} is due {{ data.due_at or 'soon' }}.",
    ),
    CatalogEntry(
        "escalation",
        "A notification was not opened in time (sent to the recipient's manager)",
        "{{ data.recipient_name or data.recipient }} has not opened: {{ data.title }}",
        "{{ data.recipient_name or data.recipient }} has not opened \u201c{{ data.title }}\u201d,"
        " sent {{ data.minutes }} minutes ago.",
    ),
)

CATALOG_BY_KEY = {entry.key: entry for entry in CATALOG}

CUSTOM_TITLE = "{{ event_type | replace('_', ' ') | capitalize }}: {{ name }}"
CUSTOM_BODY = ""

# Assignment-like types and the module their entity belongs to when the entity names none.
ASSIGNMENT_TYPES = {"record_reassigned": None, "lead_assigned": "lead", "task_assigned": "task"}


def default_routing(event_type: str) -> dict[str, dict[str, bool]]:
    """A new event type's routing: in-app always, each channel as its declaration says."""
    routing: dict[str, dict[str, bool]] = {IN_APP: {"on": True, "overridable": False}}
    for declaration in DECLARED:
        default = declaration.routing
        routing[declaration.name] = {"on": default.on_for(event_type), "overridable": default.overridable}
    return routing


def unset_routing() -> dict[str, dict[str, bool]]:
    """The cells of channels a stored routing does not name: off, but for a channel on for every
    type that users cannot override (webhook, which the user's delivery choice decides)."""
    routing: dict[str, dict[str, bool]] = {IN_APP: {"on": True, "overridable": False}}
    for declaration in DECLARED:
        default = declaration.routing
        routing[declaration.name] = {
            "on": default.on is None and not default.overridable,
            "overridable": default.overridable,
        }
    return routing


def seed_rows() -> list[dict[str, Any]]:
    return [
        {
            "key": e.key,
            "description": e.description,
            "urgent_default": e.urgent,
            "builtin": True,
            "title_template": e.title,
            "body_template": e.body,
            "routing": default_routing(e.key),
            "escalation": dict(e.escalation) if e.escalation else None,
        }
        for e in CATALOG
    ]
