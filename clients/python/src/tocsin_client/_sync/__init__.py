"""Generated from `_async/` by `clients/python/generate.py`: do not edit."""
