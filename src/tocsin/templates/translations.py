"""The seeded event types' built-in in-app texts in other languages than English. Pure.

A recipient whose locale (or its language) has a table here gets the type's title and body in
that language, as long as the org still uses the built-in English texts; texts an admin wrote
are the admin's and are used as written. Same variables as the English texts (events/catalog).
"""

from __future__ import annotations

from functools import lru_cache

from tocsin.event_types.catalog import CATALOG, CATALOG_BY_KEY, CUSTOM_BODY, CUSTOM_TITLE
from tocsin.kit import sandbox
from tocsin.templates.resolve import locale_chain

_SOMEONE_DE = "{{ actor or 'Jemand' }}"

BUILTIN_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "task_assigned": (
            "Aufgabe zugewiesen: {{ name }}",
            _SOMEONE_DE + " hat Ihnen die Aufgabe {{ name }} zugewiesen.",
        ),
        "task_due_soon": (
            "Aufgabe bald fällig: {{ name }}",
            "{{ name }} ist fällig {{ data.due_at or 'in den nächsten 24 Stunden' }}.",
        ),
        "task_overdue": (
            "Aufgabe überfällig: {{ name }}",
            "{{ name }} war fällig {{ data.due_at or 'bereits früher' }}.",
        ),
        "lead_assigned": ("Lead zugewiesen: {{ name }}", _SOMEONE_DE + " hat Ihnen den Lead {{ name }} zugewiesen."),
        "lead_stage_change": (
            "Lead-Phase geändert: {{ name }}",
            "{{ name }} ist jetzt in der Phase {{ data.stage or 'einer neuen Phase' }}.",
        ),
        "deal_stage_change": (
            "Deal-Phase geändert: {{ name }}",
            "{{ name }} ist jetzt in der Phase {{ data.stage or 'einer neuen Phase' }}.",
        ),
        "deal_closed_won": (
            "Deal gewonnen: {{ name }}",
            "{{ name }} wurde gewonnen{% if data.amount %} ({{ data.amount }}){% endif %}.",
        ),
        "deal_closed_lost": (
            "Deal verloren: {{ name }}",
            "{{ name }} wurde verloren{% if data.reason %}: {{ data.reason }}{% endif %}.",
        ),
        "note_added": ("Notiz hinzugefügt: {{ name }}", _SOMEONE_DE + " hat {{ name }} eine Notiz hinzugefügt."),
        "mention": (_SOMEONE_DE + " hat Sie erwähnt", "{{ data.text }}"),
        "approval_requested": (
            "Genehmigung angefragt: {{ name }}",
            _SOMEONE_DE + " bittet Sie um die Genehmigung von {{ name }}.",
        ),
        "approval_completed": (
            "Genehmigung {{ data.outcome or 'abgeschlossen' }}: {{ name }}",
            "Ihre Anfrage für {{ name }} wurde {{ data.outcome or 'abgeschlossen' }}.",
        ),
        "target_milestone": (
            "Zielmarke erreicht: {{ data.percent or '' }} %",
            "{{ name }} hat {{ data.percent }} % erreicht.",
        ),
        "import_completed": ("Import abgeschlossen: {{ name }}", "{{ data.rows or '' }} Zeilen importiert."),
        "record_created": ("Neu angelegt: {{ name }}", _SOMEONE_DE + " hat {{ name }} angelegt."),
        "record_reassigned": ("Neu zugewiesen: {{ name }}", "{{ name }} wurde {{ entity.owner }} zugewiesen."),
        "lead_converted": (
            "Lead konvertiert: {{ name }}",
            "{{ name }} wurde konvertiert.{% for r in data.created or [] %}"
            "{{ '\\n' }}- {{ r.name or r.id }}{% if r.url %}: {{ r.url }}{% endif %}{% endfor %}",
        ),
        "record_updated": ("{{ (entity.type or 'Datensatz') | capitalize }} geändert: {{ name }}", ""),
        "credit_limit_override": (
            "Kreditlimit überschritten: {{ name }}",
            _SOMEONE_DE + " hat das Kreditlimit von {{ name }} übergangen.",
        ),
        "possible_duplicate": (
            "Mögliche Dublette: {{ name }}",
            "{{ name }} ist möglicherweise eine Dublette von"
            " {{ data.duplicate_name or data.duplicate_id or 'einem anderen Datensatz' }}"
            "{% if data.duplicate_url %}: {{ data.duplicate_url }}{% endif %}.",
        ),
        "portal_activity": (
            "Kundenportal: {{ name }}",
            "{{ data.contact or name }} {{ data.activity or 'war im Kundenportal aktiv' }}.",
        ),
        "sla_warning": (
            "SLA-Warnung: {{ name }}",
            "{{ name }} verletzt sein SLA {{ data.due_at or 'in Kürze' }}.",
        ),
        "sla_breached": (
            "SLA verletzt: {{ name }}",
            "{{ name }} hat sein SLA verfehlt{% if data.sla %} ({{ data.sla }}){% endif %}"
            "{% if data.due_at %}, fällig {{ data.due_at }}{% endif %}.",
        ),
        "absence_requested": (
            "Abwesenheitsantrag: {{ data.employee_name or data.employee or actor or name }}",
            "{{ data.employee_name or data.employee or actor or 'Jemand' }} beantragt"
            " {{ data.kind or 'Urlaub' }}{% if data.from %} vom {{ data.from }}{% endif %}"
            "{% if data.to %} bis {{ data.to }}{% endif %}.",
        ),
        "review_due": (
            "Mitarbeitergespräch fällig: {{ data.employee_name or data.employee or name }}",
            "Das Mitarbeitergespräch mit {{ data.employee_name or data.employee or name }} ist fällig"
            " {{ data.due_at or 'in Kürze' }}.",
        ),
        "escalation": (
            "{{ data.recipient_name or data.recipient }} hat nicht geöffnet: {{ data.title }}",
            "{{ data.recipient_name or data.recipient }} hat \u201e{{ data.title }}\u201c nicht geöffnet,"
            " gesendet vor {{ data.minutes }} Minuten.",
        ),
        "workflow_notification": ("{{ data.title or name }}", "{{ data.message or '' }}"),
        "activity_reminder": ("Erinnerung: {{ name }}", "{{ name }} beginnt {{ data.start_at or 'in Kürze' }}."),
        "sales_order_status_change": (
            "Auftrag {{ name }}: {{ data.status or 'aktualisiert' }}",
            "{{ name }} hat jetzt den Status {{ data.status }}.",
        ),
        "user_locked_out": (
            "Benutzer gesperrt: {{ data.username or entity.id }}",
            "{{ data.username or entity.id }} wurde gesperrt{% if data.reason %}: {{ data.reason }}{% endif %}.",
        ),
        "broadcast": ("{{ data.title or 'Mitteilung' }}", "{{ data.message or '' }}"),
        "manual": ("{{ data.title or name }}", "{{ data.message or '' }}"),
    },
}


@lru_cache(maxsize=1024)  # asked for every notification; a handful of types and languages per org
def texts_for(
    event_type: str, *, title: str | None, body: str | None, locale: str | None
) -> tuple[str | None, str | None]:
    """The title and body templates for a recipient in `locale`: a translation of the built-in
    texts where one exists and the org has not changed them, else the org's own."""
    entry = CATALOG_BY_KEY.get(event_type)
    if entry is None or title != entry.title or (body or "") != entry.body:
        return title, body
    for language in locale_chain(locale):
        translated = BUILTIN_TEXTS.get(language, {}).get(event_type)
        if translated is not None:
            return translated
        if language == "en":
            break
    return title, body


sandbox.trust(
    CUSTOM_TITLE,
    CUSTOM_BODY,
    *(text for entry in CATALOG for text in (entry.title, entry.body)),
    *(text for texts in BUILTIN_TEXTS.values() for pair in texts.values() for text in pair),
)
