"""A real SMTP server (aiosmtpd) on 127.0.0.1 that records what it receives and can be told to
misbehave: answer 421 to the next N messages, refuse recipients with 550, or be down.

Also makes a self-signed certificate (cryptography) for STARTTLS and implicit TLS tests.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import email
import email.policy
import ipaddress
import ssl
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import cached_property
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.servers import free_port
from tocsin.config import Settings


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    tls: bool
    login: str | None

    @cached_property
    def message(self) -> EmailMessage:
        # Parsed on first use: the sink stays cheap under load (benchmarks, the crash test).
        parsed = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class SinkHandler:
    messages: list[Received] = field(default_factory=list)
    fail_data: int = 0  # answer the next N messages with `fail_reply`
    fail_reply: str = "421 4.3.2 Service not available, try again later"
    refuse_rcpt: str | None = None  # e.g. "550 5.1.1 <{}>: unknown mailbox"
    rejected: int = 0
    delay_data: float = 0.0  # seconds to sit on each DATA before answering (a slow server)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # XOAUTH2: the access token each user may log in with now (the test changes it to revoke one),
    # and the tokens tried, in order.
    xoauth2: dict[str, str] = field(default_factory=dict)
    xoauth2_tried: list[str] = field(default_factory=list)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        """AUTH XOAUTH2 <base64("user=" user "\\x01auth=Bearer " token "\\x01\\x01")> (Google's and
        Microsoft's SASL mechanism); a wrong token is refused 535 as those servers do."""
        try:
            fields = dict(part.split("=", 1) for part in base64.b64decode(args[1]).decode().split("\x01") if part)
            user, token = fields["user"], fields["auth"].removeprefix("Bearer ")
        except (IndexError, ValueError, KeyError):
            return AuthResult(success=False, handled=False, message="501 5.5.2 cannot decode XOAUTH2")
        with self.lock:
            self.xoauth2_tried.append(token)
        if self.xoauth2.get(user) != token:
            return AuthResult(success=False, handled=False)  # 535 5.7.8
        return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if self.refuse_rcpt:
            self.rejected += 1
            return self.refuse_rcpt.format(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay_data:
            await asyncio.sleep(self.delay_data)
        with self.lock:
            if self.fail_data > 0:
                self.fail_data -= 1
                self.rejected += 1
                return self.fail_reply
        raw = envelope.original_content or envelope.content
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        # The transport, not the session, knows about TLS from the first byte (implicit TLS).
        tls = server.transport.get_extra_info("cipher") is not None
        received = Received(envelope.mail_from, list(envelope.rcpt_tos), raw, tls, login)
        with self.lock:
            self.messages.append(received)
        return "250 2.0.0 OK: queued"

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


class SmtpSink:
    """An aiosmtpd server on a free loopback port; `down()` / `up()` close and reopen it."""

    def __init__(
        self,
        *,
        tls: ssl.SSLContext | None = None,  # STARTTLS offered (and required) with this context
        implicit_tls: ssl.SSLContext | None = None,  # TLS from the first byte (port 465 style)
        logins: dict[str, str] | None = None,  # username -> password; AUTH required when given
        xoauth2: bool = False,  # AUTH XOAUTH2 offered (`handler.xoauth2`), without TLS
    ) -> None:
        self.handler = SinkHandler()
        self.port = free_port()
        self.host = "127.0.0.1"
        self._tls = tls
        self._implicit = implicit_tls
        self._logins = logins
        self._xoauth2 = xoauth2
        self._controller: Controller | None = None

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword) or self._logins is None:
            return AuthResult(success=False, handled=False)
        ok = self._logins.get(auth_data.login.decode()) == auth_data.password.decode()
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    def up(self) -> SmtpSink:
        kwargs: dict[str, Any] = {}
        if self._tls is not None:
            kwargs.update(tls_context=self._tls, require_starttls=True)
        if self._logins is not None and self._implicit is not None:
            # aiosmtpd does not count implicit TLS as TLS for AUTH: offer it, the client logs in.
            kwargs.update(authenticator=self._authenticate, auth_required=False, auth_require_tls=False)
        elif self._logins is not None:
            kwargs.update(authenticator=self._authenticate, auth_required=True, auth_require_tls=self._tls is not None)
        if self._xoauth2:
            # Offered without TLS (the login is checked: `Received.login`); aiosmtpd warns on requiring it.
            kwargs.update(auth_required=False, auth_require_tls=False, auth_exclude_mechanism=["LOGIN", "PLAIN"])
        controller = Controller(self.handler, hostname=self.host, port=self.port, ssl_context=self._implicit, **kwargs)
        controller.start()
        self._controller = controller
        return self

    def down(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def messages(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.messages)


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(self.cert), str(self.key))
        return context


def self_signed(folder: Path, *, host: str = "127.0.0.1") -> Certificate:
    """A certificate for `host` (IP SAN and localhost), signed by its own key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tocsin-test-smtp")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host)), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return Certificate(cert_path, key_path)


def email_through(sink: SmtpSink, base: Settings, **more: Any) -> Settings:
    """`base` with email going to the loopback `sink` (plain SMTP, a 5 s send timeout), and `more`."""
    update = {
        "email_provider": "smtp",
        "smtp_host": sink.host,
        "smtp_port": sink.port,
        "smtp_encryption": "none",
        "send_timeout_seconds": 5.0,
    }
    return base.model_copy(update={**update, **more})
