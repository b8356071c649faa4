"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server
(on 127.0.0.1, see addopts in pyproject.toml) with the demo content loaded.

Playwright's sync API keeps an asyncio loop running in the main thread while it is started,
and Django then refuses database access from that thread as "async". The browser therefore
lives only while the tests of this folder run, and DJANGO_ALLOW_ASYNC_UNSAFE is set for
exactly that time.
"""
import io
import os

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test.utils import override_settings
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from articles.management.commands import load_demo as load_demo_command

CHROMIUM = "/usr/bin/chromium"  # Debian's; `make browser` installs it. Playwright's own download can't be used.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium for all browser tests; every page gets its own context."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing; `make browser` installs Debian's chromium")
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package", autouse=True)
def _steady_static_storage():
    """tests/conftest.py switches to plain static storage for each test; in between, the
    project's manifest storage would be back for a moment, and a live-server request still
    running then could leave it in place for the next test ("Missing staticfiles manifest
    entry"). Keep the plain storage for the whole folder."""
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with override_settings(STORAGES={**django_settings.STORAGES, "staticfiles": plain}):
        yield


@pytest.fixture(scope="session")
def _live_server_started(request, tmp_path_factory):
    """Start pytest-django's live server with an existing STATIC_ROOT: WhiteNoise looks at it
    once, when the server starts, and warns if it is missing (as on a fresh clone). The live
    server serves static files from the source folders itself."""
    with override_settings(STATIC_ROOT=tmp_path_factory.mktemp("live-static")):
        request.getfixturevalue("live_server")


@pytest.fixture
def site(_live_server_started, live_server, settings, monkeypatch):
    """The live server's URL, with the demo content loaded and uploads served.

    live_server makes every test transactional: the database is emptied after each test,
    so each loads the demo itself (with small hero images; about 0.4 s on SQLite, 0.9 s on
    PostgreSQL). That is why a test here checks a whole page, not one detail of it.
    """
    settings.ROOT_URLCONF = "tests.browser.urls"
    monkeypatch.setattr(load_demo_command, "HERO_SIZE", (320, 180))
    call_command("load_demo", stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def new_page(browser, site):
    """Open a page on the live site: `new_page(viewport=MOBILE, java_script_enabled=False)`.
    Each page has its own browser context, closed after the test."""
    contexts = []

    def open_page(viewport=DESKTOP, **options):
        context = browser.new_context(base_url=site, viewport=viewport, locale="de-DE", **options)
        context.set_default_timeout(5_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        for page in context.pages:
            # Images still loading (the admin's thumbnails) must not reach the live server while
            # the database is flushed after the test: that failed the flush on SQLite.
            try:
                page.wait_for_load_state("networkidle")
            except PlaywrightError:
                pass  # a page that keeps polling: closing it below ends its requests
        context.close()
