"""OAuth 2.0 access tokens for SMTP's XOAUTH2 login (Microsoft 365, Google Workspace relays).

The token comes from the org's token endpoint by the client-credentials grant (RFC 6749 §4.4: a
form POST of `grant_type=client_credentials`, the client id and secret, and the scope), over the
outbound address rule like every connection to a host an org admin typed in. A token is kept in
memory per process until shortly before its `expires_in` runs out, then fetched again; the SMTP
sender also drops it when the server refuses it (535) and tries once more with a new one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple
from urllib.parse import urlencode

from tocsin.channels.http import Unreachable
from tocsin.channels.outbound import outbound_client
from tocsin.kit.netaddr import OutboundRefused

# A token is renewed this long before it expires (half its life when that is shorter).
RENEW_EARLY_SECONDS = 60.0
DEFAULT_EXPIRES_IN_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class OAuthClient:
    token_url: str
    client_id: str
    client_secret: str = field(repr=False)  # never in a repr, so never in a log line
    scope: str | None = None

    @property
    def key(self) -> TokenKey:
        digest = hashlib.sha256(self.client_secret.encode()).hexdigest()
        return TokenKey(self.token_url, self.client_id, self.scope or "", digest)


class TokenKey(NamedTuple):
    token_url: str
    client_id: str
    scope: str
    secret_sha256: str  # a changed secret is another client: its token is fetched anew


class TokenError(Exception):
    """No token: the text names the failure's kind (never the endpoint's words or the secret)."""


@dataclass(frozen=True, slots=True)
class _Kept:
    token: str = field(repr=False)
    renew_at: datetime


class TokenCache:
    """Tokens by client, kept until shortly before they expire."""

    def __init__(self) -> None:
        self._kept: dict[TokenKey, _Kept] = {}

    async def token(self, client: OAuthClient, *, now: datetime, allow_private: bool, timeout: float) -> str:
        kept = self._kept.get(client.key)
        if kept is not None and now < kept.renew_at:
            return kept.token
        token, expires_in = await fetch_token(client, allow_private=allow_private, timeout=timeout)
        early = min(RENEW_EARLY_SECONDS, expires_in / 2)
        self._kept[client.key] = _Kept(token, now + timedelta(seconds=expires_in - early))
        return token

    def forget(self, client: OAuthClient) -> None:
        self._kept.pop(client.key, None)


TOKENS = TokenCache()


async def fetch_token(client: OAuthClient, *, allow_private: bool, timeout: float) -> tuple[str, float]:
    """The client-credentials grant: (access token, its lifetime in seconds)."""
    form = {"grant_type": "client_credentials", "client_id": client.client_id, "client_secret": client.client_secret}
    if client.scope:
        form["scope"] = client.scope
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    try:
        async with outbound_client(allow_private, timeout) as http:
            answer = await http.post(client.token_url, body=urlencode(form).encode(), headers=headers)
    except OutboundRefused as exc:
        raise TokenError(f"token endpoint refused: {exc}") from exc
    except Unreachable as exc:
        raise TokenError(f"token endpoint unreachable: {exc}") from exc
    body = answer.json()
    if not answer.is_success:
        error = str(body.get("error") or "").strip()[:100]
        raise TokenError(f"token endpoint answered {answer.status}" + (f" {error}" if error else ""))
    token = body.get("access_token")
    if not isinstance(token, str) or not token:
        raise TokenError("token endpoint answered without an access_token")
    try:
        expires_in = float(body.get("expires_in") or DEFAULT_EXPIRES_IN_SECONDS)
    except (TypeError, ValueError):
        expires_in = DEFAULT_EXPIRES_IN_SECONDS
    return token, max(1.0, expires_in)
