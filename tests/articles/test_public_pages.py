from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Permission, User
from django.utils import timezone

from articles.models import Article
from tests.factories import image_upload, link_related, make_article, make_author, make_section

pytestmark = pytest.mark.django_db


def test_public_means_published_and_not_in_the_future():
    published = make_article("Schon erschienen")
    make_article("Nur ein Entwurf", public=False)
    make_article("Kommt morgen", status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(days=1), public=False)
    assert list(Article.objects.public()) == [published]


def test_reader_never_sees_a_draft_or_a_scheduled_article(client):
    section = make_section("Politik")
    author = make_author("Lena Hartmann")
    draft = make_article("Geheimer Entwurf", section=section, authors=[author], tags=["Wahlen"], public=False)
    scheduled = make_article(
        "Geplanter Artikel", section=section, authors=[author], tags=["Wahlen"],
        status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(hours=2), public=False,
    )
    make_article("Wahlbeteiligung steigt", section=section, authors=[author], tags=["Wahlen"])  # so the Thema exists
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    for url in ["/", section.get_absolute_url(), author.get_absolute_url(), "/thema/wahlen/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Geheimer Entwurf" not in response.text
        assert "Geplanter Artikel" not in response.text


def test_scheduled_article_appears_by_itself_at_its_time(client):
    article = make_article(
        "Pünktlich um neun", status=Article.Status.PUBLISHED,
        published_at=timezone.now() + timedelta(seconds=1), public=False,
    )
    assert client.get(article.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 200


def test_staff_see_a_draft_marked_as_preview_and_not_indexable(client):
    draft = make_article("Noch in Arbeit", public=False)
    editor = User.objects.create_user("redakteurin", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="change_others_article"))
    client.force_login(editor)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Vorschau" in response.text
    assert '<meta name="robots" content="noindex, nofollow">' in response.text


def test_article_page_shows_every_part_of_a_renewz_article(client):
    section = make_section("Politik")
    first = make_author("Lena Hartmann")
    second = make_author("Jonas Becker")
    other = make_article("Was die Koalition jetzt plant", section=section)
    hidden = make_article("Unveröffentlichte Analyse", section=section, public=False)
    article = make_article(
        "Landtag streitet über Straßenbau",
        section=section,
        authors=[first, second],
        tags=["Verkehr", "Landtag"],
        published_at=datetime(2025, 9, 5, 9, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        lead="Der Landtag hat am Donnerstag über neue Straßen gestritten.",
        body="<p>Im Plenum ging es hoch her.</p><blockquote><p>„Wir brauchen Brücken“</p></blockquote>",
        source_name="BBC",
        source_url="https://example.org/bbc-bericht",
        hero_image=image_upload(),
        hero_alt="Abgeordnete im Plenarsaal",
        hero_caption="Die Debatte dauerte vier Stunden.",
        hero_credit="Max Muster/dpa",
    )
    link_related(article, target=other, position=0)
    link_related(article, url="https://example.org/dossier", title="Dossier Verkehrswende", position=1)
    link_related(article, target=hidden, position=2)

    response = client.get(article.get_absolute_url())
    html = response.text
    assert response.status_code == 200
    assert "<title>Landtag streitet über Straßenbau – RENEWZ.de</title>" in html
    assert '<h1 class="article__title">Landtag streitet über Straßenbau</h1>' in html
    assert '<time datetime="2025-09-05T09:30:00+02:00">05.09.2025, 09:30 Uhr</time>' in html
    assert f'<a href="{first.get_absolute_url()}" rel="author">Lena Hartmann</a> und <a href="{second.get_absolute_url()}" rel="author">Jonas Becker</a>' in html
    assert 'alt="Abgeordnete im Plenarsaal"' in html
    assert "Die Debatte dauerte vier Stunden." in html
    assert "Foto von Max Muster/dpa" in html
    assert "Der Landtag hat am Donnerstag über neue Straßen gestritten." in html
    assert 'unter Berufung auf <a href="https://example.org/bbc-bericht" rel="noopener">BBC</a>.' in html
    assert "<blockquote><p>„Wir brauchen Brücken“</p></blockquote>" in html
    assert "Bleiben Sie informiert! Lesen Sie auch:" in html
    assert f'<a href="{other.get_absolute_url()}">Was die Koalition jetzt plant</a>' in html
    assert '<a href="https://example.org/dossier" rel="noopener">Dossier Verkehrswende</a>' in html
    assert html.index("Was die Koalition jetzt plant</a>") < html.index("Dossier Verkehrswende</a>")
    assert "Unveröffentlichte Analyse" not in html
    assert '<a href="/thema/verkehr/">Verkehr</a>' in html and '<a href="/thema/landtag/">Landtag</a>' in html
    assert '<a href="/ressort/politik/">Politik</a>' in html


def test_source_without_link_is_named_plainly(client):
    article = make_article(source_name="Reuters")
    assert "unter Berufung auf Reuters." in client.get(article.get_absolute_url()).text


def test_home_shows_lead_story_and_latest_articles_newest_first(client):
    older = make_article("Ältere Meldung", published_at=timezone.now() - timedelta(days=2))
    newest = make_article("Neueste Meldung", published_at=timezone.now() - timedelta(minutes=5))
    html = client.get("/").text
    assert 'aria-label="Aufmacher"' in html
    lead_box = html[html.index('aria-label="Aufmacher"'):html.index('id="top-heading"')]
    assert newest.title in lead_box and older.title not in lead_box
    assert older.title in html[html.index('id="top-heading"'):]


def test_home_is_paginated(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for number in range(5):
        make_article(f"Meldung {number}", published_at=timezone.now() - timedelta(hours=number + 1))
    first = client.get("/")
    assert "Seite 1<" in first.text and "Meldung 0" in first.text and "Meldung 2" not in first.text
    third = client.get("/?page=3")
    assert "Meldung 4" in third.text and "Meldung 0" not in third.text


@pytest.mark.parametrize("url", ["/", "/ressort/politik/", "/thema/wahlen/", "/autor/lena-hartmann/"])
def test_later_pages_continue_exactly_where_the_page_before_ended(client, settings, url):
    settings.ARTICLES_PER_PAGE = 2
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    same_time = timezone.now() - timedelta(hours=3)  # ties are broken the same way on every page
    for number in range(6):
        make_article(f"Meldung {number}", section=section, authors=[author], tags=["Wahlen"],
                     published_at=same_time if number in (2, 3) else timezone.now() - timedelta(hours=number + 1))
    make_article("Entwurf", section=section, authors=[author], tags=["Wahlen"], public=False)
    shown = []
    for page in (1, 2, 3):
        html = client.get(url, {"page": page}).text
        shown += [title for title in (f"Meldung {n}" for n in range(6)) if f">{title}</a>" in html]
    assert sorted(shown) == [f"Meldung {n}" for n in range(6)]
    assert shown[:2] == ["Meldung 0", "Meldung 1"] and shown[4:] == ["Meldung 4", "Meldung 5"]


def test_a_listing_that_fills_its_last_page_exactly_offers_no_older_page(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for number in range(4):
        make_article(f"Meldung {number}", published_at=timezone.now() - timedelta(hours=number + 1))
    second = client.get("/", {"page": 2})
    assert "Meldung 3" in second.text
    assert 'rel="prev"' in second.text and 'rel="next"' not in second.text
    assert client.get("/", {"page": 3}).status_code == 404


@pytest.mark.parametrize("page, expected_status, expected_title", [
    ("abc", 200, "Meldung 0"),
    ("-1", 200, "Meldung 0"),
    ("0", 200, "Meldung 0"),
    ("1.5", 200, "Meldung 0"),
    ("", 200, "Meldung 0"),
    ("99999999999999999999", 404, None),
    ("4", 404, None),
])
@pytest.mark.parametrize("url", ["/", "/ressort/politik/", "/thema/wahlen/", "/autor/lena-hartmann/"])
def test_bad_page_numbers_never_break_a_page(client, settings, url, page, expected_status, expected_title):
    settings.ARTICLES_PER_PAGE = 2
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    for number in range(5):
        make_article(f"Meldung {number}", section=section, authors=[author], tags=["Wahlen"],
                     published_at=timezone.now() - timedelta(hours=number + 1))
    response = client.get(url, {"page": page})
    assert response.status_code == expected_status
    if expected_title:
        assert expected_title in response.text
    else:
        assert "Seite nicht gefunden" in response.text


def test_section_page_lists_only_its_articles(client):
    politics, economy = make_section("Politik"), make_section("Wirtschaft")
    make_article("Koalition einigt sich", section=politics)
    make_article("Inflation sinkt", section=economy)
    response = client.get("/ressort/politik/")
    assert "<h1>Politik</h1>" in response.text
    assert "Koalition einigt sich" in response.text and "Inflation sinkt" not in response.text
    assert client.get("/ressort/gibt-es-nicht/").status_code == 404


def test_tag_page_lists_tagged_articles(client):
    make_article("Wahlbeteiligung steigt", tags=["Wahlen"])
    make_article("Bitcoin fällt", tags=["Krypto"])
    response = client.get("/thema/wahlen/")
    assert "<h1>Wahlen</h1>" in response.text
    assert "Wahlbeteiligung steigt" in response.text and "Bitcoin fällt" not in response.text
    assert client.get("/thema/unbekannt/").status_code == 404


def test_tag_of_drafts_only_is_not_found_like_an_unknown_tag(client):
    make_article("Geheime Übernahme", tags=["Übernahmepläne"], public=False)
    make_article(
        "Geplante Enthüllung", tags=["Übernahmepläne"], public=False,
        status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(hours=2),
    )
    response = client.get("/thema/uebernahmeplaene/")
    assert response.status_code == 404
    assert "Übernahmepläne" not in response.text

    make_article("Übernahme angekündigt", tags=["Übernahmepläne"])
    response = client.get("/thema/uebernahmeplaene/")
    assert response.status_code == 200
    assert "Übernahme angekündigt" in response.text and "Geheime Übernahme" not in response.text


def test_author_page_shows_bio_and_articles_even_after_deactivation(client):
    author = make_author("Lena Hartmann", job_title="Politikredakteurin", bio="Berichtet seit 2010 aus dem Landtag.")
    make_article("Von Lena", authors=[author])
    make_article("Von jemand anderem")
    author.is_active = False
    author.save()
    response = client.get("/autor/lena-hartmann/")
    assert response.status_code == 200
    assert "Politikredakteurin" in response.text and "Berichtet seit 2010 aus dem Landtag." in response.text
    assert "Von Lena" in response.text and "Von jemand anderem" not in response.text


def test_header_lists_sections_in_menu_order(client):
    make_section("Wirtschaft", position=2)
    make_section("Politik", position=1)
    html = client.get("/").text
    assert html.index(">Politik</a>") < html.index(">Wirtschaft</a>")


def test_german_404_page(client):
    response = client.get("/artikel/gibt-es-nicht/")
    assert response.status_code == 404
    assert '<html lang="de">' in response.text
    assert "Seite nicht gefunden" in response.text


def test_request_for_a_foreign_host_gets_the_german_400_page_not_a_500(client):
    # The error page must not build absolute URLs from the very Host header it refuses.
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Ungültige Anfrage" in response.text
    assert 'rel="canonical"' not in response.text


def test_error_pages_are_not_indexed_and_name_no_canonical_address(client):
    html = client.get("/artikel/gibt-es-nicht/").text
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="canonical"' not in html


def test_german_500_page(client, settings):
    from django.views.defaults import server_error
    from django.test import RequestFactory

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Technischer Fehler" in response.content.decode()


def test_listings_are_bounded_so_deep_pages_cost_nothing(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    settings.LISTING_MAX_PAGES = 2
    for number in range(7):
        make_article(f"Meldung {number}", published_at=timezone.now() - timedelta(hours=number + 1))
    last = client.get("/", {"page": 2})
    assert "Seite 2<" in last.text
    assert "Ältere Artikel finden Sie über die Suche" in last.text
    assert client.get("/", {"page": 3}).status_code == 404
    assert client.get("/", {"page": 2000}).status_code == 404
