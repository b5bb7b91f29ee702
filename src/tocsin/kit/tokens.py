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


@dataclass(frozen=True, slots=True)
class UserClaims:
    username: str
    org: str
    expires_at: int


class InvalidUserToken(Exception):
    pass


def mint_user_token(*, username: str, org: str, secret: str, now: datetime, ttl: timedelta) -> str:
    payload = {"sub": username, "org": org, "iat": int(now.timestamp()), "exp": int((now + ttl).timestamp())}
    return jwt.encode(payload, secret, algorithm="HS256")


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


def verify_user_token(token: str, *, secret: str, now: datetime) -> UserClaims:
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            options={"require": ["sub", "org", "exp"], "verify_exp": False},
        )
    except jwt.PyJWTError as exc:
        raise InvalidUserToken(str(exc)) from exc
    exp = claims["exp"]
    # bool is an int, NaN and infinities are floats: none of them is a time.
    if isinstance(exp, bool) or not isinstance(exp, int | float) or not math.isfinite(exp) or exp > 2**53:
        raise InvalidUserToken("token has an invalid exp claim")
    if exp <= now.timestamp():
        raise InvalidUserToken("token expired")
    sub = claims["sub"]
    if not isinstance(sub, str) or not sub:
        raise InvalidUserToken("token has no subject")
    return UserClaims(username=sub, org=str(claims["org"]), expires_at=int(exp))
