"""The SMS channel as every layer knows it: the user's phone number, on for won deals."""

from __future__ import annotations

from tocsin.channels.declaration import ChannelDeclaration, RoutingDefault, UserAddress, mask_phone

SMS = ChannelDeclaration(
    name="sms",
    address=UserAddress(called="phone number", flag="has_phone", field="phone", column="phone_enc", mask=mask_phone),
    routing=RoutingDefault(on=frozenset({"deal_closed_won"})),
    lock_screen=True,
)
