"""Search engines find every public page through the sitemaps and robots.txt (the articles
in one sitemap per Berlin month of publication), and Google News finds the articles of the
last two days."""
import logging
from datetime import datetime, timedelta
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article
from articles.public.sitemaps import ArticleMonthSitemap, ListingSitemap
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def read_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ElementTree.fromstring(response.content)


def locations(root):
    return [loc.text for loc in root.findall("sm:url/sm:loc", NS)]


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def now(monkeypatch):
    """The clock stands at 15 March 2025, noon in Berlin (also for `updated_at`)."""
    moment = berlin(2025, 3, 15, 12, 0)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment


def index_locations(root):
    return [entry.find("sm:loc", NS).text for entry in root.findall("sm:sitemap", NS)]


def test_sitemap_index_lists_each_month_from_the_first_public_article_to_now(client, now):
    make_article("Entwurf", public=False, published_at=berlin(2023, 5, 1, 9, 0))
    # Midnight in Berlin, still 31 October in UTC: the index starts with November.
    make_article("Erste Meldung", published_at=berlin(2024, 11, 1, 0, 0), tags=["Wahlen"])
    make_article("Geplant", status=Article.Status.PUBLISHED, published_at=berlin(2025, 6, 1, 9, 0), public=False)
    root = read_xml(client, "/sitemap.xml")
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    assert index_locations(root) == [
        "http://testserver/sitemap-artikel-2024-11.xml",
        "http://testserver/sitemap-artikel-2024-12.xml",
        "http://testserver/sitemap-artikel-2025-01.xml",
        "http://testserver/sitemap-artikel-2025-02.xml",
        "http://testserver/sitemap-artikel-2025-03.xml",
        "http://testserver/sitemap-ressorts.xml",
        "http://testserver/sitemap-themen.xml",
        "http://testserver/sitemap-autoren.xml",
        "http://testserver/sitemap-seiten.xml",
    ]
    # Each sitemap carries its dates inside; in the index they would cost reading every article.
    assert root.find("sm:sitemap/sm:lastmod", NS) is None
    for url in index_locations(root):  # a crawler can fetch each, the empty months too
        assert read_xml(client, url).tag == f"{{{NS['sm']}}}urlset"


def test_sitemap_index_without_public_articles_lists_no_months(client, now):
    make_article("Entwurf", public=False, published_at=berlin(2024, 11, 20, 9, 0))
    assert index_locations(read_xml(client, "/sitemap.xml")) == [
        "http://testserver/sitemap-ressorts.xml",
        "http://testserver/sitemap-themen.xml",
        "http://testserver/sitemap-autoren.xml",
        "http://testserver/sitemap-seiten.xml",
    ]


def test_monthly_sitemap_lists_exactly_that_berlin_months_public_articles(client, now):
    # March 2024 in Berlin runs from 1 March 00:00 (+01:00) to 1 April 00:00 (+02:00, summer time).
    make_article("Letzte Sekunde im Februar", published_at=berlin(2024, 2, 29, 23, 59, 59))
    first = make_article("Erste Sekunde im März", published_at=berlin(2024, 3, 1, 0, 0))
    middle = make_article("Mitte März", published_at=berlin(2024, 3, 15, 12, 0))
    last = make_article("Letzte halbe Stunde im März", published_at=berlin(2024, 3, 31, 23, 30))
    make_article("Erste Sekunde im April", published_at=berlin(2024, 4, 1, 0, 0))  # 31 March in UTC
    make_article("Entwurf im März", public=False, published_at=berlin(2024, 3, 10, 9, 0))
    Article.objects.filter(pk=middle.pk).update(updated_at=berlin(2024, 7, 1, 8, 30))
    root = read_xml(client, "/sitemap-artikel-2024-03.xml")
    assert root.tag == f"{{{NS['sm']}}}urlset"
    assert locations(root) == [f"http://testserver{article.get_absolute_url()}" for article in (first, middle, last)]
    lastmods = [url.find("sm:lastmod", NS).text for url in root.findall("sm:url", NS)]
    assert lastmods == ["2025-03-15T12:00:00+01:00", "2024-07-01T08:30:00+02:00", "2025-03-15T12:00:00+01:00"]


def test_current_months_sitemap_leaves_out_scheduled_articles(client, now):
    published = make_article("Erschienen", published_at=berlin(2025, 3, 10, 9, 0))
    make_article("Geplant", status=Article.Status.PUBLISHED, published_at=berlin(2025, 3, 20, 9, 0), public=False)
    assert locations(read_xml(client, "/sitemap-artikel-2025-03.xml")) == [f"http://testserver{published.get_absolute_url()}"]


