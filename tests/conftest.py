import pytest
from django.core.cache import cache, caches

from articles.link_rows import drifted_article_ids


@pytest.fixture(autouse=True)
def _isolated_site(settings, tmp_path):
    """Every test starts with an empty cache, its own media folders, and static
    files served from the source folders (no collectstatic manifest needed).

    The full-page cache is off, so each request shows what its view does; the page
    cache's own tests (tests/renewz/test_pagecache.py) switch it on."""
    cache.clear()
    caches["template_fragments"].clear()
    settings.PAGE_CACHE_ENABLED = False
    # Real password hashing takes most of a second; tests that log in by password don't need it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _link_rows_match_their_articles(request):
    """After every test with a database: no byline or tag row disagrees with its article's
    status or date (articles.link_rows), whatever the test did."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None:
        yield
        return
    transactional = marker.kwargs.get("transaction", False) or bool(marker.args and marker.args[0])
    request.getfixturevalue("transactional_db" if transactional else "db")  # torn down after this check
    yield
    drifted = drifted_article_ids()
    assert not drifted, f"link rows out of step with their articles {sorted(drifted)} (see articles.link_rows)"

