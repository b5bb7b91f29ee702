"""The WhatsApp channel as every layer knows it: the user's WhatsApp number, off until routed."""

from __future__ import annotations

from tocsin.channels.declaration import ChannelDeclaration, UserAddress, mask_phone

WHATSAPP = ChannelDeclaration(
    name="whatsapp",
    address=UserAddress(
        called="WhatsApp number", flag="has_whatsapp", field="whatsapp", column="whatsapp_enc", mask=mask_phone
    ),
    lock_screen=True,
)
