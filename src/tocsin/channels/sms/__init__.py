"""SMS through Twilio's Messages API."""

from __future__ import annotations

from tocsin.channels.base import ChannelAdmin, ChannelSpec
from tocsin.channels.sms import channel, service
from tocsin.channels.sms.schemas import SmsChannelIn, SmsChannelOut, SmsTestIn, SmsTestOut

SMS = ChannelSpec(
    name=channel.CHANNEL,
    address_name="phone number",
    address_flag="has_phone",
    address=channel.address,
    load_provider=channel.load_provider,
    daily_cap=channel.daily_cap,
    admin=ChannelAdmin(
        settings_in=SmsChannelIn,
        settings_out=SmsChannelOut,
        test_in=SmsTestIn,
        test_out=SmsTestOut,
        secret_fields=("auth_token",),
        get=service.get_settings,
        put=service.put_settings,
        load_test=service.load_config,
        send_test=service.send_test,
    ),
)
