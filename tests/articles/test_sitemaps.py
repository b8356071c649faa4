"""Search engines find every public page through the sitemaps and robots.txt, and
Google News finds the articles of the last two days."""
from datetime import datetime, timedelta
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

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


def test_sitemap_index_lists_one_sitemap_per_kind_of_page(client):
    article = make_article(tags=["Wahlen"])
    root = read_xml(client, "/sitemap.xml")
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    entries = root.findall("sm:sitemap", NS)
    assert [entry.find("sm:loc", NS).text for entry in entries] == [
        "http://testserver/sitemap-artikel.xml",
        "http://testserver/sitemap-ressorts.xml",
        "http://testserver/sitemap-themen.xml",
        "http://testserver/sitemap-autoren.xml",
    ]
    article.refresh_from_db()
    articles_entry = entries[0]
    assert datetime.fromisoformat(articles_entry.find("sm:lastmod", NS).text) == article.updated_at.replace(microsecond=0)
    # Listing sitemaps carry their dates inside (see the Ressort test below), not in the index.
    assert all(entry.find("sm:lastmod", NS) is None for entry in entries[1:])


def test_article_sitemap_lists_only_public_articles_with_their_last_change(client):
    public = make_article("Erschienen")
    make_article("Entwurf", public=False)
    make_article("Geplant", status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(hours=1), public=False)
    root = read_xml(client, "/sitemap-artikel.xml")
    assert root.tag == f"{{{NS['sm']}}}urlset"
    assert locations(root) == [f"http://testserver{public.get_absolute_url()}"]
    lastmod = root.find("sm:url/sm:lastmod", NS).text
    assert lastmod.endswith(("+01:00", "+02:00"))  # W3C datetime in Berlin time
    assert datetime.fromisoformat(lastmod) == public.updated_at.replace(microsecond=0)


def test_listing_sitemaps_name_only_pages_with_a_public_article(client):
    politik, leer = make_section("Politik"), make_section("Leer")
    lena, nur_entwurf = make_author("Lena Hartmann"), make_author("Nur Entwurf")
    make_article(section=politik, authors=[lena], tags=["Wahlen"])
    make_article(section=leer, authors=[nur_entwurf], tags=["Geheim"], public=False)
    assert locations(read_xml(client, "/sitemap-ressorts.xml")) == ["http://testserver/ressort/politik/"]
    assert locations(read_xml(client, "/sitemap-themen.xml")) == ["http://testserver/thema/wahlen/"]
    assert locations(read_xml(client, "/sitemap-autoren.xml")) == ["http://testserver/autor/lena-hartmann/"]


def test_listing_page_was_last_modified_with_its_newest_article(client):
    section = make_section("Politik")
    older = make_article(section=section)
    newer = make_article(section=section)
    Article.objects.filter(pk=older.pk).update(updated_at=timezone.now() - timedelta(days=3))
    newer.refresh_from_db()
    lastmod = read_xml(client, "/sitemap-ressorts.xml").find("sm:url/sm:lastmod", NS).text
    assert datetime.fromisoformat(lastmod) == newer.updated_at.replace(microsecond=0)


def test_unknown_or_empty_sitemap_pages_are_not_found(client):
    make_article()
    assert client.get("/sitemap-gibt-es-nicht.xml").status_code == 404
    assert client.get("/sitemap-artikel.xml?p=2").status_code == 404
    assert client.get("/sitemap-artikel.xml?p=abc").status_code == 404


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
    "/sitemap.xml": 5,                # the articles' latest change, and each sitemap's page count
    "/sitemap-artikel.xml": 2,        # count and page
    "/sitemap-ressorts.xml": 2,
    "/sitemap-themen.xml": 2,
    "/sitemap-autoren.xml": 2,
    "/news-sitemap.xml": 2,
    "/robots.txt": 0,
}


@pytest.mark.parametrize("richness", [1, 4])
@pytest.mark.parametrize("url", sorted(SITEMAP_QUERIES))
def test_sitemap_query_count_is_fixed(client, django_assert_num_queries, url, richness):
    authors = [make_author() for _ in range(richness)]
    for number in range(richness):
        make_article(authors=authors, tags=[f"Thema {number}", "Wahlen"])
    cache.clear()
    with django_assert_num_queries(SITEMAP_QUERIES[url]):
        response = client.get(url)
    assert response.status_code == 200
