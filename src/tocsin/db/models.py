"""Every model, imported once so the metadata (and Alembic) sees the whole schema."""

from tocsin.audit.models import AuditEntry
from tocsin.callbacks.models import CallbackSettings
from tocsin.channels.models import ChannelConfig
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.event_types.models import EventType
from tocsin.events.models import Event
from tocsin.notifications.models import Notification
from tocsin.orgs.models import ApiKey, Org
from tocsin.preferences.models import Preference
from tocsin.rules.models import FieldRule
from tocsin.schedule.models import Firing, MaintenanceRun, ScheduledItem
from tocsin.templates.models import Template
from tocsin.users.models import PushSubscription, User

__all__ = [
    "ApiKey",
    "AuditEntry",
    "CallbackSettings",
    "ChannelConfig",
    "Delivery",
    "DeliveryAttempt",
    "Event",
    "EventType",
    "FieldRule",
    "Firing",
    "MaintenanceRun",
    "Notification",
    "Org",
    "Preference",
    "PushSubscription",
    "ScheduledItem",
    "Template",
    "User",
]
