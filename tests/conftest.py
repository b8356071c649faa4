import pytest
from django.core.cache import cache, caches


@pytest.fixture(autouse=True)
def _isolated_site(settings, tmp_path):
    """Every test starts with an empty cache, its own media folder, and static
    files served from the source folders (no collectstatic manifest needed).

    The full-page cache is off, so each request shows what its view does; the page
    cache's own tests (tests/renewz/test_pagecache.py) switch it on."""
    cache.clear()
    caches["template_fragments"].clear()
    settings.PAGE_CACHE_ENABLED = False
    # Real password hashing takes most of a second; tests that log in by password don't need it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    yield
    cache.clear()
