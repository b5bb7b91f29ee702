"""`tocsin serve`'s allocator upkeep (serving/allocator.py): glibc's arenas capped, and the heap
trimmed once the open connections moved far enough since the last trim."""

from __future__ import annotations

import asyncio

from tocsin.serving import allocator


def test_the_arenas_are_capped_and_the_heap_can_be_trimmed_on_glibc() -> None:
    assert allocator.limit_arenas() is True
    allocator.trim()  # whether pages were free or not, it returns


def test_a_trim_starts_once_the_connections_moved_far_enough() -> None:
    async def scenario() -> None:
        trimmer = allocator.Trimmer(after_change=100)
        assert trimmer.check(99) is False  # too little change since the start
        assert trimmer.check(100) is True  # a storm of a hundred
        await asyncio.sleep(0.2)
        assert trimmer.check(150) is False  # within the threshold of the last trim (100)
        assert trimmer.check(300) is True

    asyncio.run(scenario())
