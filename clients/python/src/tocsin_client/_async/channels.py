"""Each channel's settings (secrets masked on read) and its test send; enable and disable are in
`deliveries.py` (the same for every channel)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tocsin_client import calls
from tocsin_client._async.paging import AsyncPaging
from tocsin_client.models import (
    EmailChannelIn,
    EmailChannelOut,
    EmailTestIn,
    EmailTestOut,
    SmsChannelIn,
    SmsChannelOut,
    SmsTestIn,
    SmsTestOut,
    WebhookChannelIn,
    WebhookChannelOut,
    WebhookTestIn,
    WebhookTestOut,
    WebPushChannelIn,
    WebPushChannelOut,
    WebPushTestIn,
    WebPushTestOut,
    WhatsAppChannelIn,
    WhatsAppChannelOut,
    WhatsAppTestIn,
    WhatsAppTestOut,
)
from tocsin_client.ops import deliveries as ops

Body = Mapping[str, Any] | None


class AsyncChannelsApi(AsyncPaging):
    async def get_email_channel(self) -> EmailChannelOut:
        """The settings of the email channel (SMTP or a provider's API), secrets masked."""
        answer: EmailChannelOut = await self.run(ops.get_channel("email", EmailChannelOut))
        return answer

    async def put_email_channel(self, settings: EmailChannelIn | Body = None, /, **fields: Any) -> EmailChannelOut:
        """Configure the email channel (SMTP or a provider's API); a masked secret sent back keeps the stored one."""
        body = calls.build(EmailChannelIn, settings, fields)
        answer: EmailChannelOut = await self.run(ops.put_channel("email", body, EmailChannelOut))
        return answer

    async def test_email_channel(self, test: EmailTestIn | Body = None, /, **fields: Any) -> EmailTestOut:
        """Send a test through the email channel (SMTP or a provider's API) and answer what the provider said."""
        body = calls.build(EmailTestIn, test, fields)
        answer: EmailTestOut = await self.run(ops.test_channel("email", body, EmailTestOut))
        return answer

    async def get_sms_channel(self) -> SmsChannelOut:
        """The settings of the SMS channel, secrets masked."""
        answer: SmsChannelOut = await self.run(ops.get_channel("sms", SmsChannelOut))
        return answer

    async def put_sms_channel(self, settings: SmsChannelIn | Body = None, /, **fields: Any) -> SmsChannelOut:
        """Configure the SMS channel; a masked secret sent back keeps the stored one."""
        body = calls.build(SmsChannelIn, settings, fields)
        answer: SmsChannelOut = await self.run(ops.put_channel("sms", body, SmsChannelOut))
        return answer

    async def test_sms_channel(self, test: SmsTestIn | Body = None, /, **fields: Any) -> SmsTestOut:
        """Send a test through the SMS channel and answer what the provider said."""
        body = calls.build(SmsTestIn, test, fields)
        answer: SmsTestOut = await self.run(ops.test_channel("sms", body, SmsTestOut))
        return answer

    async def get_whatsapp_channel(self) -> WhatsAppChannelOut:
        """The settings of the WhatsApp channel, secrets masked."""
        answer: WhatsAppChannelOut = await self.run(ops.get_channel("whatsapp", WhatsAppChannelOut))
        return answer

    async def put_whatsapp_channel(
        self, settings: WhatsAppChannelIn | Body = None, /, **fields: Any
    ) -> WhatsAppChannelOut:
        """Configure the WhatsApp channel; a masked secret sent back keeps the stored one."""
        body = calls.build(WhatsAppChannelIn, settings, fields)
        answer: WhatsAppChannelOut = await self.run(ops.put_channel("whatsapp", body, WhatsAppChannelOut))
        return answer

    async def test_whatsapp_channel(self, test: WhatsAppTestIn | Body = None, /, **fields: Any) -> WhatsAppTestOut:
        """Send a test through the WhatsApp channel and answer what the provider said."""
        body = calls.build(WhatsAppTestIn, test, fields)
        answer: WhatsAppTestOut = await self.run(ops.test_channel("whatsapp", body, WhatsAppTestOut))
        return answer

    async def get_webhook_channel(self) -> WebhookChannelOut:
        """The settings of the chat webhook channel (Teams, Slack, ...), secrets masked."""
        answer: WebhookChannelOut = await self.run(ops.get_channel("webhook", WebhookChannelOut))
        return answer

    async def put_webhook_channel(
        self, settings: WebhookChannelIn | Body = None, /, **fields: Any
    ) -> WebhookChannelOut:
        """Configure the chat webhook channel (Teams, Slack, ...); a masked secret sent back keeps the stored one."""
        body = calls.build(WebhookChannelIn, settings, fields)
        answer: WebhookChannelOut = await self.run(ops.put_channel("webhook", body, WebhookChannelOut))
        return answer

    async def test_webhook_channel(self, test: WebhookTestIn | Body = None, /, **fields: Any) -> WebhookTestOut:
        """Send a test through the chat webhook channel (Teams, Slack, ...) and answer what the provider said."""
        body = calls.build(WebhookTestIn, test, fields)
        answer: WebhookTestOut = await self.run(ops.test_channel("webhook", body, WebhookTestOut))
        return answer

    async def get_webpush_channel(self) -> WebPushChannelOut:
        """The settings of browser push, secrets masked."""
        answer: WebPushChannelOut = await self.run(ops.get_channel("webpush", WebPushChannelOut))
        return answer

    async def put_webpush_channel(
        self, settings: WebPushChannelIn | Body = None, /, **fields: Any
    ) -> WebPushChannelOut:
        """Configure browser push; a masked secret sent back keeps the stored one."""
        body = calls.build(WebPushChannelIn, settings, fields)
        answer: WebPushChannelOut = await self.run(ops.put_channel("webpush", body, WebPushChannelOut))
        return answer

    async def test_webpush_channel(self, test: WebPushTestIn | Body = None, /, **fields: Any) -> WebPushTestOut:
        """Send a test through browser push and answer what the provider said."""
        body = calls.build(WebPushTestIn, test, fields)
        answer: WebPushTestOut = await self.run(ops.test_channel("webpush", body, WebPushTestOut))
        return answer
