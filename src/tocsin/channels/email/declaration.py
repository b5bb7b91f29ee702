"""The email channel as every layer knows it: the user's email address, on for most event types."""

from __future__ import annotations

from tocsin.channels.declaration import EVERY_TYPE, ChannelDeclaration, RoutingDefault, UserAddress, mask_email

EMAIL = ChannelDeclaration(
    name="email",
    address=UserAddress(called="email address", flag="has_email", field="email", column="email_enc", mask=mask_email),
    # Imports and raw field changes are for rules and the bell, not for mail.
    routing=RoutingDefault(on=EVERY_TYPE, off=frozenset({"import_completed", "record_updated"})),
    attachments=True,
)
