# ruff: noqa: E501 (descriptions from the server's schemas are kept on one line)
"""The API's request and answer models, generated from Tocsin's OpenAPI document. Do not edit:
run `clients/python/generate.py` after a change to the server's schemas (a test fails until then)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AnyUrl,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
)
from typing_extensions import TypeAliasType


class ActionIn(BaseModel):
    """
    A button the notification offers; taking it sends the `notification.action` callback.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[str, Field(pattern="^[A-Za-z0-9_.:-]{1,64}$", title="Id")]
    label: Annotated[str, Field(max_length=40, min_length=1, title="Label")]
    style: Annotated[
        Literal["primary", "secondary", "danger"] | None, Field(title="Style")
    ] = "secondary"


class ActionOut(BaseModel):
    id: Annotated[str, Field(title="Id")]
    label: Annotated[str, Field(title="Label")]
    style: Annotated[str, Field(title="Style")]


ReminderMinutes = TypeAliasType(
    "ReminderMinutes", Annotated[int, Field(ge=0, le=10080, title="Reminder Minutes")]
)


Title = TypeAliasType("Title", Annotated[str, Field(max_length=500, title="Title")])


Url = TypeAliasType("Url", Annotated[str, Field(max_length=2000, title="Url")])


class ActivityIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    owner: Annotated[str, Field(pattern="^[A-Za-z0-9_.@+-]{1,150}$", title="Owner")]
    reminder_minutes: Annotated[
        ReminderMinutes | None, Field(title="Reminder Minutes")
    ] = None
    starts_at: Annotated[AwareDatetime, Field(title="Starts At")]
    title: Annotated[Title | None, Field(title="Title")] = None
    url: Annotated[Url | None, Field(title="Url")] = None


ContentBase64 = TypeAliasType(
    "ContentBase64", Annotated[str, Field(max_length=1398108, title="Content Base64")]
)


class AttachmentIn(BaseModel):
    """
    A file for the event's email: fetched from `url` when the email is sent, or given inline
    as `content_base64` (at most 1 MB decoded). Other channels get its name and link.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    content_base64: Annotated[ContentBase64 | None, Field(title="Content Base64")] = (
        None
    )
    content_type: Annotated[
        str,
        Field(
            pattern="^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$",
            title="Content Type",
        ),
    ]
    filename: Annotated[str, Field(max_length=200, min_length=1, title="Filename")]
    url: Annotated[Url | None, Field(title="Url")] = None


class AttemptOut(BaseModel):
    attempt_no: Annotated[int, Field(title="Attempt No")]
    error: Annotated[str | None, Field(title="Error")]
    finished_at: Annotated[AwareDatetime, Field(title="Finished At")]
    outcome: Annotated[str, Field(title="Outcome")]
    provider: Annotated[str | None, Field(title="Provider")] = None
    provider_message_id: Annotated[str | None, Field(title="Provider Message Id")]
    started_at: Annotated[AwareDatetime, Field(title="Started At")]


class AuditEntryOut(BaseModel):
    action: Annotated[str, Field(title="Action")]
    actor: Annotated[str, Field(title="Actor")]
    at: Annotated[str, Field(title="At")]
    changes: Annotated[dict[str, list[Any]], Field(title="Changes")]
    id: Annotated[int, Field(title="Id")]
    target: Annotated[str, Field(title="Target")]


class AuditPage(BaseModel):
    items: Annotated[list[AuditEntryOut], Field(title="Items")]
    next_cursor: Annotated[str | None, Field(title="Next Cursor")]


Events = TypeAliasType(
    "Events",
    Annotated[
        list[
            Literal[
                "delivery.sent",
                "delivery.delivered",
                "delivery.failed",
                "notification.read",
                "notification.action",
            ]
        ],
        Field(max_length=5, title="Events"),
    ],
)


SigningSecret = TypeAliasType(
    "SigningSecret",
    Annotated[str, Field(max_length=200, min_length=10, title="Signing Secret")],
)
"""
`whsec_` + base64 of at least 24 random bytes; generated when the settings are first saved; a masked value sent back keeps the stored one
"""


class CallbacksIn(BaseModel):
    """
    PUT /v1/admin/callbacks: fields left out keep their value; `url: null` turns callbacks off.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    events: Annotated[Events | None, Field(title="Events")] = None
    signing_secret: Annotated[SigningSecret | None, Field(title="Signing Secret")] = (
        None
    )
    """
    `whsec_` + base64 of at least 24 random bytes; generated when the settings are first saved; a masked value sent back keeps the stored one
    """
    url: Annotated[Url | None, Field(title="Url")] = None


class CallbacksOut(BaseModel):
    events: Annotated[list[str], Field(title="Events")]
    signing_secret: Annotated[str | None, Field(title="Signing Secret")]
    signing_secret_set: Annotated[bool, Field(title="Signing Secret Set")]
    url: Annotated[str | None, Field(title="Url")]


class ChannelStateOut(BaseModel):
    channel: Annotated[str, Field(title="Channel")]
    configured: Annotated[bool, Field(title="Configured")]
    enabled: Annotated[bool, Field(title="Enabled")]
    released: Annotated[int | None, Field(title="Released")] = 0


class ChannelSummary(BaseModel):
    """
    One external channel as the admin console lists it.
    """

    admin: Annotated[bool, Field(title="Admin")]
    configured: Annotated[bool, Field(title="Configured")]
    enabled: Annotated[bool, Field(title="Enabled")]
    held: Annotated[int, Field(title="Held")]
    name: Annotated[str, Field(title="Name")]
    secret_fields: Annotated[list[str], Field(title="Secret Fields")]
    test_fields: Annotated[list[str], Field(title="Test Fields")]


