"""A small CRM project for the Django integration's tests: its own SQLite database (the path is
set by the test), leads with owners, and a page with the bell.

The tests pass these to `settings.configure()`; TOCSIN is set once the Tocsin server is up."""

from __future__ import annotations

SECRET_KEY = "tests-only-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
USE_TZ = True
ROOT_URLCONF = "tests.django_project.urls"
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "tocsin_django",
    "tests.django_project.crm",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tocsin_django.actor.ActorMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast, for tests only


def database(path: str) -> dict[str, dict[str, object]]:
    # IMMEDIATE: the sender thread and the request thread both write; a write transaction takes
    # the lock at its start instead of failing when it upgrades.
    options = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    return {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": path, "OPTIONS": options}}


# The declarative mapping: a lead's creation notifies its owner, a change of owner is a
# `lead_assigned` with the previous owner, and status or amount changes are `record_updated`.
TOCSIN_MODELS = {
    "crm.Lead": {
        "entity_type": "lead",
        "owner": "owner",
        "fields": ["status", "amount"],
        "assigned_event": "lead_assigned",
        "url": "/leads/{pk}/",
    }
}
