"""Impressum, Datenschutz, Kontakt and Über uns: written by the Administration in the body's
rich-text editor, sanitised like article bodies, at German addresses, linked in every footer
and listed in the sitemap."""
import io
import re

import pytest
from django.core.management import call_command

from articles.management.commands import load_demo as load_demo_command
from pages.models import LegalPage
from tests.admin_forms import admin_form_data
from tests.articles.test_editor import body_editor
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

FOOTER_LINKS = [("Impressum", "/impressum/"), ("Datenschutz", "/datenschutz/"), ("Kontakt", "/kontakt/"), ("Über uns", "/ueber-uns/")]


def footer_links(html):
    footer = html.split('<footer class="site-footer">', 1)[1]
    nav = footer.split('<nav aria-label="Über diese Website">', 1)[1].split("</nav>", 1)[0]
    return [(text, href) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav) if href.startswith("/")]


def test_administration_writes_the_impressum_in_the_rich_text_editor(administration, client, settings):
    settings.PAGE_CACHE_ENABLED = True
    form = administration.get("/admin/pages/legalpage/add/")
    config, content = body_editor(form.text)  # the article body's editor, with its formats
    assert content == "" and config["extensions"]["Heading"] == {"levels": [2, 3, 4]}

    page = administration.post(
        "/admin/pages/legalpage/add/",
        admin_form_data(
            form,
            kind="impressum",
            body='<h2>Angaben gemäß § 5 DDG</h2><p>Muster Medien GmbH<script>alert(1)</script></p>'
            '<p style="color:red"><a href="javascript:alert(1)" onclick="x()">Anschrift</a></p>',
        ),
        follow=True,
    )
    assert "wurde erfolgreich hinzugefügt" in page.text

    impressum = client.get("/impressum/")
    assert impressum.status_code == 200
    html = impressum.text
    assert "<title>Impressum – RENEWZ.de</title>" in html
    assert '<h1 class="legal-page__title">Impressum</h1>' in html
    assert "<h2>Angaben gemäß § 5 DDG</h2><p>Muster Medien GmbH</p><p><a rel=\"noopener noreferrer\">Anschrift</a></p>" in html
    assert "alert" not in html and "onclick" not in html and "style=" not in html

    # A correction shows at once, though the page was cached.
    assert client.get("/impressum/")["X-Page-Cache"] == "hit"
    stored = LegalPage.objects.get(kind="impressum")
    administration.post(
        f"/admin/pages/legalpage/{stored.pk}/change/",
        admin_form_data(administration.get(f"/admin/pages/legalpage/{stored.pk}/change/"), body="<p>Neue Anschrift</p>"),
    )
    assert "Neue Anschrift" in client.get("/impressum/").text


def test_each_page_exists_once_and_an_empty_text_is_refused(administration):
    LegalPage.objects.create(kind="datenschutz", body="<p>Keine Cookies.</p>")
    form = administration.get("/admin/pages/legalpage/add/")
    again = administration.post("/admin/pages/legalpage/add/", admin_form_data(form, kind="datenschutz", body="<p>Noch einmal</p>"))
    assert "Diese Seite gibt es schon: bitte in der Liste öffnen und dort ändern." in again.text
    empty = administration.post("/admin/pages/legalpage/add/", admin_form_data(form, kind="kontakt", body="<p></p>"))
    assert "Bitte einen Text eingeben." in empty.text
    assert list(LegalPage.objects.values_list("kind", flat=True)) == ["datenschutz"]


def test_every_footer_links_the_four_pages(client):
    section = make_section("Politik")
    article = make_article(section=section)
    LegalPage.objects.create(kind="impressum", body="<p>Muster Medien GmbH</p>")
    for path in ("/", article.get_absolute_url(), section.get_absolute_url(), "/suche/", "/impressum/", "/gibt-es-nicht/"):
        assert footer_links(client.get(path).text) == FOOTER_LINKS, path


def test_a_page_not_yet_written_is_not_found(client):
    response = client.get("/kontakt/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.text


def test_the_sitemap_lists_the_written_pages(client):
    make_article()
    LegalPage.objects.create(kind="impressum", body="<p>Muster Medien GmbH</p>")
    LegalPage.objects.create(kind="ueber-uns", body="<p>Wir.</p>")
    assert "http://testserver/sitemap-seiten.xml" in client.get("/sitemap.xml").text
    sitemap = client.get("/sitemap-seiten.xml").text
    assert re.findall(r"<loc>([^<]+)</loc>", sitemap) == ["http://testserver/impressum/", "http://testserver/ueber-uns/"]
    assert sitemap.count("<lastmod>") == 2


def test_the_demo_ships_sample_texts_marked_as_samples(client, monkeypatch):
    monkeypatch.setattr(load_demo_command, "HERO_SIZE", (32, 18))
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "4 Seiten (Impressum, Datenschutz, …)" in out.getvalue()
    for _, path in FOOTER_LINKS:
        html = client.get(path).text
        assert "<strong>Mustertext:</strong>" in html, path
    datenschutz = client.get("/datenschutz/").text
    assert "bekommt kein einziges Cookie" in datenschutz
    assert "Ihr Browser fragt beim Lesen keinen anderen Anbieter an" in datenschutz
    assert "§ 18 Abs. 2 MStV" in client.get("/impressum/").text

    # Pages edited since stay as they are when the demo command runs again.
    LegalPage.objects.filter(kind="impressum").update(body="<p>Echte Angaben</p>")
    call_command("load_demo", stdout=io.StringIO())
    assert LegalPage.objects.get(kind="impressum").body == "<p>Echte Angaben</p>"
