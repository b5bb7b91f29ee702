"""VAPID (RFC 8292) keys and tokens, through py-vapid. Pure CPU, no I/O.

Keys are kept as base64url text: the public key as the uncompressed P-256 point browsers take as
`applicationServerKey`, the private key as its 32-byte scalar. A token is an ES256 JWT with
`aud` (the push service's origin), `exp` (at most 24 hours ahead) and `sub` (the org's contact).
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import serialization
from py_vapid import Vapid02

# A token is reused for this long per push service, well inside the 24 h RFC 8292 allows.
TOKEN_SECONDS = 12 * 3600


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True, slots=True)
class KeyPair:
    public_key: str
    private_key: str


def generate() -> KeyPair:
    vapid = Vapid02()
    vapid.generate_keys()
    return KeyPair(
        public_key=public_of(vapid),
        private_key=b64url(vapid.private_key.private_numbers().private_value.to_bytes(32, "big")),
    )


def public_of(vapid: Vapid02) -> str:
    point = vapid.public_key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    return b64url(point)


def audience(endpoint: str) -> str:
    parts = urlsplit(endpoint)
    return f"{parts.scheme}://{parts.netloc}"


class Signer:
    """Signs VAPID tokens for one org's key, one per push service origin, reused until near expiry."""

    def __init__(self, private_key: str, subject: str) -> None:
        self._vapid = Vapid02.from_raw(private_key.encode())
        self._subject = subject
        self._cache: dict[str, tuple[float, str]] = {}

    def authorization(self, endpoint: str, *, now: float | None = None) -> str:
        """The `Authorization: vapid t=<jwt>, k=<public key>` value for a push to `endpoint`."""
        now = time.time() if now is None else now
        aud = audience(endpoint)
        cached = self._cache.get(aud)
        if cached is not None and cached[0] - now > 3600:
            return cached[1]
        exp = int(now) + TOKEN_SECONDS
        header = str(self._vapid.sign({"aud": aud, "exp": exp, "sub": self._subject})["Authorization"])
        self._cache[aud] = (exp, header)
        return header
