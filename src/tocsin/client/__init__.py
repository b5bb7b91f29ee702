"""The Python client now ships as its own distribution, `tocsin-client` (`clients/python/`,
import `tocsin_client`). This module re-exports it so code written against `tocsin.client` works."""

from tocsin_client import *  # noqa: F403
from tocsin_client import __all__ as __all__
