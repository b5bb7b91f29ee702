"""Email addresses as companies use them, on-premises mail domains included.

email-validator refuses special-use domain names; `.local` is one of them, but internal mail
systems (`user@corp.local`) use it daily, and refusing it made a whole user sync fail. The library
documents `SPECIAL_USE_DOMAIN_NAMES` as the list to edit for this; the other reserved names
(`localhost`, `test`, `invalid`, `onion`, `arpa`) stay refused. Deliverability is not checked
(no DNS lookups while validating a request).
"""

from __future__ import annotations

from typing import Annotated

import email_validator
from pydantic import AfterValidator, WithJsonSchema

from tocsin.kit.text import Text

ON_PREMISES_DOMAINS = ("local",)
for _name in ON_PREMISES_DOMAINS:
    if _name in email_validator.SPECIAL_USE_DOMAIN_NAMES:
        email_validator.SPECIAL_USE_DOMAIN_NAMES.remove(_name)


def normalize_email(value: str) -> str:
    try:
        return str(email_validator.validate_email(value, check_deliverability=False).normalized)
    except email_validator.EmailNotValidError as exc:
        raise ValueError(f"not a valid email address: {exc}") from exc


EmailAddress = Annotated[Text, AfterValidator(normalize_email), WithJsonSchema({"type": "string", "format": "email"})]
