"""Every page carries the security headers, from the page cache too, and production passes `check --deploy`."""
import base64
import hashlib
import os
import re
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.urls import path

from tests.factories import make_article, make_author, make_section

PROJECT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def broken_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("kaputt/", broken_view)]


@pytest.fixture
def site():
    section = make_section("Politik")
    author = make_author("Lena Hartmann")
    article = make_article("Koalition einigt sich", section=section, authors=[author], tags=["Wahlen"])
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "Ressort": section.get_absolute_url(),
        "Thema": "/thema/wahlen/",
        "Autor/in": author.get_absolute_url(),
        "search": "/suche/?q=Koalition",
        "feed": "/feed/",
        "sitemap": "/sitemap.xml",
        "news sitemap": "/news-sitemap.xml",
    }


def directives(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


def assert_site_security_headers(response, label):
    policy = directives(response)
    assert policy["script-src"] == ["'self'"], label  # no inline script, no nonce, no eval
    assert policy["frame-ancestors"] == ["'none'"], label
    assert policy["object-src"] == ["'none'"], label
    assert policy["base-uri"] == ["'none'"], label
    assert policy["form-action"] == ["'self'"], label
    assert policy["default-src"] == ["'self'"], label
    assert response["X-Frame-Options"] == "DENY", label
    assert response["X-Content-Type-Options"] == "nosniff", label
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", label
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", label
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"], label


def test_every_public_page_carries_the_same_security_headers_cached_or_not(client, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    for label, url in site.items():
        miss, hit = client.get(url), client.get(url)
        assert (miss.status_code, miss["X-Page-Cache"], hit["X-Page-Cache"]) == (200, "miss", "hit"), label
        for response in (miss, hit):
            assert_site_security_headers(response, label)
            assert "Cookie" in response["Vary"], label
        # Every header alike, but for the cache's own marker and the length a miss counts.
        differing = {"X-Page-Cache", "Content-Length"}
        assert {k: v for k, v in miss.headers.items() if k not in differing} == {
            k: v for k, v in hit.headers.items() if k not in differing
        }, label


def test_not_found_page_carries_the_security_headers(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    first, second = client.get("/gibt-es-nicht/"), client.get("/gibt-es-nicht/")
    assert first.status_code == second.status_code == 404
    assert "X-Page-Cache" not in second  # never cached, so never served without its headers
    for response in (first, second):
        assert_site_security_headers(response, "404")
    assert dict(first.headers) == dict(second.headers)


def test_https_reader_never_gets_a_page_cached_for_http_or_another_host(client, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.ALLOWED_HOSTS = ["testserver", "www.renewz.de"]
    url = site["article"]
    assert client.get(url)["X-Page-Cache"] == "miss"
    secure = client.get(url, secure=True)
    assert secure["X-Page-Cache"] == "miss"
    assert f'<link rel="canonical" href="https://testserver{url}">' in secure.text
    assert f'<meta property="og:url" content="https://testserver{url}">' in secure.text
    assert "http://testserver" not in secure.text
    assert client.get(url, secure=True)["X-Page-Cache"] == "hit"
    other_host = client.get(url, secure=True, headers={"host": "www.renewz.de"})
    assert other_host["X-Page-Cache"] == "miss"
    assert f'<link rel="canonical" href="https://www.renewz.de{url}">' in other_host.text


class InlineCode(HTMLParser):
    """What a strict CSP would block in a page: inline scripts, event handlers, inline styles."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in attributes:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
        if "style" in attributes:
            self.found.append(f"<{tag} style=…>")
        if tag == "style":
            self.found.append("<style>")
        if tag == "script":
            if attributes.get("type") == "application/ld+json":
                return  # a data block: never executed, and CSP does not apply to it
            if "src" not in attributes:
                self.found.append("<script> without src")
            elif not attributes["src"].startswith("/static/"):
                self.found.append(f"<script src={attributes['src']}>")
            elif "nonce" in attributes:
                self.found.append("<script nonce=…>")  # a cached copy would carry a stale nonce


def test_public_pages_run_only_the_sites_own_script_files(client, site):
    for label, url in [*site.items(), ("404", "/gibt-es-nicht/")]:
        response = client.get(url)
        parser = InlineCode()
        parser.feed(response.content.decode())
        assert parser.found == [], f"{label}: {parser.found}"
    article_page = client.get(site["article"]).text
    assert '<script src="/static/js/share.js" defer></script>' in article_page
    assert '<script type="application/ld+json">' in article_page


@pytest.mark.urls(__name__)
def test_error_page_keeps_its_inline_style_allowed_by_hash(client, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    response = client.get("/kaputt/")
    assert response.status_code == 500
    assert "Technischer Fehler" in response.text
    [style] = re.findall(r"<style>(.*?)</style>", response.text, re.S)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in directives(response)["style-src"]
    assert directives(response)["script-src"] == ["'self'"]


def test_admin_allows_its_editors_import_map_by_nonce_and_nothing_else_inline(admin_client, client):
    response = admin_client.get("/admin/articles/article/add/")
    policy = directives(response)
    [nonce] = [source for source in policy["script-src"] if source.startswith("'nonce-")]
    assert policy["script-src"] == ["'self'", nonce]
    assert f'<script type="importmap" nonce="{nonce[7:-1]}">' in response.text
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'none'"] and response["X-Frame-Options"] == "DENY"
    # Each page its own nonce.
    assert directives(admin_client.get("/admin/articles/article/add/"))["script-src"] != policy["script-src"]
    # The admin's login page needs nothing inline.
    assert directives(client.get("/admin/login/"))["script-src"] == ["'self'"]


def production_environment(**overrides):
    """The production environment of README "Production"."""
    base = {key: value for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "RENEWZ_"))}
    return {
        **base,
        "DJANGO_SETTINGS_MODULE": "renewz.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_HTTPS": "1",
        "DJANGO_ALLOWED_HOSTS": "renewz.de,www.renewz.de",
        "DJANGO_CSRF_TRUSTED_ORIGINS": "https://renewz.de,https://www.renewz.de",
        "DATABASE_URL": "postgres://renewz:secret@db.internal:5432/renewz",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        **overrides,
    }


def test_check_deploy_in_production_reports_only_what_the_readme_explains():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=PROJECT, env=production_environment(), capture_output=True, text=True, timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # HSTS preload is a commitment for every subdomain that is hard to undo (README "Production").
    assert re.findall(r"\(([a-z_.]+\.[WE]\d+)\)", output) == ["security.W021"], output
    assert "System check identified 1 issue" in output


def read_settings(names, **overrides):
    code = "from django.conf import settings; " + "; ".join(f"print(repr(getattr(settings, {name!r}, None)))" for name in names)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=production_environment(**overrides),
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")[: len(names)]


def test_proxy_header_is_chosen_by_environment():
    names = ["SECURE_PROXY_SSL_HEADER", "SECURE_SSL_REDIRECT", "SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert read_settings(names) == ["('HTTP_X_FORWARDED_PROTO', 'https')", "True", "True"]
    assert read_settings(names[:1], DJANGO_PROXY_SSL_HEADER="X-Forwarded-Ssl: on") == ["('HTTP_X_FORWARDED_SSL', 'on')"]
    assert read_settings(names[:2], DJANGO_PROXY_SSL_HEADER="off", DJANGO_SSL_REDIRECT="0") == ["None", "False"]
    assert read_settings(names, DJANGO_HTTPS="0") == ["None", "False", "False"]


def test_behind_the_proxy_plain_http_is_redirected_and_https_told_to_stay(client, site, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # The proxy passes the reader's Host header on (README "Production").
    plain = client.get(site["article"], headers={"x-forwarded-proto": "http", "host": "testserver"})
    assert plain.status_code == 301 and plain["Location"] == f"https://testserver{site['article']}"
    secure = client.get(site["article"], headers={"x-forwarded-proto": "https", "host": "testserver"})
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert f'<link rel="canonical" href="https://testserver{site["article"]}">' in secure.text
