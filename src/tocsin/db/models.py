"""Every model, imported once so the metadata (and Alembic) sees the whole schema."""

from tocsin.channels.models import ChannelConfig
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.event_types.models import EventType
from tocsin.events.models import Event
from tocsin.notifications.models import Notification
from tocsin.orgs.models import ApiKey, Org
from tocsin.preferences.models import Preference
from tocsin.templates.models import Template
from tocsin.users.models import User

__all__ = [
    "ApiKey",
    "ChannelConfig",
    "Delivery",
    "DeliveryAttempt",
    "Event",
    "EventType",
    "Notification",
    "Org",
    "Preference",
    "Template",
    "User",
]
