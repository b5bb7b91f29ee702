"""SMTP through aiosmtplib: STARTTLS, implicit TLS or plain; login; one connection per lane,
reused for many messages.

Outcomes: cannot connect, timeout, dropped connection, 4xx -> transient; 5xx on the
recipient or the message -> permanent. A login or TLS failure is the admin's to fix, so it is
transient: the schedule gives them 15 minutes before messages fail.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime

import aiosmtplib
from aiosmtplib import errors

from tocsin.channels.base import Outcome, Outgoing, PermanentError, SendResult, TransientError
from tocsin.channels.email.config import EmailConfig
from tocsin.channels.email.message import compose
from tocsin.channels.email.oauth import TOKENS, TokenError
from tocsin.channels.outbound import OutboundRefused, Unresolvable, check_resolved
from tocsin.config import Settings
from tocsin.kit.clock import Clock, SystemClock


@dataclass(frozen=True, slots=True)
class SmtpPayload:
    sender: str
    to: str
    data: bytes
    message_id: str


def tls_context(settings: Settings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.smtp_ca_file:
        context.load_verify_locations(cafile=str(settings.smtp_ca_file))
    return context


class SmtpProvider:
    name = "smtp"

    def __init__(self, config: EmailConfig, settings: Settings, *, clock: Clock | None = None) -> None:
        if not config.host:
            raise ValueError("SMTP needs a host")
        if config.auth == "oauth2" and (config.oauth is None or not config.username):
            raise ValueError("SMTP with OAuth 2.0 needs a username, a token URL, a client id and a client secret")
        self.config = config
        self.settings = settings
        self.clock = clock or SystemClock()
        self.max_connections = max(1, settings.smtp_connections)

    def prepare(self, message: Outgoing) -> SmtpPayload:
        built = compose(message, self.config, now=datetime.now(UTC))
        return SmtpPayload(sender=built.sender, to=built.to, data=built.data, message_id=built.message_id)

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[SmtpSender]:
        sender = SmtpSender(self)
        try:
            yield sender
        except BaseException:  # cancelled or failed: drop the connection, do not wait for QUIT
            sender.abort()
            raise
        await sender.close()

    def client(self) -> aiosmtplib.SMTP:
        c = self.config
        login = c.username if c.auth == "password" else None  # XOAUTH2 logs in after connecting
        return _Client(
            hostname=c.host,
            port=c.port,
            username=login,
            password=c.password if login else None,
            use_tls=c.encryption == "ssl",
            start_tls=c.encryption == "starttls",
            tls_context=tls_context(self.settings) if c.encryption in ("ssl", "starttls") else None,
            timeout=self.settings.send_timeout_seconds,
        )


class _Client(aiosmtplib.SMTP):
    """aiosmtplib's client, whose connections are aborted when they end rather than closed. Its
    own close of a TLS connection (after a refused login, say, which it closes itself) sends
    close_notify and waits for the server's; when the worker's loop ends first the socket is left
    to the garbage collector. Nothing is lost by aborting: a message is the server's once it has
    answered the end of its data, and the session is over when the connection is dropped."""

    def close(self) -> None:
        transport = self.transport
        if isinstance(transport, asyncio.Transport) and not transport.is_closing():
            transport.abort()
        super().close()


class SmtpSender:
    """One SMTP connection, opened on first use and again after the server drops it. Once it cannot
    be opened at all, the rest of the lane fails fast with the same error instead of waiting on
    each message's own connect timeout."""

    def __init__(self, provider: SmtpProvider) -> None:
        self._provider = provider
        self._client: aiosmtplib.SMTP | None = None
        self._broken: TransientError | None = None

    async def _connected(self) -> aiosmtplib.SMTP:
        if self._client is not None and self._client.is_connected:
            return self._client
        if self._broken is not None:
            raise self._broken
        c = self._provider.config
        settings = self._provider.settings
        if c.username and c.encryption == "none" and not settings.smtp_allow_plaintext_login:
            self._broken = TransientError(
                "SMTP login over an unencrypted connection is refused (TOCSIN_SMTP_ALLOW_PLAINTEXT_LOGIN)",
                failure="login without TLS refused",
                step="connect",
            )
            raise self._broken
        if c.source == "org":  # the server's own relay is the operator's choice, not an org admin's
            await self._check_host()
        token = await self._token() if c.oauth is not None and c.auth == "oauth2" else None
        client = self._provider.client()
        try:
            await client.connect()
            if token is not None:
                await self._xoauth2(client, token)
        except TransientError as exc:  # no new token for a second login (`_token` says why)
            self._broken = exc
        except errors.SMTPAuthenticationError as exc:
            self._broken = TransientError(
                f"SMTP login refused: {exc.code} {exc.message}", failure=f"login refused ({exc.code})", step="auth"
            )
        except (errors.SMTPException, OSError) as exc:
            self._broken = _connect_error(c, exc)
        if self._broken is not None:
            with suppress(Exception):
                client.close()  # already done by a failed connect, which aborted (`_Client`)
            # An aborted transport closes its socket on the loop's next turn: give it that turn, or
            # a loop that ends now leaves the socket to the GC.
            await asyncio.sleep(0)
            raise self._broken
        self._client = client
        return client

    async def _check_host(self) -> None:
        c, settings = self._provider.config, self._provider.settings
        try:
            await check_resolved(c.host or "", c.port or 25, allow_private=settings.outbound_allow_private)
        except OutboundRefused as exc:
            dns = isinstance(exc, Unresolvable)
            failure = "host not found (DNS)" if dns else "host refused: not a public address"
            self._broken = TransientError(f"SMTP host refused: {exc}", failure=failure, step="connect")
            raise self._broken from exc

    async def _token(self, *, fresh: bool = False) -> str:
        """The OAuth 2.0 access token, kept until shortly before it expires (`fresh`: a new one)."""
        provider = self._provider
        oauth = provider.config.oauth
        assert oauth is not None
        if fresh:
            TOKENS.forget(oauth)
        try:
            return await TOKENS.token(
                oauth,
                now=provider.clock.now(),
                allow_private=provider.settings.outbound_allow_private,
                timeout=provider.settings.send_timeout_seconds,
            )
        except TokenError as exc:
            self._broken = TransientError(f"SMTP OAuth 2.0: {exc}", failure=str(exc), step="token")
            raise self._broken from exc

    async def _xoauth2(self, client: aiosmtplib.SMTP, token: str) -> None:
        """XOAUTH2 with the kept token; a token the server refuses (535: revoked, or expired
        early) is dropped and a new one is tried once."""
        username = self._provider.config.username or ""
        try:
            await client.auth_xoauth2(username, token)
        except errors.SMTPAuthenticationError as exc:
            if exc.code != 535:
                raise
            await client.auth_xoauth2(username, await self._token(fresh=True))

    async def send(self, payload: SmtpPayload) -> SendResult:
        client = await self._connected()
        try:
            _refused, reply = await client.sendmail(payload.sender, [payload.to], payload.data)
        except errors.SMTPRecipientsRefused as exc:
            first = exc.recipients[0] if exc.recipients else None
            code = first.code if first else 550
            text = f"recipient refused: {code} {first.message if first else ''}".strip()
            raise _by_code(code, text, failure=f"recipient refused ({code})", recipient=True) from exc
        except errors.SMTPResponseException as exc:
            if exc.code == 421:  # the server is closing this connection: open a new one next time
                self.abort()
            raise _by_code(
                exc.code, f"SMTP server answered {exc.code} {exc.message}", failure=f"message refused ({exc.code})"
            ) from exc
        except (errors.SMTPException, OSError) as exc:
            self.abort()
            raise TransientError(
                f"SMTP connection lost: {_describe(exc)}", failure="connection lost", step="send"
            ) from exc
        except ValueError as exc:  # aiosmtplib refuses an address it cannot write in the envelope
            raise PermanentError(
                "the recipient address cannot be sent over SMTP",
                failure="recipient address refused",
                recipient=True,
                step="send",
            ) from exc
        return SendResult(provider_message_id=payload.message_id, detail=f"250 {reply}".strip())

    def abort(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with suppress(Exception):
                client.close()

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except Exception:
                client.close()
            await asyncio.sleep(0)  # the transport closes on the loop's next turn: give it that turn


def _connect_error(c: EmailConfig, exc: BaseException) -> TransientError:
    if isinstance(exc, errors.SMTPResponseException):
        return TransientError(
            f"SMTP server {c.host}:{c.port} refused the session: {exc.code} {exc.message}",
            failure=f"session refused ({exc.code})",
            step="connect",
        )
    if isinstance(exc, ssl.SSLError):
        return TransientError(
            f"TLS with SMTP server {c.host}:{c.port} failed: {_describe(exc)}", failure="TLS failed", step="connect"
        )
    failure = "timed out" if isinstance(exc, errors.SMTPTimeoutError | TimeoutError) else "cannot connect"
    return TransientError(
        f"cannot connect to SMTP server {c.host}:{c.port}: {_describe(exc)}", failure=failure, step="connect"
    )


def _by_code(code: int, text: str, *, failure: str, recipient: bool = False) -> TransientError | PermanentError:
    if classify_smtp_reply(code) == "permanent":
        return PermanentError(text, failure=failure, recipient=recipient, step="send")
    return TransientError(text, failure=failure, step="send")


def _describe(exc: BaseException) -> str:
    detail = str(exc).strip()
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def classify_smtp_reply(code: int) -> Outcome:
    """SMTP reply codes: 2xx/3xx accepted, 4xx try again later, 5xx never (RFC 5321 §4.2.1)."""
    if code < 400:
        return "sent"
    if code < 500:
        return "transient"
    return "permanent"
