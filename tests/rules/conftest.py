from tests.callbacks.conftest import settings, sink, worker  # noqa: F401 (fixtures: email to the SMTP sink)