class DeliveryDetailOut(BaseModel):
    address: Annotated[str | None, Field(title="Address")]
    attempts: Annotated[int, Field(title="Attempts")]
    attempts_log: Annotated[list[AttemptOut], Field(title="Attempts Log")]
    channel: Annotated[str, Field(title="Channel")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    deferred_until: Annotated[AwareDatetime | None, Field(title="Deferred Until")] = (
        None
    )
    event_type: Annotated[str, Field(title="Event Type")]
    id: Annotated[int, Field(title="Id")]
    is_copy: Annotated[bool | None, Field(title="Is Copy")] = False
    last_error: Annotated[str | None, Field(title="Last Error")]
    next_attempt_at: Annotated[AwareDatetime | None, Field(title="Next Attempt At")]
    notification_id: Annotated[int, Field(title="Notification Id")]
    parts: Annotated[int | None, Field(title="Parts")] = None
    provider_message_id: Annotated[str | None, Field(title="Provider Message Id")]
    reason: Annotated[str | None, Field(title="Reason")] = None
    recipient: Annotated[str, Field(title="Recipient")]
    status: Annotated[str, Field(title="Status")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]


class DeliveryOut(BaseModel):
    """
    The delivery as the admin log shows it, plus `address` (the recipient's address, masked).
    """

    address: Annotated[str | None, Field(title="Address")]
    attempts: Annotated[int, Field(title="Attempts")]
    channel: Annotated[str, Field(title="Channel")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    deferred_until: Annotated[AwareDatetime | None, Field(title="Deferred Until")] = (
        None
    )
    event_type: Annotated[str, Field(title="Event Type")]
    id: Annotated[int, Field(title="Id")]
    is_copy: Annotated[bool | None, Field(title="Is Copy")] = False
    last_error: Annotated[str | None, Field(title="Last Error")]
    next_attempt_at: Annotated[AwareDatetime | None, Field(title="Next Attempt At")]
    notification_id: Annotated[int, Field(title="Notification Id")]
    parts: Annotated[int | None, Field(title="Parts")] = None
    provider_message_id: Annotated[str | None, Field(title="Provider Message Id")]
    reason: Annotated[str | None, Field(title="Reason")] = None
    recipient: Annotated[str, Field(title="Recipient")]
    status: Annotated[str, Field(title="Status")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]


class DeliveryPage(BaseModel):
    items: Annotated[list[DeliveryOut], Field(title="Items")]
    next_cursor: Annotated[str | None, Field(title="Next Cursor")]


class DigestChoice(BaseModel):
    on: Annotated[bool, Field(title="On")]
    window_minutes: Annotated[int, Field(title="Window Minutes")]


class DigestSpec(BaseModel):
    """
    Digest: the type's external deliveries for one user and channel gather for the window and
    go out as one message.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    window_minutes: Annotated[int, Field(ge=1, le=1440, title="Window Minutes")]


Day = TypeAliasType("Day", Annotated[int, Field(ge=0, le=6)])


class DndWindow(BaseModel):
    """
    Quiet hours: a daily window (may cross midnight) on the given weekdays (0 = Monday).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    days: Annotated[list[Day] | None, Field(title="Days")] = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = False
    end: Annotated[str | None, Field(title="End")] = "08:00"
    start: Annotated[str | None, Field(title="Start")] = "20:00"
    timezone: Annotated[str | None, Field(title="Timezone")] = "UTC"


FromName = TypeAliasType(
    "FromName", Annotated[str, Field(max_length=100, title="From Name")]
)


Host = TypeAliasType("Host", Annotated[str, Field(max_length=255, title="Host")])


OauthClientId = TypeAliasType(
    "OauthClientId", Annotated[str, Field(max_length=255, title="Oauth Client Id")]
)


OauthClientSecret = TypeAliasType(
    "OauthClientSecret",
    Annotated[str, Field(max_length=1000, title="Oauth Client Secret")],
)


OauthScope = TypeAliasType(
    "OauthScope", Annotated[str, Field(max_length=1000, title="Oauth Scope")]
)


OauthTokenUrl = TypeAliasType(
    "OauthTokenUrl", Annotated[str, Field(max_length=1000, title="Oauth Token Url")]
)


Password = TypeAliasType(
    "Password", Annotated[str, Field(max_length=1000, title="Password")]
)


Port = TypeAliasType("Port", Annotated[int, Field(ge=1, le=65535, title="Port")])


Username = TypeAliasType(
    "Username", Annotated[str, Field(max_length=255, title="Username")]
)


class EmailFallbackIn(BaseModel):
    """
    One further provider, tried when the ones before it fail: an SMTP relay of the org's, or
    a Resend account (`password`: its API key). `password` sent back masked keeps the one stored
    at the same place in the list.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    auth: Annotated[Literal["password", "oauth2"] | None, Field(title="Auth")] = None
    encryption: Annotated[
        Literal["starttls", "ssl", "none"] | None, Field(title="Encryption")
    ] = None
    host: Annotated[Host | None, Field(title="Host")] = None
    oauth_client_id: Annotated[OauthClientId | None, Field(title="Oauth Client Id")] = (
        None
    )
    oauth_client_secret: Annotated[
        OauthClientSecret | None, Field(title="Oauth Client Secret")
    ] = None
    oauth_scope: Annotated[OauthScope | None, Field(title="Oauth Scope")] = None
    oauth_token_url: Annotated[OauthTokenUrl | None, Field(title="Oauth Token Url")] = (
        None
    )
    password: Annotated[Password | None, Field(title="Password")] = None
    port: Annotated[Port | None, Field(title="Port")] = None
    provider: Annotated[Literal["smtp", "resend"], Field(title="Provider")]
    username: Annotated[Username | None, Field(title="Username")] = None


class EmailFallbackOut(BaseModel):
    auth: Annotated[str | None, Field(title="Auth")] = None
    encryption: Annotated[str | None, Field(title="Encryption")]
    host: Annotated[str | None, Field(title="Host")]
    oauth_client_id: Annotated[str | None, Field(title="Oauth Client Id")] = None
    oauth_client_secret: Annotated[str | None, Field(title="Oauth Client Secret")] = (
        None
    )
    oauth_scope: Annotated[str | None, Field(title="Oauth Scope")] = None
    oauth_token_url: Annotated[str | None, Field(title="Oauth Token Url")] = None
    password: Annotated[str | None, Field(title="Password")]
    port: Annotated[int | None, Field(title="Port")]
    provider: Annotated[str, Field(title="Provider")]
    username: Annotated[str | None, Field(title="Username")]


class EmailTestIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    to: Annotated[EmailStr, Field(title="To")]


class EmailTestOut(BaseModel):
    detail: Annotated[str | None, Field(title="Detail")] = None
    error: Annotated[str | None, Field(title="Error")] = None
    ok: Annotated[bool, Field(title="Ok")]
    provider: Annotated[str, Field(title="Provider")]
    provider_message_id: Annotated[str | None, Field(title="Provider Message Id")] = (
        None
    )
    step: Annotated[str | None, Field(title="Step")] = None


Id = TypeAliasType("Id", Annotated[str, Field(max_length=200, title="Id")])


Name = TypeAliasType("Name", Annotated[str, Field(max_length=500, title="Name")])


Type = TypeAliasType("Type", Annotated[str, Field(max_length=64, title="Type")])


class EntityIn(BaseModel):
    """
    The CRM record an event is about. `type` is its module (lead, contact, deal, task, ...).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[Id | None, Field(title="Id")] = None
    name: Annotated[Name | None, Field(title="Name")] = None
    owner: Annotated[str | None, Field(title="Owner")] = None
    previous_owner: Annotated[str | None, Field(title="Previous Owner")] = None
    type: Annotated[Type | None, Field(title="Type")] = None
    url: Annotated[Url | None, Field(title="Url")] = None


class EntityRef(BaseModel):
    id: Annotated[str | None, Field(title="Id")]
    type: Annotated[str | None, Field(title="Type")]


class ErrorFieldDetail(BaseModel):
    field: str
    message: str


AfterMinutes = TypeAliasType(
    "AfterMinutes", Annotated[int, Field(ge=1, le=43200, title="After Minutes")]
)


ManagerAfterMinutes = TypeAliasType(
    "ManagerAfterMinutes",
    Annotated[int, Field(ge=1, le=43200, title="Manager After Minutes")],
)


class EscalationSpec(BaseModel):
    """
    Unread escalation: still unread after `after_minutes`, the notification is sent on `channel`;
    still unread after `manager_after_minutes`, the recipient's manager gets an `escalation`
    notification. Either step may be null (left out).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    after_minutes: Annotated[AfterMinutes | None, Field(title="After Minutes")] = None
    channel: Annotated[str | None, Field(title="Channel")] = None
    manager_after_minutes: Annotated[
        ManagerAfterMinutes | None, Field(title="Manager After Minutes")
    ] = None


CollapseOver = TypeAliasType(
    "CollapseOver", Annotated[int, Field(ge=1, le=10000, title="Collapse Over")]
)
"""
more than this many notifications of one rule (or event type) for one recipient in this call become one, listing the first 20 records and linking to the rest in the event history; left out: each rule's own `collapse_over` (25 by default); null: never. Every event is stored
"""


Actions = TypeAliasType(
    "Actions", Annotated[list[ActionIn], Field(max_length=3, title="Actions")]
)
"""
up to 3 buttons on the notification (bell, toast, history)
"""


Actor = TypeAliasType("Actor", Annotated[str, Field(max_length=150, title="Actor")])


Attachments = TypeAliasType(
    "Attachments",
    Annotated[list[AttachmentIn], Field(max_length=5, title="Attachments")],
)
"""
up to 5 files for the email; other channels get their names and links in `data.attachments`
"""


IdempotencyKey = TypeAliasType(
    "IdempotencyKey",
    Annotated[str, Field(max_length=200, min_length=1, title="Idempotency Key")],
)
"""
a repeat with the same key returns the first answer; the `Idempotency-Key` header is an alias
"""


Recipient = TypeAliasType("Recipient", Annotated[str, Field(max_length=150)])


Recipients = TypeAliasType(
    "Recipients",
    Annotated[list[Recipient], Field(max_length=10000, title="Recipients")],
)


class Event(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    actions: Annotated[Actions | None, Field(title="Actions")] = None
    """
    up to 3 buttons on the notification (bell, toast, history)
    """
    actor: Annotated[Actor | None, Field(title="Actor")] = None
    attachments: Annotated[Attachments | None, Field(title="Attachments")] = None
    """
    up to 5 files for the email; other channels get their names and links in `data.attachments`
    """
    data: Annotated[dict[str, Any] | None, Field(title="Data")] = None
    """
    free JSON for templates: at most 65536 bytes and 32 levels deep; no string or key may hold NUL, control characters (tab and line breaks aside) or lone surrogates
    """
    entity: EntityIn | None = None
    idempotency_key: Annotated[
        IdempotencyKey | None, Field(title="Idempotency Key")
    ] = None
    """
    a repeat with the same key returns the first answer; the `Idempotency-Key` header is an alias
    """
    recipients: Annotated[Recipients | None, Field(title="Recipients")] = None
    type: Annotated[str, Field(pattern="^[a-z][a-z0-9_]{0,63}$", title="Type")]
    urgent: Annotated[bool | None, Field(title="Urgent")] = None


class EventBatchIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    collapse_over: Annotated[CollapseOver | None, Field(title="Collapse Over")] = 25
    """
    more than this many notifications of one rule (or event type) for one recipient in this call become one, listing the first 20 records and linking to the rest in the event history; left out: each rule's own `collapse_over` (25 by default); null: never. Every event is stored
    """
    events: Annotated[
        list[Event], Field(max_length=10000, min_length=1, title="Events")
    ]
    """
    at most 1000 events; a batch of `record_updated` events only (a mass update reported to the field-change rules) may hold up to 10000. Each event is checked on its own: the answer holds one result per event, in order, and an event refused at the door is answered `{refused: true, error}` while the others are stored
    """


Recipients1Item = TypeAliasType(
    "Recipients1Item", Annotated[str, Field(max_length=150)]
)


Recipients1 = TypeAliasType(
    "Recipients1",
    Annotated[list[Recipients1Item], Field(max_length=10000, title="Recipients")],
)


class EventIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    actions: Annotated[Actions | None, Field(title="Actions")] = None
    """
    up to 3 buttons on the notification (bell, toast, history)
    """
    actor: Annotated[Actor | None, Field(title="Actor")] = None
    attachments: Annotated[Attachments | None, Field(title="Attachments")] = None
    """
    up to 5 files for the email; other channels get their names and links in `data.attachments`
    """
    data: Annotated[dict[str, Any] | None, Field(title="Data")] = None
    """
    free JSON for templates: at most 65536 bytes and 32 levels deep; no string or key may hold NUL, control characters (tab and line breaks aside) or lone surrogates
    """
    entity: EntityIn | None = None
    idempotency_key: Annotated[
        IdempotencyKey | None, Field(title="Idempotency Key")
    ] = None
    """
    a repeat with the same key returns the first answer; the `Idempotency-Key` header is an alias
    """
    recipients: Annotated[Recipients1 | None, Field(title="Recipients")] = None
    type: Annotated[str, Field(pattern="^[a-z][a-z0-9_]{0,63}$", title="Type")]
    urgent: Annotated[bool | None, Field(title="Urgent")] = None


class EventNotificationOut(BaseModel):
    """
    One recipient's in-app notification of the event, and what they did with it.
    """

    acted_at: Annotated[AwareDatetime | None, Field(title="Acted At")]
    action: Annotated[str | None, Field(title="Action")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    dismissed_at: Annotated[AwareDatetime | None, Field(title="Dismissed At")]
    id: Annotated[int, Field(title="Id")]
    read_at: Annotated[AwareDatetime | None, Field(title="Read At")]
    seen_at: Annotated[AwareDatetime | None, Field(title="Seen At")]
    title: Annotated[str, Field(title="Title")]
    user: Annotated[str, Field(title="User")]


class EventResult(BaseModel):
    deliveries: Annotated[dict[str, int], Field(title="Deliveries")]
    duplicate: Annotated[bool, Field(title="Duplicate")]
    event_id: Annotated[int, Field(title="Event Id")]
    inactive_recipients: Annotated[list[str], Field(title="Inactive Recipients")]
    matched_rules: Annotated[list[str] | None, Field(title="Matched Rules")] = None
    notifications: Annotated[int, Field(title="Notifications")]
    recipients: Annotated[list[str], Field(title="Recipients")]
    resolved: Annotated[int | None, Field(title="Resolved")] = None
    skipped: Annotated[dict[str, int], Field(title="Skipped")]
    unknown_recipients: Annotated[list[str], Field(title="Unknown Recipients")]
    warnings: Annotated[list[str] | None, Field(title="Warnings")] = None


class EventSummary(BaseModel):
    """
    An event as the history lists it: what happened, about which record, by whom, and what
    ingesting it produced (recipients, deliveries queued per channel, warnings).
    """

    actor: Annotated[str | None, Field(title="Actor")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    entity: Annotated[dict[str, Any], Field(title="Entity")]
    id: Annotated[int, Field(title="Id")]
    queued: Annotated[dict[str, int], Field(title="Queued")]
    recipient_count: Annotated[int, Field(title="Recipient Count")]
    skipped: Annotated[dict[str, int], Field(title="Skipped")]
    type: Annotated[str, Field(title="Type")]
    urgent: Annotated[bool, Field(title="Urgent")]
    warnings: Annotated[list[str], Field(title="Warnings")]


BodyTemplate = TypeAliasType(
    "BodyTemplate", Annotated[str, Field(max_length=10000, title="Body Template")]
)


CcEmails = TypeAliasType(
    "CcEmails", Annotated[list[EmailStr], Field(max_length=10, title="Cc Emails")]
)


Description = TypeAliasType(
    "Description", Annotated[str, Field(max_length=500, title="Description")]
)


SensitiveField = TypeAliasType(
    "SensitiveField", Annotated[str, Field(max_length=100, min_length=1)]
)


SensitiveFields = TypeAliasType(
    "SensitiveFields",
    Annotated[list[SensitiveField], Field(max_length=100, title="Sensitive Fields")],
)


TitleTemplate = TypeAliasType(
    "TitleTemplate", Annotated[str, Field(max_length=2000, title="Title Template")]
)


class Health(BaseModel):
    status: Annotated[Literal["ok"], Field(title="Status")]
    version: Annotated[str, Field(title="Version")]


class MissedFiringOut(BaseModel):
    due_at: Annotated[AwareDatetime, Field(title="Due At")]
    id: Annotated[int, Field(title="Id")]
    item_id: Annotated[str, Field(title="Item Id")]
    item_kind: Annotated[str, Field(title="Item Kind")]
    recipient: Annotated[str, Field(title="Recipient")]
    recorded_at: Annotated[AwareDatetime | None, Field(title="Recorded At")]
    title: Annotated[str | None, Field(title="Title")]
    type: Annotated[str, Field(title="Type")]


class MissedPage(BaseModel):
    items: Annotated[list[MissedFiringOut], Field(title="Items")]
    next_cursor: Annotated[str | None, Field(title="Next Cursor")]


class NextFiring(BaseModel):
    at: Annotated[str, Field(title="At")]
    type: Annotated[str, Field(title="Type")]


Actions2 = TypeAliasType(
    "Actions2", Annotated[list[ActionIn], Field(max_length=3, title="Actions")]
)


IdempotencyKey2 = TypeAliasType(
    "IdempotencyKey2",
    Annotated[str, Field(max_length=200, min_length=1, title="Idempotency Key")],
)


Recipient1 = TypeAliasType(
    "Recipient1", Annotated[str, Field(max_length=150, min_length=1)]
)


Title1 = TypeAliasType("Title1", Annotated[str, Field(max_length=200, title="Title")])
"""
default: the entity's name
"""


class NotifyIn(BaseModel):
    """
    POST /v1/notify: a message sent by hand (the CRM's Notify button) to chosen users.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    actions: Annotated[Actions2 | None, Field(title="Actions")] = None
    actor: Annotated[Actor | None, Field(title="Actor")] = None
    entity: EntityIn | None = None
    idempotency_key: Annotated[
        IdempotencyKey2 | None, Field(title="Idempotency Key")
    ] = None
    message: Annotated[str, Field(max_length=5000, min_length=1, title="Message")]
    recipients: Annotated[
        list[Recipient1], Field(max_length=1000, min_length=1, title="Recipients")
    ]
    title: Annotated[Title1 | None, Field(title="Title")] = None
    """
    default: the entity's name
    """
    urgent: Annotated[bool | None, Field(title="Urgent")] = None


class OrgSettings(BaseModel):
    """
    Every org-level setting, with its default. Stored as JSON on the org row.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    credit_override_recipients: Annotated[
        list[str] | None, Field(title="Credit Override Recipients")
    ] = None
    dnd: DndWindow | None = None
    email_batch_size: Annotated[
        int | None, Field(ge=1, le=10000, title="Email Batch Size")
    ] = 100
    email_batch_window_seconds: Annotated[
        int | None, Field(ge=1, le=86400, title="Email Batch Window Seconds")
    ] = 60
    email_subject_prefix: Annotated[
        str | None, Field(max_length=50, title="Email Subject Prefix")
    ] = "[CRM]"
    lockout_recipients: Annotated[
        list[str] | None, Field(title="Lockout Recipients")
    ] = None
    manager_copy: Annotated[bool | None, Field(title="Manager Copy")] = False
    notify_previous_owner: Annotated[
        dict[str, bool] | None, Field(title="Notify Previous Owner")
    ] = None
    reassignment_cc_emails: Annotated[
        dict[str, list[str]] | None, Field(title="Reassignment Cc Emails")
    ] = None
    reassignment_notifications: Annotated[
        dict[str, bool] | None, Field(title="Reassignment Notifications")
    ] = None
    reminder_default_minutes: Annotated[
        int | None, Field(ge=0, le=10080, title="Reminder Default Minutes")
    ] = 15
    retention_days: Annotated[
        int | None, Field(ge=1, le=3650, title="Retention Days")
    ] = 90
    skip_read: Annotated[bool | None, Field(title="Skip Read")] = True
    urgent_bypasses_dnd: Annotated[bool | None, Field(title="Urgent Bypasses Dnd")] = (
        True
    )


CreditOverrideRecipients = TypeAliasType(
    "CreditOverrideRecipients",
    Annotated[list[str], Field(max_length=1000, title="Credit Override Recipients")],
)


EmailBatchSize = TypeAliasType(
    "EmailBatchSize", Annotated[int, Field(ge=1, le=10000, title="Email Batch Size")]
)


EmailBatchWindowSeconds = TypeAliasType(
    "EmailBatchWindowSeconds",
    Annotated[int, Field(ge=1, le=86400, title="Email Batch Window Seconds")],
)


EmailSubjectPrefix = TypeAliasType(
    "EmailSubjectPrefix",
    Annotated[str, Field(max_length=50, title="Email Subject Prefix")],
)


LockoutRecipients = TypeAliasType(
    "LockoutRecipients",
    Annotated[list[str], Field(max_length=1000, title="Lockout Recipients")],
)


ReassignmentCcEmailsAdditionalProperty = TypeAliasType(
    "ReassignmentCcEmailsAdditionalProperty",
    Annotated[list[EmailStr], Field(max_length=10)],
)


ReminderDefaultMinutes = TypeAliasType(
    "ReminderDefaultMinutes",
    Annotated[int, Field(ge=0, le=10080, title="Reminder Default Minutes")],
)


RetentionDays = TypeAliasType(
    "RetentionDays", Annotated[int, Field(ge=1, le=3650, title="Retention Days")]
)


class OrgSettingsPatch(BaseModel):
    """
    PUT /v1/admin/settings: fields left out keep their value.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    credit_override_recipients: Annotated[
        CreditOverrideRecipients | None, Field(title="Credit Override Recipients")
    ] = None
    dnd: DndWindow | None = None
    email_batch_size: Annotated[
        EmailBatchSize | None, Field(title="Email Batch Size")
    ] = None
    email_batch_window_seconds: Annotated[
        EmailBatchWindowSeconds | None, Field(title="Email Batch Window Seconds")
    ] = None
    email_subject_prefix: Annotated[
        EmailSubjectPrefix | None, Field(title="Email Subject Prefix")
    ] = None
    lockout_recipients: Annotated[
        LockoutRecipients | None, Field(title="Lockout Recipients")
    ] = None
    manager_copy: Annotated[bool | None, Field(title="Manager Copy")] = None
    notify_previous_owner: Annotated[
        dict[Annotated[str, StringConstraints(min_length=1, max_length=64)], bool]
        | None,
        Field(title="Notify Previous Owner"),
    ] = None
    reassignment_cc_emails: Annotated[
        dict[
            Annotated[str, StringConstraints(min_length=1, max_length=64)],
            ReassignmentCcEmailsAdditionalProperty,
        ]
        | None,
        Field(title="Reassignment Cc Emails"),
    ] = None
    reassignment_notifications: Annotated[
        dict[Annotated[str, StringConstraints(min_length=1, max_length=64)], bool]
        | None,
        Field(title="Reassignment Notifications"),
    ] = None
    reminder_default_minutes: Annotated[
        ReminderDefaultMinutes | None, Field(title="Reminder Default Minutes")
    ] = None
    retention_days: Annotated[RetentionDays | None, Field(title="Retention Days")] = (
        None
    )
    skip_read: Annotated[bool | None, Field(title="Skip Read")] = None
    urgent_bypasses_dnd: Annotated[bool | None, Field(title="Urgent Bypasses Dnd")] = (
        None
    )


class OutcomeRow(BaseModel):
    channel: Annotated[str, Field(title="Channel")]
    event_type: Annotated[str, Field(title="Event Type")]
    failed: Annotated[int, Field(title="Failed")]
    read: Annotated[int, Field(title="Read")]
    sent: Annotated[int, Field(title="Sent")]
    time_to_read_p50_seconds: Annotated[
        float | None, Field(title="Time To Read P50 Seconds")
    ]
    time_to_read_p90_seconds: Annotated[
        float | None, Field(title="Time To Read P90 Seconds")
    ]


class OutcomesOut(BaseModel):
    items: Annotated[list[OutcomeRow], Field(title="Items")]
    since: Annotated[str, Field(title="Since")]
    until: Annotated[str, Field(title="Until")]


class PreferenceCell(BaseModel):
    available: Annotated[bool, Field(title="Available")]
    locked: Annotated[bool, Field(title="Locked")]
    on: Annotated[bool, Field(title="On")]


class PreferencesIn(BaseModel):
    """
    Cells left out keep their value. `null` for a cell returns it to the admin's default.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    delivery_choice: Annotated[
        Literal["email", "webhook", "both", "none"] | None,
        Field(title="Delivery Choice"),
    ] = None
    digests: Annotated[dict[str, bool | None] | None, Field(title="Digests")] = None
    dnd: DndWindow | None = None
    event_types: Annotated[
        dict[str, dict[str, bool | None]] | None, Field(title="Event Types")
    ] = None


class PreferencesOut(BaseModel):
    channels: Annotated[list[str], Field(title="Channels")]
    delivery_choice: Annotated[str, Field(title="Delivery Choice")]
    descriptions: Annotated[dict[str, str], Field(title="Descriptions")]
    digests: Annotated[
        dict[str, DigestChoice] | None, Field(title="Digests", validate_default=True)
    ] = {}
    dnd: DndWindow | None
    event_types: Annotated[
        dict[str, dict[str, PreferenceCell]], Field(title="Event Types")
    ]
    org_dnd: DndWindow
    urgent_bypasses_dnd: Annotated[bool, Field(title="Urgent Bypasses Dnd")]


Owner = TypeAliasType("Owner", Annotated[str, Field(max_length=150, title="Owner")])


class PreviewEntity(BaseModel):
    """
    The sample entity of a preview, shaped like an event's.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[Id | None, Field(title="Id")] = None
    name: Annotated[Name | None, Field(title="Name")] = None
    owner: Annotated[Owner | None, Field(title="Owner")] = None
    type: Annotated[Type | None, Field(title="Type")] = None
    url: Annotated[Url | None, Field(title="Url")] = None


Body = TypeAliasType("Body", Annotated[str, Field(max_length=50000, title="Body")])


Html = TypeAliasType("Html", Annotated[str, Field(max_length=200000, title="Html")])


Subject = TypeAliasType(
    "Subject", Annotated[str, Field(max_length=1000, title="Subject")]
)


class PreviewIn(BaseModel):
    """
    Render unsaved sources (or the current template where left out) with sample data; `entity`,
    `actor` and `data` replace the samples.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    actor: Annotated[Actor | None, Field(title="Actor")] = None
    body: Annotated[Body | None, Field(title="Body")] = None
    data: Annotated[dict[str, Any] | None, Field(title="Data")] = None
    entity: PreviewEntity | None = None
    html: Annotated[Html | None, Field(title="Html")] = None
    subject: Annotated[Subject | None, Field(title="Subject")] = None


class PreviewOut(BaseModel):
    """
    The rendered message; for SMS also how carriers count it: `encoding` (GSM-7 or UCS-2) and
    `segments` (GSM-7: 160 characters in one, 153 per part; UCS-2: 70, 67 per part).
    """

    encoding: Annotated[str | None, Field(title="Encoding")] = None
    html: Annotated[str | None, Field(title="Html")]
    segments: Annotated[int | None, Field(title="Segments")] = None
    subject: Annotated[str, Field(title="Subject")]
    text: Annotated[str, Field(title="Text")]
    warnings: Annotated[list[str], Field(title="Warnings")]


class ProviderStateEcho(BaseModel):
    """
    A provider's state as a page sends back what it read (`providers` of GET): accepted and
    ignored, since the breakers are not set by hand.
    """

    consecutive_failures: Annotated[int | None, Field(title="Consecutive Failures")] = (
        None
    )
    provider: Annotated[str | None, Field(title="Provider")] = None
    reopens_at: Annotated[AwareDatetime | None, Field(title="Reopens At")] = None
    state: Annotated[
        Literal["closed", "open", "half_open"] | None, Field(title="State")
    ] = None


class ProviderStateOut(BaseModel):
    """
    One of the org's providers in the order they are tried, with its circuit breaker: `closed`
    (in use), `open` (skipped after repeated failures until `reopens_at`), `half_open` (the next
    send probes it). Per server process: each worker keeps its own.
    """

    consecutive_failures: Annotated[int, Field(title="Consecutive Failures")]
    provider: Annotated[str, Field(title="Provider")]
    reopens_at: Annotated[AwareDatetime | None, Field(title="Reopens At")]
    state: Annotated[Literal["closed", "open", "half_open"], Field(title="State")]


class PublicKeyOut(BaseModel):
    public_key: Annotated[str, Field(title="Public Key")]


class ReadAllResult(BaseModel):
    changed: Annotated[int, Field(title="Changed")]
    unread: Annotated[int, Field(title="Unread")]
    unseen: Annotated[int, Field(title="Unseen")]


class Readiness(BaseModel):
    checks: Annotated[dict[str, str], Field(title="Checks")]
    status: Annotated[Literal["ready", "unavailable"], Field(title="Status")]
    version: Annotated[str, Field(title="Version")]


class RefusalError(BaseModel):
    code: Annotated[Literal["validation_error"], Field(title="Code")] = (
        "validation_error"
    )
    field: Annotated[str, Field(title="Field")]
    message: Annotated[str, Field(title="Message")]


class Resolution(BaseModel):
    by: Annotated[str | None, Field(title="By")]
    by_name: Annotated[str | None, Field(title="By Name")]
    decision: Annotated[str, Field(title="Decision")]


Channel = TypeAliasType(
    "Channel", Annotated[str, Field(max_length=20, title="Channel")]
)


EventType = TypeAliasType(
    "EventType", Annotated[str, Field(max_length=64, title="Event Type")]
)


User = TypeAliasType("User", Annotated[str, Field(max_length=150, title="User")])


class RetryFilter(BaseModel):
    """
    POST /v1/admin/deliveries/retry: every failed delivery matching the filter (the delivery
    log's filters; none: every failed delivery of the org).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    channel: Annotated[Channel | None, Field(title="Channel")] = None
    event_type: Annotated[EventType | None, Field(title="Event Type")] = None
    since: Annotated[AwareDatetime | None, Field(title="Since")] = None
    until: Annotated[AwareDatetime | None, Field(title="Until")] = None
    user: Annotated[User | None, Field(title="User")] = None


class RetryResult(BaseModel):
    by_channel: Annotated[dict[str, int], Field(title="By Channel")]
    retried: Annotated[int, Field(title="Retried")]


class RoutingCell(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    on: Annotated[bool, Field(title="On")]
    overridable: Annotated[bool | None, Field(title="Overridable")] = False


class RoutingIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    matrix: Annotated[dict[str, dict[str, RoutingCell]], Field(title="Matrix")]


class RoutingOut(BaseModel):
    """
    The event x channel matrix: `matrix[event_type][channel] = {on, overridable}`.
    """

    channels: Annotated[list[str], Field(title="Channels")]
    matrix: Annotated[dict[str, dict[str, RoutingCell]], Field(title="Matrix")]


CollapseOver1 = TypeAliasType(
    "CollapseOver1", Annotated[int, Field(ge=1, le=10000, title="Collapse Over")]
)


class RuleIn(BaseModel):
    """
    A field-change rule: when `field` of an `entity_type` record enters one of `values`
    (reported by a `record_updated` event in `data.changes`), `recipients` are notified as
    `event_type`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    attach_document: Annotated[bool | None, Field(title="Attach Document")] = False
    cc_emails: Annotated[
        list[EmailStr] | None, Field(max_length=10, title="Cc Emails")
    ] = None
    collapse_over: Annotated[CollapseOver1 | None, Field(title="Collapse Over")] = 25
    enabled: Annotated[bool | None, Field(title="Enabled")] = True
    entity_type: Annotated[str, Field(max_length=64, min_length=1, title="Entity Type")]
    event_type: Annotated[
        str, Field(pattern="^[a-z][a-z0-9_]{0,63}$", title="Event Type")
    ]
    field: Annotated[str, Field(max_length=100, min_length=1, title="Field")]
    recipients: Annotated[
        list[str], Field(max_length=1000, min_length=1, title="Recipients")
    ]
    values: Annotated[
        list[str | int | float | bool | None],
        Field(max_length=100, min_length=1, title="Values"),
    ]


class RuleOut(BaseModel):
    attach_document: Annotated[bool | None, Field(title="Attach Document")] = False
    cc_emails: Annotated[list[str] | None, Field(title="Cc Emails")] = None
    collapse_over: Annotated[int | None, Field(title="Collapse Over")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    enabled: Annotated[bool, Field(title="Enabled")]
    entity_type: Annotated[str, Field(title="Entity Type")]
    event_type: Annotated[str, Field(title="Event Type")]
    field: Annotated[str, Field(title="Field")]
    id: Annotated[str, Field(title="Id")]
    recipients: Annotated[list[str], Field(title="Recipients")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]
    values: Annotated[list[str | int | float | bool | None], Field(title="Values")]


class RulePage(BaseModel):
    items: Annotated[list[RuleOut], Field(title="Items")]
    next_cursor: Annotated[str | None, Field(title="Next Cursor")]


Id2 = TypeAliasType("Id2", Annotated[int, Field(ge=1, le=9223372036854776000)])


class SeenIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    ids: Annotated[list[Id2], Field(max_length=500, min_length=1, title="Ids")]


class SeenResult(BaseModel):
    ids: Annotated[list[int], Field(title="Ids")]
    unread: Annotated[int, Field(title="Unread")]
    unseen: Annotated[int, Field(title="Unseen")]


AuthToken = TypeAliasType(
    "AuthToken", Annotated[str, Field(max_length=200, min_length=1, title="Auth Token")]
)


DailyCap = TypeAliasType(
    "DailyCap", Annotated[int, Field(ge=0, le=10000000, title="Daily Cap")]
)


class SmsSenderIn(BaseModel):
    """
    A further Twilio sender (another number, messaging service or account), tried when the ones
    before it fail; `auth_token` sent back masked keeps the one stored at the same place.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_sid: Annotated[
        str, Field(pattern="^AC[0-9a-fA-F]{32}$", title="Account Sid")
    ]
    auth_token: Annotated[str, Field(max_length=200, min_length=1, title="Auth Token")]
    from_number: Annotated[str | None, Field(title="From Number")] = None
    messaging_service_sid: Annotated[
        str | None, Field(title="Messaging Service Sid")
    ] = None


class SmsSenderOut(BaseModel):
    account_sid: Annotated[str | None, Field(title="Account Sid")]
    auth_token: Annotated[str | None, Field(title="Auth Token")]
    from_number: Annotated[str | None, Field(title="From Number")]
    messaging_service_sid: Annotated[str | None, Field(title="Messaging Service Sid")]


Body1 = TypeAliasType(
    "Body1", Annotated[str, Field(max_length=1600, min_length=1, title="Body")]
)


class SmsTestIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    body: Annotated[Body1 | None, Field(title="Body")] = None
    to: Annotated[str, Field(title="To")]


class SmsTestOut(BaseModel):
    detail: Annotated[str | None, Field(title="Detail")] = None
    error: Annotated[str | None, Field(title="Error")] = None
    ok: Annotated[bool, Field(title="Ok")]
    provider: Annotated[str, Field(title="Provider")]
    provider_message_id: Annotated[str | None, Field(title="Provider Message Id")] = (
        None
    )
    segments: Annotated[int | None, Field(title="Segments")] = None


class SubscriptionDelete(BaseModel):
    endpoint: Annotated[str, Field(max_length=2000, min_length=10, title="Endpoint")]


class SubscriptionKeys(BaseModel):
    auth: Annotated[str, Field(max_length=100, min_length=8, title="Auth")]
    p256dh: Annotated[str, Field(max_length=200, min_length=20, title="P256Dh")]


class SubscriptionOut(BaseModel):
    created: Annotated[bool, Field(title="Created")]
    endpoint: Annotated[str, Field(title="Endpoint")]


Title2 = TypeAliasType("Title2", Annotated[str, Field(max_length=500, title="Title")])


class TargetIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    current: Annotated[float, Field(ge=0.0, title="Current")]
    goal: Annotated[float, Field(gt=0.0, title="Goal")]
    owner: Annotated[str, Field(pattern="^[A-Za-z0-9_.@+-]{1,150}$", title="Owner")]
    title: Annotated[Title2 | None, Field(title="Title")] = None
    url: Annotated[Url | None, Field(title="Url")] = None


class TargetOut(BaseModel):
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    current: Annotated[float, Field(title="Current")]
    fired_threshold: Annotated[int | None, Field(title="Fired Threshold")]
    goal: Annotated[float, Field(title="Goal")]
    id: Annotated[str, Field(title="Id")]
    milestones_reached: Annotated[list[int], Field(title="Milestones Reached")]
    next_threshold: Annotated[int | None, Field(title="Next Threshold")]
    owner: Annotated[str, Field(title="Owner")]
    percent: Annotated[float, Field(title="Percent")]
    title: Annotated[str | None, Field(title="Title")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]
    url: Annotated[str | None, Field(title="Url")]


class TaskIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    assignee: Annotated[
        str, Field(pattern="^[A-Za-z0-9_.@+-]{1,150}$", title="Assignee")
    ]
    completed: Annotated[bool | None, Field(title="Completed")] = False
    due_at: Annotated[AwareDatetime, Field(title="Due At")]
    title: Annotated[Title2 | None, Field(title="Title")] = None
    url: Annotated[Url | None, Field(title="Url")] = None


class TaskOut(BaseModel):
    assignee: Annotated[str, Field(title="Assignee")]
    completed: Annotated[bool, Field(title="Completed")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    due_at: Annotated[AwareDatetime, Field(title="Due At")]
    id: Annotated[str, Field(title="Id")]
    next_firing: NextFiring | None
    next_firing_at: Annotated[AwareDatetime | None, Field(title="Next Firing At")]
    title: Annotated[str | None, Field(title="Title")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]
    url: Annotated[str | None, Field(title="Url")]


Body2 = TypeAliasType("Body2", Annotated[str, Field(max_length=50000, title="Body")])


class TemplateIn(BaseModel):
    """
    PUT /v1/admin/templates/{type}/{channel}: parts left out (or null) keep their current text.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    body: Annotated[Body2 | None, Field(title="Body")] = None
    html: Annotated[Html | None, Field(title="Html")] = None
    subject: Annotated[Subject | None, Field(title="Subject")] = None


class TemplateOut(BaseModel):
    body: Annotated[str, Field(title="Body")]
    channel: Annotated[str, Field(title="Channel")]
    event_type: Annotated[str, Field(title="Event Type")]
    html: Annotated[str | None, Field(title="Html")]
    locale: Annotated[str, Field(title="Locale")]
    resolved_locale: Annotated[str | None, Field(title="Resolved Locale")]
    source: Annotated[Literal["custom", "builtin"], Field(title="Source")]
    subject: Annotated[str | None, Field(title="Subject")]
    updated_at: Annotated[AwareDatetime | None, Field(title="Updated At")] = None
    variables: Annotated[list[str], Field(title="Variables")]
    warnings: Annotated[list[str] | None, Field(title="Warnings")] = None


class TemplateSummary(BaseModel):
    channel: Annotated[str, Field(title="Channel")]
    event_type: Annotated[str, Field(title="Event Type")]
    locale: Annotated[str, Field(title="Locale")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]


TtlSeconds = TypeAliasType(
    "TtlSeconds", Annotated[int, Field(ge=60, le=2592000, title="Ttl Seconds")]
)


class TokenIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    ttl_seconds: Annotated[TtlSeconds | None, Field(title="Ttl Seconds")] = None


class TokenOut(BaseModel):
    expires_at: Annotated[AwareDatetime, Field(title="Expires At")]
    token: Annotated[str, Field(title="Token")]


class UnreadCount(BaseModel):
    unread: Annotated[int, Field(title="Unread")]
    unseen: Annotated[int, Field(title="Unseen")]


DisplayName = TypeAliasType(
    "DisplayName", Annotated[str, Field(max_length=200, title="Display Name")]
)


Locale = TypeAliasType("Locale", Annotated[str, Field(max_length=20, title="Locale")])


Role = TypeAliasType("Role", Annotated[str, Field(max_length=64, min_length=1)])


Roles = TypeAliasType(
    "Roles", Annotated[list[Role], Field(max_length=100, title="Roles")]
)


WebhookUrl = TypeAliasType("WebhookUrl", Annotated[AnyUrl, Field(title="Webhook Url")])


class UserIn(BaseModel):
    """
    PUT /v1/users/{username}: creates or updates; fields left out keep their value, null clears.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    active: Annotated[bool | None, Field(title="Active")] = None
    delivery_choice: Annotated[
        Literal["email", "webhook", "both", "none"] | None,
        Field(title="Delivery Choice"),
    ] = None
    display_name: Annotated[DisplayName | None, Field(title="Display Name")] = None
    email: Annotated[EmailStr | None, Field(title="Email")] = None
    locale: Annotated[Locale | None, Field(title="Locale")] = None
    manager: Annotated[str | None, Field(title="Manager")] = None
    phone: Annotated[str | None, Field(title="Phone")] = None
    roles: Annotated[Roles | None, Field(title="Roles")] = None
    timezone: Annotated[str | None, Field(title="Timezone")] = None
    webhook_kind: Annotated[
        Literal["teams", "slack", "ringcentral", "generic"] | None,
        Field(title="Webhook Kind"),
    ] = None
    webhook_url: Annotated[WebhookUrl | None, Field(title="Webhook Url")] = None
    whatsapp: Annotated[str | None, Field(title="Whatsapp")] = None


class UserOut(BaseModel):
    """
    A user as the API shows it: addresses masked (they are personal data, kept encrypted).
    """

    active: Annotated[bool, Field(title="Active")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    delivery_choice: Annotated[str, Field(title="Delivery Choice")]
    display_name: Annotated[str | None, Field(title="Display Name")]
    email: Annotated[str | None, Field(title="Email")]
    locale: Annotated[str, Field(title="Locale")]
    manager: Annotated[str | None, Field(title="Manager")]
    phone: Annotated[str | None, Field(title="Phone")]
    roles: Annotated[list[str], Field(title="Roles")]
    timezone: Annotated[str, Field(title="Timezone")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]
    username: Annotated[str, Field(title="Username")]
    webhook_kind: Annotated[str | None, Field(title="Webhook Kind")]
    webhook_url: Annotated[str | None, Field(title="Webhook Url")]
    whatsapp: Annotated[str | None, Field(title="Whatsapp")]


Roles1Item = TypeAliasType(
    "Roles1Item", Annotated[str, Field(max_length=64, min_length=1)]
)


Roles1 = TypeAliasType(
    "Roles1", Annotated[list[Roles1Item], Field(max_length=100, title="Roles")]
)


class UserRowIn(BaseModel):
    """
    One user of a bulk sync: the same fields and rules as `PUT /v1/users/{username}`, with the
    username in the row.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    active: Annotated[bool | None, Field(title="Active")] = None
    delivery_choice: Annotated[
        Literal["email", "webhook", "both", "none"] | None,
        Field(title="Delivery Choice"),
    ] = None
    display_name: Annotated[DisplayName | None, Field(title="Display Name")] = None
    email: Annotated[EmailStr | None, Field(title="Email")] = None
    locale: Annotated[Locale | None, Field(title="Locale")] = None
    manager: Annotated[str | None, Field(title="Manager")] = None
    phone: Annotated[str | None, Field(title="Phone")] = None
    roles: Annotated[Roles1 | None, Field(title="Roles")] = None
    timezone: Annotated[str | None, Field(title="Timezone")] = None
    username: Annotated[
        str, Field(pattern="^[A-Za-z0-9_.@+-]{1,150}$", title="Username")
    ]
    """
    the CRM's username
    """
    webhook_kind: Annotated[
        Literal["teams", "slack", "ringcentral", "generic"] | None,
        Field(title="Webhook Kind"),
    ] = None
    webhook_url: Annotated[WebhookUrl | None, Field(title="Webhook Url")] = None
    whatsapp: Annotated[str | None, Field(title="Whatsapp")] = None


class UserSyncResult(BaseModel):
    field: Annotated[str | None, Field(title="Field")] = None
    reason: Annotated[str | None, Field(title="Reason")] = None
    status: Annotated[
        Literal["created", "updated", "unchanged", "refused"], Field(title="Status")
    ]
    username: Annotated[str | None, Field(title="Username")]


Roles2Item = TypeAliasType(
    "Roles2Item", Annotated[str, Field(max_length=64, min_length=1)]
)


Roles2 = TypeAliasType(
    "Roles2", Annotated[list[Roles2Item], Field(max_length=100, title="Roles")]
)


class User1(BaseModel):
    """
    One user of a bulk sync: the same fields and rules as `PUT /v1/users/{username}`, with the
    username in the row.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    active: Annotated[bool | None, Field(title="Active")] = None
    delivery_choice: Annotated[
        Literal["email", "webhook", "both", "none"] | None,
        Field(title="Delivery Choice"),
    ] = None
    display_name: Annotated[DisplayName | None, Field(title="Display Name")] = None
    email: Annotated[EmailStr | None, Field(title="Email")] = None
    locale: Annotated[Locale | None, Field(title="Locale")] = None
    manager: Annotated[str | None, Field(title="Manager")] = None
    phone: Annotated[str | None, Field(title="Phone")] = None
    roles: Annotated[Roles2 | None, Field(title="Roles")] = None
    timezone: Annotated[str | None, Field(title="Timezone")] = None
    username: Annotated[
        str, Field(pattern="^[A-Za-z0-9_.@+-]{1,150}$", title="Username")
    ]
    """
    the CRM's username
    """
    webhook_kind: Annotated[
        Literal["teams", "slack", "ringcentral", "generic"] | None,
        Field(title="Webhook Kind"),
    ] = None
    webhook_url: Annotated[WebhookUrl | None, Field(title="Webhook Url")] = None
    whatsapp: Annotated[str | None, Field(title="Whatsapp")] = None


class UsersBulkIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    users: Annotated[list[User1], Field(max_length=1000, min_length=1, title="Users")]
    """
    1 to 1000 users, each created or updated as `PUT /v1/users/{username}` would; a row that fails validation is answered `refused` with its field and changes nothing
    """


class UsersBulkResult(BaseModel):
    created: Annotated[int, Field(title="Created")]
    refused: Annotated[int, Field(title="Refused")]
    results: Annotated[list[UserSyncResult], Field(title="Results")]
    unchanged: Annotated[int, Field(title="Unchanged")]
    updated: Annotated[int, Field(title="Updated")]


class VapidOut(BaseModel):
    public_key: Annotated[str, Field(title="Public Key")]
    replaced: Annotated[bool, Field(title="Replaced")]
    subscriptions_invalidated: Annotated[int, Field(title="Subscriptions Invalidated")]
    warning: Annotated[str | None, Field(title="Warning")] = None


class WaTemplateIn(BaseModel):
    """
    An approved template: `parameters` are Jinja expressions over the event's variables
    (`name`, `actor`, `entity.name`, `data.stage`, `url`, ...), one per body placeholder, written bare
    (`entity.name`) or in braces as in other templates (`{{ entity.name }}`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    language: Annotated[
        str, Field(pattern="^[a-z]{2,3}(_[A-Za-z0-9]{2,8})?$", title="Language")
    ]
    name: Annotated[str, Field(pattern="^[a-z0-9_]{1,512}$", title="Name")]
    parameters: Annotated[
        list[str] | None, Field(max_length=20, title="Parameters")
    ] = None


Subject2 = TypeAliasType(
    "Subject2", Annotated[str, Field(max_length=300, title="Subject")]
)


class WebPushChannelIn(BaseModel):
    """
    PUT /v1/admin/channels/webpush. `subject` is the contact push services may use about this
    server's pushes: a `mailto:` address or an `https:` URL. The key pair is not set here: it is
    generated by `POST /v1/admin/channels/webpush/vapid`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    configured: Annotated[bool | None, Field(title="Configured")] = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = None
    public_key: Annotated[str | None, Field(title="Public Key")] = None
    subject: Annotated[Subject2 | None, Field(title="Subject")] = None
    subscriptions: Annotated[int | None, Field(title="Subscriptions")] = None


class WebPushChannelOut(BaseModel):
    """
    The Web Push settings; the VAPID private key is never shown, not even masked.
    """

    configured: Annotated[bool, Field(title="Configured")]
    enabled: Annotated[bool, Field(title="Enabled")]
    public_key: Annotated[str | None, Field(title="Public Key")]
    subject: Annotated[str | None, Field(title="Subject")]
    subscriptions: Annotated[int, Field(title="Subscriptions")]


Body3 = TypeAliasType(
    "Body3", Annotated[str, Field(max_length=1000, min_length=1, title="Body")]
)


Title4 = TypeAliasType(
    "Title4", Annotated[str, Field(max_length=200, min_length=1, title="Title")]
)


class WebPushTestIn(BaseModel):
    """
    A test push to the admin's own browsers: `username` names the admin (the CRM's admin
    console sends the signed-in admin's username).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    body: Annotated[Body3 | None, Field(title="Body")] = None
    title: Annotated[Title4 | None, Field(title="Title")] = None
    username: Annotated[
        str, Field(pattern="^[A-Za-z0-9_.@+-]{1,150}$", title="Username")
    ]


class WebPushTestOut(BaseModel):
    accepted: Annotated[int | None, Field(title="Accepted")] = 0
    browsers: Annotated[int, Field(title="Browsers")]
    detail: Annotated[str | None, Field(title="Detail")] = None
    error: Annotated[str | None, Field(title="Error")] = None
    ok: Annotated[bool, Field(title="Ok")]
    provider: Annotated[str, Field(title="Provider")]
    removed: Annotated[int | None, Field(title="Removed")] = 0


SigningSecret1 = TypeAliasType(
    "SigningSecret1", Annotated[str, Field(max_length=200, title="Signing Secret")]
)


class WebhookChannelIn(BaseModel):
    """
    PUT /v1/admin/channels/webhook. The first PUT configures the channel (and turns it on unless
    `enabled: false`), generating a signing secret. `signing_secret`: left out, or sent back masked,
    keeps the stored one; `null` generates a new one (shown in full once, in that answer); a
    `whsec_...` value sets it.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    configured: Annotated[bool | None, Field(title="Configured")] = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = None
    signing_secret: Annotated[SigningSecret1 | None, Field(title="Signing Secret")] = ""


class WebhookChannelOut(BaseModel):
    """
    `signing_secret` is masked, except in the answer that generated it (copy it then).
    """

    configured: Annotated[bool, Field(title="Configured")]
    enabled: Annotated[bool, Field(title="Enabled")]
    signing_secret: Annotated[str | None, Field(title="Signing Secret")]
    signing_secret_created: Annotated[
        bool | None, Field(title="Signing Secret Created")
    ] = False


class WebhookTestIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    kind: Annotated[
        Literal["teams", "slack", "ringcentral", "generic"] | None, Field(title="Kind")
    ] = None
    url: Annotated[AnyUrl, Field(title="Url")]


class WebhookTestOut(BaseModel):
    detail: Annotated[str | None, Field(title="Detail")] = None
    error: Annotated[str | None, Field(title="Error")] = None
    kind: Annotated[str | None, Field(title="Kind")] = None
    ok: Annotated[bool, Field(title="Ok")]
    provider: Annotated[str, Field(title="Provider")]
    status: Annotated[int | None, Field(title="Status")] = None


AccessToken = TypeAliasType(
    "AccessToken",
    Annotated[str, Field(max_length=1000, min_length=1, title="Access Token")],
)


AppSecret = TypeAliasType(
    "AppSecret", Annotated[str, Field(max_length=200, min_length=1, title="App Secret")]
)


VerifyToken = TypeAliasType(
    "VerifyToken",
    Annotated[str, Field(max_length=200, min_length=8, title="Verify Token")],
)


class WhatsAppChannelIn(BaseModel):
    """
    PUT /v1/admin/channels/whatsapp. Fields left out keep their value, `null` clears one;
    secrets (`access_token`, `app_secret`) left out or sent back masked keep the stored value.
    `templates` replaces the whole map: {event_type: {name, language, parameters}}.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    access_token: Annotated[AccessToken | None, Field(title="Access Token")] = None
    app_secret: Annotated[AppSecret | None, Field(title="App Secret")] = None
    configured: Annotated[bool | None, Field(title="Configured")] = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = None
    phone_number_id: Annotated[str | None, Field(title="Phone Number Id")] = None
    templates: Annotated[dict[str, WaTemplateIn] | None, Field(title="Templates")] = (
        None
    )
    verify_token: Annotated[VerifyToken | None, Field(title="Verify Token")] = None
    webhook_url: Annotated[str | None, Field(title="Webhook Url")] = None


class WhatsAppChannelOut(BaseModel):
    """
    The WhatsApp settings as the admin reads them; `webhook_url` is the callback URL to give
    Meta for status webhooks (null until the server knows its public URL, `TOCSIN_PUBLIC_URL`).
    """

    access_token: Annotated[str | None, Field(title="Access Token")]
    app_secret: Annotated[str | None, Field(title="App Secret")]
    configured: Annotated[bool, Field(title="Configured")]
    enabled: Annotated[bool, Field(title="Enabled")]
    phone_number_id: Annotated[str | None, Field(title="Phone Number Id")]
    templates: Annotated[dict[str, WaTemplateIn], Field(title="Templates")]
    verify_token: Annotated[str | None, Field(title="Verify Token")]
    webhook_url: Annotated[str | None, Field(title="Webhook Url")]


class WhatsAppTestIn(BaseModel):
    """
    Send one template message to `to`: by default Meta's sample `hello_world` (en_US), which
    every new WhatsApp Business account has; `parameters` are literal texts.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    language: Annotated[
        str | None, Field(pattern="^[a-z]{2,3}(_[A-Za-z0-9]{2,8})?$", title="Language")
    ] = "en_US"
    parameters: Annotated[
        list[str] | None, Field(max_length=20, title="Parameters")
    ] = None
    template: Annotated[
        str | None, Field(pattern="^[a-z0-9_]{1,512}$", title="Template")
    ] = "hello_world"
    to: Annotated[str, Field(title="To")]


class WhatsAppTestOut(BaseModel):
    detail: Annotated[str | None, Field(title="Detail")] = None
    error: Annotated[str | None, Field(title="Error")] = None
    ok: Annotated[bool, Field(title="Ok")]
    provider: Annotated[str, Field(title="Provider")]
    provider_message_id: Annotated[str | None, Field(title="Provider Message Id")] = (
        None
    )


class ActivityOut(BaseModel):
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    effective_reminder_minutes: Annotated[
        int, Field(title="Effective Reminder Minutes")
    ]
    id: Annotated[str, Field(title="Id")]
    next_firing: NextFiring | None
    next_firing_at: Annotated[AwareDatetime | None, Field(title="Next Firing At")]
    owner: Annotated[str, Field(title="Owner")]
    reminder_minutes: Annotated[int | None, Field(title="Reminder Minutes")]
    starts_at: Annotated[AwareDatetime, Field(title="Starts At")]
    title: Annotated[str | None, Field(title="Title")]
    updated_at: Annotated[AwareDatetime, Field(title="Updated At")]
    url: Annotated[str | None, Field(title="Url")]


Fallbacks = TypeAliasType(
    "Fallbacks",
    Annotated[list[EmailFallbackIn], Field(max_length=4, title="Fallbacks")],
)


class EmailChannelIn(BaseModel):
    """
    PUT /v1/admin/channels/email. Fields left out keep their value; `password` left out (or sent
    back masked, as GET shows it) keeps the stored one, `null` clears it. `provider: null` goes back
    to the server's default provider. With `resend`, `password` is the Resend API key.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    auth: Annotated[Literal["password", "oauth2"] | None, Field(title="Auth")] = None
    configured: Annotated[bool | None, Field(title="Configured")] = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = None
    encryption: Annotated[
        Literal["starttls", "ssl", "none"] | None, Field(title="Encryption")
    ] = None
    fallbacks: Annotated[Fallbacks | None, Field(title="Fallbacks")] = None
    from_address: Annotated[EmailStr | None, Field(title="From Address")] = None
    from_name: Annotated[FromName | None, Field(title="From Name")] = None
    host: Annotated[Host | None, Field(title="Host")] = None
    oauth_client_id: Annotated[OauthClientId | None, Field(title="Oauth Client Id")] = (
        None
    )
    oauth_client_secret: Annotated[
        OauthClientSecret | None, Field(title="Oauth Client Secret")
    ] = None
    oauth_scope: Annotated[OauthScope | None, Field(title="Oauth Scope")] = None
    oauth_token_url: Annotated[OauthTokenUrl | None, Field(title="Oauth Token Url")] = (
        None
    )
    password: Annotated[Password | None, Field(title="Password")] = None
    port: Annotated[Port | None, Field(title="Port")] = None
    provider: Annotated[
        Literal["smtp", "resend", "file", "none"] | None, Field(title="Provider")
    ] = None
    providers: Annotated[list[ProviderStateEcho] | None, Field(title="Providers")] = (
        None
    )
    source: Annotated[str | None, Field(title="Source")] = None
    username: Annotated[Username | None, Field(title="Username")] = None


class EmailChannelOut(BaseModel):
    """
    The email settings as the admin reads them, with `configured` and `source` (`org`: the
    org's own settings; `server`: the server's default provider, whose host and credentials are
    not shown).
    """

    auth: Annotated[str | None, Field(title="Auth")] = None
    configured: Annotated[bool, Field(title="Configured")]
    enabled: Annotated[bool, Field(title="Enabled")]
    encryption: Annotated[str | None, Field(title="Encryption")]
    fallbacks: Annotated[
        list[EmailFallbackOut] | None, Field(title="Fallbacks", validate_default=True)
    ] = []
    from_address: Annotated[str, Field(title="From Address")]
    from_name: Annotated[str | None, Field(title="From Name")]
    host: Annotated[str | None, Field(title="Host")]
    oauth_client_id: Annotated[str | None, Field(title="Oauth Client Id")] = None
    oauth_client_secret: Annotated[str | None, Field(title="Oauth Client Secret")] = (
        None
    )
    oauth_scope: Annotated[str | None, Field(title="Oauth Scope")] = None
    oauth_token_url: Annotated[str | None, Field(title="Oauth Token Url")] = None
    password: Annotated[str | None, Field(title="Password")]
    port: Annotated[int | None, Field(title="Port")]
    provider: Annotated[str, Field(title="Provider")]
    providers: Annotated[
        list[ProviderStateOut] | None, Field(title="Providers", validate_default=True)
    ] = []
    source: Annotated[Literal["org", "server"], Field(title="Source")]
    username: Annotated[str | None, Field(title="Username")]


class ErrorDetail(BaseModel):
    code: Annotated[str, Field(examples=["not_found"])]
    """
    stable, machine-readable
    """
    details: list[ErrorFieldDetail] | None = None
    field: str | None = None
    """
    the offending field (422, 409)
    """
    message: str
    """
    for people
    """


class ErrorResponse(BaseModel):
    error: ErrorDetail


class EventDetailOut(BaseModel):
    """
    The event with its data, who it reached and what became of each notification and delivery.
    """

    actor: Annotated[str | None, Field(title="Actor")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    data: Annotated[dict[str, Any], Field(title="Data")]
    deliveries: Annotated[list[DeliveryOut], Field(title="Deliveries")]
    entity: Annotated[dict[str, Any], Field(title="Entity")]
    id: Annotated[int, Field(title="Id")]
    inactive_recipients: Annotated[list[str], Field(title="Inactive Recipients")]
    notifications: Annotated[list[EventNotificationOut], Field(title="Notifications")]
    queued: Annotated[dict[str, int], Field(title="Queued")]
    recipient_count: Annotated[int, Field(title="Recipient Count")]
    recipients: Annotated[list[str], Field(title="Recipients")]
    skipped: Annotated[dict[str, int], Field(title="Skipped")]
    type: Annotated[str, Field(title="Type")]
    unknown_recipients: Annotated[list[str], Field(title="Unknown Recipients")]
    urgent: Annotated[bool, Field(title="Urgent")]
    warnings: Annotated[list[str], Field(title="Warnings")]


class EventPage(BaseModel):
    items: Annotated[list[EventSummary], Field(title="Items")]
    next_cursor: Annotated[str | None, Field(title="Next Cursor")]


class EventRefused(BaseModel):
    """
    A batch's answer for an event refused at the door: nothing of it was stored.
    """

    error: RefusalError
    refused: Annotated[Literal[True], Field(title="Refused")] = True


class EventTypeIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    body_template: Annotated[BodyTemplate | None, Field(title="Body Template")] = None
    cc_emails: Annotated[CcEmails | None, Field(title="Cc Emails")] = None
    description: Annotated[Description | None, Field(title="Description")] = None
    digest: DigestSpec | None = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = None
    escalation: EscalationSpec | None = None
    routing: Annotated[dict[str, RoutingCell] | None, Field(title="Routing")] = None
    sensitive_fields: Annotated[
        SensitiveFields | None, Field(title="Sensitive Fields")
    ] = None
    title_template: Annotated[TitleTemplate | None, Field(title="Title Template")] = (
        None
    )
    urgent_default: Annotated[bool | None, Field(title="Urgent Default")] = None


class EventTypeOut(BaseModel):
    body_template: Annotated[str, Field(title="Body Template")]
    builtin: Annotated[bool, Field(title="Builtin")]
    cc_emails: Annotated[list[str] | None, Field(title="Cc Emails")] = None
    description: Annotated[str, Field(title="Description")]
    digest: DigestSpec | None = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = True
    escalation: EscalationSpec | None = None
    key: Annotated[str, Field(title="Key")]
    routing: Annotated[dict[str, RoutingCell], Field(title="Routing")]
    sensitive_fields: Annotated[list[str] | None, Field(title="Sensitive Fields")] = (
        None
    )
    title_template: Annotated[str, Field(title="Title Template")]
    urgent_default: Annotated[bool, Field(title="Urgent Default")]


class NotificationOut(BaseModel):
    acted_at: Annotated[AwareDatetime | None, Field(title="Acted At")] = None
    action: Annotated[str | None, Field(title="Action")] = None
    actions: Annotated[list[ActionOut] | None, Field(title="Actions")] = None
    actor: Annotated[str | None, Field(title="Actor")]
    body: Annotated[str, Field(title="Body")]
    created_at: Annotated[AwareDatetime, Field(title="Created At")]
    data: Annotated[dict[str, Any], Field(title="Data")]
    dismissed_at: Annotated[AwareDatetime | None, Field(title="Dismissed At")]
    entity: EntityRef
    id: Annotated[int, Field(title="Id")]
    read_at: Annotated[AwareDatetime | None, Field(title="Read At")]
    resolution: Resolution | None = None
    resolved_at: Annotated[AwareDatetime | None, Field(title="Resolved At")] = None
    seen_at: Annotated[AwareDatetime | None, Field(title="Seen At")]
    silent: Annotated[bool | None, Field(title="Silent")] = False
    title: Annotated[str, Field(title="Title")]
    type: Annotated[str, Field(title="Type")]
    urgent: Annotated[bool, Field(title="Urgent")]
    url: Annotated[str | None, Field(title="Url")]


class NotificationPage(BaseModel):
    items: Annotated[list[NotificationOut], Field(title="Items")]
    next_cursor: Annotated[str | None, Field(title="Next Cursor")]


Fallbacks1 = TypeAliasType(
    "Fallbacks1", Annotated[list[SmsSenderIn], Field(max_length=4, title="Fallbacks")]
)


class SmsChannelIn(BaseModel):
    """
    PUT /v1/admin/channels/sms. Fields left out keep their value, `null` clears one;
    `auth_token` left out (or sent back masked, as GET shows it) keeps the stored token. Messages
    go out from `from_number` (E.164), or through `messaging_service_sid` when that is set.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_sid: Annotated[str | None, Field(title="Account Sid")] = None
    auth_token: Annotated[AuthToken | None, Field(title="Auth Token")] = None
    configured: Annotated[bool | None, Field(title="Configured")] = None
    daily_cap: Annotated[DailyCap | None, Field(title="Daily Cap")] = None
    enabled: Annotated[bool | None, Field(title="Enabled")] = None
    fallbacks: Annotated[Fallbacks1 | None, Field(title="Fallbacks")] = None
    from_number: Annotated[str | None, Field(title="From Number")] = None
    messaging_service_sid: Annotated[
        str | None, Field(title="Messaging Service Sid")
    ] = None
    providers: Annotated[list[ProviderStateEcho] | None, Field(title="Providers")] = (
        None
    )
    status_callback_url: Annotated[str | None, Field(title="Status Callback Url")] = (
        None
    )


class SmsChannelOut(BaseModel):
    """
    The SMS settings as the admin reads them; `status_callback_url` is where Twilio reports
    delivery (null until the server knows its public URL, `TOCSIN_PUBLIC_URL`).
    """

    account_sid: Annotated[str | None, Field(title="Account Sid")]
    auth_token: Annotated[str | None, Field(title="Auth Token")]
    configured: Annotated[bool, Field(title="Configured")]
    daily_cap: Annotated[int, Field(title="Daily Cap")]
    enabled: Annotated[bool, Field(title="Enabled")]
    fallbacks: Annotated[
        list[SmsSenderOut] | None, Field(title="Fallbacks", validate_default=True)
    ] = []
    from_number: Annotated[str | None, Field(title="From Number")]
    messaging_service_sid: Annotated[str | None, Field(title="Messaging Service Sid")]
    providers: Annotated[
        list[ProviderStateOut] | None, Field(title="Providers", validate_default=True)
    ] = []
    status_callback_url: Annotated[str | None, Field(title="Status Callback Url")]


class SubscriptionIn(BaseModel):
    """
    A browser's PushSubscription as `subscription.toJSON()` gives it.
    """

    endpoint: Annotated[str, Field(max_length=2000, min_length=10, title="Endpoint")]
    expirationTime: Annotated[int | float | None, Field(title="Expirationtime")] = None
    keys: SubscriptionKeys


class EventBatchResult(BaseModel):
    results: Annotated[list[EventResult | EventRefused], Field(title="Results")]
