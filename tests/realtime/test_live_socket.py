"""The live socket's own frame writer against the `websockets` library's frames."""

from __future__ import annotations

import pytest
from websockets.frames import Frame, Opcode

from tocsin.serving.live_socket import text_frame


@pytest.mark.parametrize("size", [0, 1, 125, 126, 65535, 65536, 200_000])
def test_a_text_frame_is_the_librarys_unmasked_text_frame(size: int) -> None:
    payload = ("é" * size).encode()[:size]
    assert text_frame(payload) == Frame(Opcode.TEXT, payload).serialize(mask=False)