def test_month_without_articles_inside_the_archive_is_a_valid_empty_sitemap(client, now):
    make_article(published_at=berlin(2024, 11, 20, 9, 0))
    root = read_xml(client, "/sitemap-artikel-2025-01.xml")
    assert root.tag == f"{{{NS['sm']}}}urlset"
    assert locations(root) == []


@pytest.mark.parametrize(
    "url",
    [
        "/sitemap-gibt-es-nicht.xml",
        "/sitemap-artikel-2025-04.xml",  # still to come
        "/sitemap-artikel-2024-10.xml",  # before the first public article
        "/sitemap-artikel-2025-3.xml",
        "/sitemap-artikel-2025-13.xml",
        "/sitemap-artikel-2025-00.xml",
        "/sitemap-artikel-0999-12.xml",
        "/sitemap-artikel-25-03.xml",
        "/sitemap-artikel-2025-03-01.xml",
        "/sitemap-artikel-abcd-03.xml",
        "/sitemap-Artikel-2025-03.xml",
        "/sitemap-artikel-2025-03.xml?p=2",
        "/sitemap-artikel-2025-03.xml?p=0",
        "/sitemap-artikel-2025-03.xml?p=abc",
        "/sitemap-ressorts.xml?p=2",
    ],
)
def test_unknown_malformed_future_or_empty_sitemap_pages_are_not_found(client, now, url):
    make_article(published_at=berlin(2024, 11, 20, 9, 0))
    make_article(published_at=berlin(2025, 3, 1, 9, 0))
    assert client.get(url).status_code == 404


def test_former_articles_sitemap_redirects_to_the_index(client):
    for url in ("/sitemap-artikel.xml", "/sitemap-artikel.xml?p=2"):
        response = client.get(url)
        assert response.status_code == 301, url
        assert response["Location"] == "/sitemap.xml"


def test_month_beyond_the_sitemap_limit_is_paginated_and_logged(client, now, monkeypatch, caplog):
    """A month has room for 50,000 articles; one with more (far beyond a newsroom's pace) is
    not cut off: the rest is at ?p=2, and an error says the index links only page 1."""
    assert ArticleMonthSitemap.limit == 50000
    monkeypatch.setattr(ArticleMonthSitemap, "limit", 2)
    articles = [make_article(published_at=berlin(2025, 2, day, 9, 0)) for day in (1, 2, 3)]
    urls = [f"http://testserver{article.get_absolute_url()}" for article in articles]
    with caplog.at_level(logging.ERROR, logger="articles.public.sitemaps"):
        assert locations(read_xml(client, "/sitemap-artikel-2025-02.xml")) == urls[:2]
    assert "artikel-2025-02 has more than 2 articles" in caplog.text
    assert locations(read_xml(client, "/sitemap-artikel-2025-02.xml?p=2")) == urls[2:]
    assert client.get("/sitemap-artikel-2025-02.xml?p=3").status_code == 404
    assert index_locations(read_xml(client, "/sitemap.xml"))[:2] == [
        "http://testserver/sitemap-artikel-2025-02.xml",
        "http://testserver/sitemap-artikel-2025-03.xml",
    ]


def test_listing_sitemaps_name_only_pages_with_a_public_article(client):
    politik, leer = make_section("Politik"), make_section("Leer")
    lena, nur_entwurf = make_author("Lena Hartmann"), make_author("Nur Entwurf")
    make_article(section=politik, authors=[lena], tags=["Wahlen"])
    make_article(section=leer, authors=[nur_entwurf], tags=["Geheim"], public=False)
    assert locations(read_xml(client, "/sitemap-ressorts.xml")) == ["http://testserver/ressort/politik/"]
    assert locations(read_xml(client, "/sitemap-themen.xml")) == ["http://testserver/thema/wahlen/"]
    assert locations(read_xml(client, "/sitemap-autoren.xml")) == ["http://testserver/autor/lena-hartmann/"]


def test_themen_sitemap_leaves_out_a_tag_of_drafts_and_scheduled_articles_only(client):
    make_article(tags=["Wahlen"])
    make_article(tags=["Übernahmepläne"], public=False)
    make_article(tags=["Übernahmepläne"], public=False, status=Article.Status.PUBLISHED,
                 published_at=timezone.now() + timedelta(hours=2))
    assert locations(read_xml(client, "/sitemap-themen.xml")) == ["http://testserver/thema/wahlen/"]
    assert client.get("/thema/uebernahmeplaene/").status_code == 404


