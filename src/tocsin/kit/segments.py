"""How many SMS segments a text takes, as carriers bill it. Pure.

A text that uses only the GSM 03.38 alphabet is sent 7-bit: 160 characters in one segment, 153
per segment when it is split (the rest of each part carries the concatenation header); the
extension characters (`^{}\\[~]|€` and form feed) take two places. Any other character switches
the whole message to UCS-2: 70 UTF-16 code units in one segment, 67 per segment when split.
A character (an extension pair, a surrogate pair) is never cut between two segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = frozenset("^{}\\[~]|€\f")

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True, slots=True)
class SegmentCount:
    encoding: Encoding
    segments: int
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    per_segment: int  # the capacity of each segment at this length (160/153 or 70/67)


def is_gsm7(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in text)


def count(text: str) -> SegmentCount:
    """The encoding and number of segments of `text` (an empty text still costs one)."""
    if is_gsm7(text):
        widths = [2 if ch in GSM_EXTENDED else 1 for ch in text]
        single, multi, encoding = 160, 153, "GSM-7"
    else:
        widths = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
        single, multi, encoding = 70, 67, "UCS-2"
    units = sum(widths)
    if units <= single:
        return SegmentCount(encoding, 1, units, single)  # type: ignore[arg-type]
    segments, room = 1, multi
    for width in widths:
        if width > room:
            segments += 1
            room = multi
        room -= width
    return SegmentCount(encoding, segments, units, multi)  # type: ignore[arg-type]
