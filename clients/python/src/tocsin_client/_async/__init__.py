"""The asyncio clients, written once: `generate.py` writes their synchronous twins into `_sync/`
(unasync: `async`/`await` dropped, `AsyncTocsin` becomes `Tocsin`); a test keeps the two in step."""
