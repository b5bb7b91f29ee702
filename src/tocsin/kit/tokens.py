"""Credentials: org API keys (random, stored hashed) and user tokens (HS256 JWT)."""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

API_KEY_PREFIX = "tsn_"


def new_api_key() -> str:
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
    # API keys carry 256 random bits, so a fast hash is enough: there is nothing to brute-force.
    return hashlib.sha256(key.encode()).hexdigest()


def new_signing_secret() -> str:
    return secrets.token_urlsafe(48)


def secret_id(secret: str) -> str:
    """A short name for a signing secret (not the secret): tells whether two checks used the same one."""
    return hashlib.sha256(b"tocsin-signing-secret:" + secret.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class UserClaims:
    username: str
    org: str
    expires_at: int
    # `iat` (0 when the token has none): an open stream stays only while it is not before the
    # user's tokens_valid_after, so a later revocation can tell which streams it ends.
    issued_at: int = 0


class InvalidUserToken(Exception):
    pass


def mint_user_token(
    *, username: str, org: str, secret: str, now: datetime, ttl: timedelta, not_before: datetime | None = None
) -> str:
    # iat never earlier than the user's tokens_valid_after (a token minted in the same second as
    # a reactivation must not fall on the wrong side of it).
    issued = max(int(now.timestamp()), not_before_seconds(not_before))
    payload = {"sub": username, "org": org, "iat": issued, "exp": int((now + ttl).timestamp())}
    return jwt.encode(payload, secret, algorithm="HS256")


def not_before_seconds(valid_after: datetime | None) -> int:
    """The first whole second whose tokens are valid: strictly after `valid_after` (`iat` counts
    whole seconds, so a token of the revoking second itself may have been issued before it)."""
    return 0 if valid_after is None else math.floor(valid_after.timestamp()) + 1


def unverified_identity(token: str) -> tuple[str, str]:
    """(org, sub) as the token claims them, read before the signature can be checked with that
    org's secret. Nothing read here is trusted until `verify_user_token` passes."""
    try:
        claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise InvalidUserToken("malformed token") from exc
    org, sub = claims.get("org"), claims.get("sub")
    if not isinstance(org, str) or not org or not isinstance(sub, str) or not sub:
        raise InvalidUserToken("token lacks the org or sub claim")
    return org, sub


def verify_user_token(token: str, *, secret: str, now: datetime, valid_after: datetime | None = None) -> UserClaims:
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            # iat is checked below, against the user's revocation time only: a token minted in the
            # second of a revocation carries the next second, which PyJWT would call not yet valid.
            options={"require": ["sub", "org", "exp"], "verify_exp": False, "verify_iat": False},
        )
    except jwt.PyJWTError as exc:
        raise InvalidUserToken(str(exc)) from exc
    exp = claims["exp"]
    # bool is an int, NaN and infinities are floats: none of them is a time.
    if isinstance(exp, bool) or not isinstance(exp, int | float) or not math.isfinite(exp) or exp > 2**53:
        raise InvalidUserToken("token has an invalid exp claim")
    if exp <= now.timestamp():
        raise InvalidUserToken("token expired")
    if valid_after is not None:
        iat = claims.get("iat")
        if isinstance(iat, bool) or not isinstance(iat, int | float) or not math.isfinite(iat):
            raise InvalidUserToken("token has no valid iat claim")
        if iat < not_before_seconds(valid_after):
            raise InvalidUserToken("token was issued before the user's tokens were revoked")
    sub = claims["sub"]
    if not isinstance(sub, str) or not sub:
        raise InvalidUserToken("token has no subject")
    return UserClaims(username=sub, org=str(claims["org"]), expires_at=int(exp), issued_at=_issued_at(claims))


def _issued_at(claims: dict[str, Any]) -> int:
    iat = claims.get("iat")
    if isinstance(iat, bool) or not isinstance(iat, int | float) or not math.isfinite(iat) or abs(iat) > 2**53:
        return 0
    return math.floor(iat)