@pytest.mark.parametrize("sitemap", ["/sitemap-ressorts.xml", "/sitemap-themen.xml", "/sitemap-autoren.xml"])
def test_listing_page_was_last_modified_when_its_newest_public_article_appeared(client, sitemap):
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    newest = make_article(section=section, authors=[author], tags=["Wahlen"], published_at=timezone.now() - timedelta(hours=2))
    make_article(section=section, authors=[author], tags=["Wahlen"], published_at=timezone.now() - timedelta(days=3))
    make_article(section=section, authors=[author], tags=["Wahlen"], public=False)  # a draft changes nothing
    make_article(section=section, authors=[author], tags=["Wahlen"], status=Article.Status.PUBLISHED,
                 published_at=timezone.now() + timedelta(hours=5))  # nor does a scheduled one
    lastmod = read_xml(client, sitemap).find("sm:url/sm:lastmod", NS).text
    assert datetime.fromisoformat(lastmod) == newest.published_at.replace(microsecond=0)


def test_listing_sitemap_past_one_page_is_paged_by_the_pages_it_lists(client, monkeypatch):
    """Below the limit the index sizes a listing by all its pages (no articles read);
    past it, only those listing a public article count."""
    monkeypatch.setattr(ListingSitemap, "limit", 2)
    make_section("Leer")
    make_article(section=make_section("Politik"))
    make_article(section=make_section("Sport"))

    def ressorts_sitemaps():
        return [url for url in index_locations(read_xml(client, "/sitemap.xml")) if "ressorts" in url]

    assert ressorts_sitemaps() == ["http://testserver/sitemap-ressorts.xml"]
    assert client.get("/sitemap-ressorts.xml?p=2").status_code == 404
    make_article(section=make_section("Wetter"))
    assert ressorts_sitemaps() == ["http://testserver/sitemap-ressorts.xml", "http://testserver/sitemap-ressorts.xml?p=2"]
    assert locations(read_xml(client, "/sitemap-ressorts.xml?p=2")) == ["http://testserver/ressort/wetter/"]


def test_news_sitemap_has_the_public_articles_of_the_last_48_hours(client):
    fresh = make_article("Frisch", published_at=timezone.now() - timedelta(hours=47))
    make_article("Zu alt", published_at=timezone.now() - timedelta(hours=49))
    make_article("Entwurf", public=False)
    root = read_xml(client, "/news-sitemap.xml")
    assert locations(root) == [f"http://testserver{fresh.get_absolute_url()}"]
    news = root.find("sm:url/news:news", NS)
    assert news.find("news:publication/news:name", NS).text == "RENEWZ"
    assert news.find("news:publication/news:language", NS).text == "de"
    assert news.find("news:title", NS).text == "Frisch"
    published = datetime.fromisoformat(news.find("news:publication_date", NS).text)
    assert published == fresh.published_at.replace(microsecond=0)
    assert published.utcoffset() is not None


def test_news_sitemap_stays_valid_xml_with_a_hostile_title(client):
    title = 'Müller & Söhne: <b>„Wir“</b> sagen "nein" & </news:title>'
    make_article(title)
    response = client.get("/news-sitemap.xml")
    root = ElementTree.fromstring(response.content)
    assert root.find("sm:url/news:news/news:title", NS).text == title


def test_robots_txt_names_both_sitemaps_and_keeps_crawlers_out_of_admin_and_search(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /suche/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/news-sitemap.xml" in lines
    assert "Disallow: /" not in lines


# With a cold cache. The site-wide menu and ticker are lazy, so XML pages don't look them up.
SITEMAP_QUERIES = {
    "/sitemap.xml": 4,                    # the oldest public article, each listing's page count
    "/sitemap-artikel-2025-03.xml": 1,    # the month's page, never counted
    "/sitemap-ressorts.xml": 2,           # count and page
    "/sitemap-themen.xml": 2,
    "/sitemap-autoren.xml": 2,
    "/news-sitemap.xml": 2,
    "/robots.txt": 0,
}


@pytest.mark.parametrize("richness", [1, 4])
@pytest.mark.parametrize("url", sorted(SITEMAP_QUERIES))
def test_sitemap_query_count_is_fixed(client, django_assert_num_queries, now, url, richness):
    """However many articles, authors, tags and months (richness 4 spans 31 months)."""
    authors = [make_author() for _ in range(richness)]
    for number in range(richness):
        published_at = now - timedelta(hours=1, days=300 * number)
        make_article(authors=authors, tags=[f"Thema {number}", "Wahlen"], published_at=published_at)
    cache.clear()
    with django_assert_num_queries(SITEMAP_QUERIES[url]):
        response = client.get(url)
    assert response.status_code == 200


def test_empty_months_sitemap_costs_one_more_query(client, django_assert_num_queries, now):
    make_article(published_at=berlin(2024, 11, 20, 9, 0))
    with django_assert_num_queries(2):  # the empty page, and whether the archive is older
        response = client.get("/sitemap-artikel-2025-01.xml")
    assert response.status_code == 200
