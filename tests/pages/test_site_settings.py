"""The Administration names the site, gives it a logo, its social handles and a contact
address; every page, cached or not, shows what was saved."""
import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from pages.models import SiteSettings
from tests.admin_forms import admin_form_data
from tests.factories import image_upload, make_article

pytestmark = pytest.mark.django_db

SETTINGS_FORM = "/admin/pages/sitesettings/"


def json_ld(html, kind):
    blocks = [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return next(block for block in blocks if block["@type"] == kind)


def save_settings(client, **changes):
    form = client.get(SETTINGS_FORM, follow=True)
    return client.post(form.redirect_chain[-1][0], admin_form_data(form, **changes), follow=True)


def static_file(url):
    """The file a /static/ URL serves (WhiteNoise serves them, outside the test client)."""
    return url.startswith("/static/") and finders.find(url.removeprefix("/static/"))


def test_a_fresh_site_shows_the_defaults_without_a_row(client):
    html = client.get("/").text
    assert "<title>RENEWZ.de – Finde, was zählt. Immer informiert</title>" in html
    assert '<span class="brand__name">RENEWZ.de</span>' in html
    assert 'src="/static/img/renewz-icon.svg"' in html  # the drawn logo
    assert "twitter:site" not in html  # no handle yet
    assert "E-Mail an die Redaktion" not in html
    assert not SiteSettings.objects.exists()  # reading them wrote nothing


def test_administration_renames_the_site_and_cached_pages_follow(administration, client, settings):
    settings.PAGE_CACHE_ENABLED = True
    article = make_article("Landtag beschließt Haushalt", source_name="dpa")
    for path in ("/", article.get_absolute_url(), "/feed/"):
        client.get(path)
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"

    page = save_settings(
        administration,
        name="RENEWZ Nord",
        tagline="Nachrichten aus dem Norden",
        x_handle="@renewz_nord",
        mastodon_handle="@renewz@norden.social",
        contact_email="hinweise@renewz-nord.example",
    )
    assert "wurde erfolgreich hinzugefügt" in page.text  # the first save creates the row

    home = client.get("/")
    assert home["X-Page-Cache"] == "miss"  # the cached copy with the old name is not served
    assert "<title>RENEWZ Nord – Nachrichten aus dem Norden</title>" in home.text
    assert '<meta name="twitter:site" content="@renewz_nord">' in home.text
    assert '<a href="mailto:hinweise@renewz-nord.example">E-Mail an die Redaktion</a>' in home.text
    assert 'href="https://norden.social/@renewz"' in home.text
    assert 'href="https://x.com/renewz_nord"' in home.text

    # The article page's fragments (head and body) are cached apart from the page cache.
    html = client.get(article.get_absolute_url()).text
    assert "Darüber berichtet RENEWZ Nord unter Berufung auf dpa." in html
    assert '<meta name="twitter:site" content="@renewz_nord">' in html
    publisher = json_ld(html, "NewsArticle")["publisher"]
    assert publisher["name"] == "RENEWZ Nord"
    assert publisher["sameAs"] == ["https://x.com/renewz_nord", "https://norden.social/@renewz"]
    assert "<title>RENEWZ Nord – Nachrichten aus dem Norden</title>" in client.get("/feed/").text


def test_a_logo_upload_shows_in_the_header_and_for_search_engines(administration, client):
    page = save_settings(administration, logo=image_upload("logo.png", size=(300, 40), image_format="PNG"))
    assert "wurde erfolgreich hinzugefügt" in page.text  # the first save creates the row
    site = SiteSettings.objects.get()
    assert (site.logo_width, site.logo_height) == (300, 40)

    article = make_article()
    html = client.get(article.get_absolute_url()).text
    assert f'<img class="brand__logo brand__logo--uploaded" src="{site.logo.url}" alt="" width="300" height="40">' in html
    assert json_ld(html, "NewsArticle")["publisher"]["logo"] == {
        "@type": "ImageObject", "url": f"http://testserver{site.logo.url}", "width": 300, "height": 40,
    }


def test_bad_handles_and_addresses_get_german_messages_and_nothing_is_saved(administration):
    page = save_settings(administration, name="Anders", x_handle="renewz news", contact_email="keine-adresse", mastodon_handle="renewz")
    assert "Ein X-Name besteht aus 1 bis 15 Buchstaben, Ziffern oder _" in page.text
    assert "Bitte als @name@server angeben" in page.text
    assert "Bitte gültige E-Mail-Adresse eingeben." in page.text
    assert not SiteSettings.objects.exists()


def test_a_non_image_logo_is_refused(administration):
    page = save_settings(administration, logo=SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"))
    assert "Dateiendung „svg“ ist nicht erlaubt" in page.text
    assert not SiteSettings.objects.exists()


def test_the_settings_are_one_form_that_cannot_be_deleted(administration):
    save_settings(administration, name="RENEWZ Nord")
    assert administration.get(SETTINGS_FORM).url == "/admin/pages/sitesettings/1/change/"
    assert administration.get("/admin/pages/sitesettings/add/").status_code == 403  # there is one already
    assert administration.post("/admin/pages/sitesettings/1/delete/", {"post": "yes"}).status_code == 403
    assert SiteSettings.objects.get().name == "RENEWZ Nord"


def test_settings_are_read_from_the_cache_and_anew_after_a_save(django_assert_num_queries):
    assert SiteSettings.current().name == "RENEWZ.de"
    with django_assert_num_queries(0):
        assert SiteSettings.current().name == "RENEWZ.de"
    SiteSettings(name="RENEWZ Süd").save()
    with django_assert_num_queries(1):
        assert SiteSettings.current().name == "RENEWZ Süd"
    cache.clear()
    with django_assert_num_queries(1):
        assert SiteSettings.current().name == "RENEWZ Süd"


def test_the_web_manifest_and_favicon_name_the_site(client):
    SiteSettings(name="RENEWZ Nord", tagline="").save()
    response = client.get("/site.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["name"] == manifest["short_name"] == "RENEWZ Nord"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512", "any"}
    for icon in manifest["icons"]:
        assert static_file(icon["src"])
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 302 and static_file(favicon.url)


def test_every_page_links_the_icons_drawn_for_renewz(client):
    html = client.get("/").text
    for link in (
        '<link rel="icon" href="/static/favicon.ico" sizes="16x16 32x32 48x48">',
        '<link rel="icon" href="/static/img/renewz-icon.svg" type="image/svg+xml">',
        '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">',
        '<link rel="manifest" href="/site.webmanifest">',
    ):
        assert link in html
        href = re.search(r'href="([^"]+)"', link).group(1)
        assert static_file(href) or client.get(href).status_code == 200
