"""Encryption at rest for secrets and recipients' addresses (Fernet: AES-CBC + HMAC).

Key rotation: values are written with the current key and read with it or any previous one
(`TOCSIN_SECRET_KEY_PREVIOUS`), so a new key can go live at once; `tocsin rotate-secrets` then
re-encrypts every stored value with the current key, after which the previous key can be removed.
Columns holding encrypted values are marked `info={"encrypted": True}` (see `ENCRYPTED`).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

# The `info` of a column that holds SecretBox tokens; `tocsin rotate-secrets` finds columns by it.
ENCRYPTED = {"encrypted": True}


def _fernet(key: str) -> Fernet:
    # Any string is accepted as the configured key; Fernet wants 32 url-safe base64 bytes.
    digest = hashlib.sha256(("tocsin-secretbox:" + key).encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


class SecretBox:
    def __init__(self, key: str, *, previous: Sequence[str] = ()) -> None:
        self._fernet = MultiFernet([_fernet(key), *(_fernet(k) for k in previous if k and k != key)])

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as exc:
            raise ValueError("cannot decrypt: wrong TOCSIN_SECRET_KEY or corrupted value") from exc

    def rotate(self, token: str) -> str:
        """The value re-encrypted with the current key (readable with any known key)."""
        try:
            return self._fernet.rotate(token.encode()).decode()
        except InvalidToken as exc:
            raise ValueError("cannot decrypt: none of the configured keys opens this value") from exc

    def encrypt_opt(self, plaintext: str | None) -> str | None:
        return None if plaintext is None else self.encrypt(plaintext)

    def decrypt_opt(self, token: str | None) -> str | None:
        return None if token is None else self.decrypt(token)

    def encrypt_json(self, value: dict[str, Any]) -> str:
        return self.encrypt(json.dumps(value, sort_keys=True))

    def decrypt_json(self, token: str | None) -> dict[str, Any]:
        if not token:
            return {}
        loaded = json.loads(self.decrypt(token))
        return loaded if isinstance(loaded, dict) else {}
