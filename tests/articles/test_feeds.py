"""Readers follow RENEWZ.de in their feed reader: RSS 2.0 and Atom, for the whole site,
a Ressort, a Thema or an Autor/in."""
from datetime import timedelta
from xml.etree import ElementTree

import feedparser
import pytest
from django.utils import timezone

from taggit.models import Tag

from articles.models import Article, Section
from articles.public import fragments
from articles.public.feeds import ArticleFeed
from tests.factories import image_upload, make_article, make_author, make_section

pytestmark = pytest.mark.django_db

FEED_FORMATS = {"feed/": "rss20", "feed/atom/": "atom10"}


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return response, feed


@pytest.fixture
def newsroom():
    """A Ressort with a rich public article, an older one, a draft and a scheduled article."""
    section = make_section("Politik")
    lena, jonas = make_author("Lena Hartmann"), make_author("Jonas Becker")
    article = make_article(
        "Landtag streitet über Straßen & Brücken",
        section=section,
        authors=[lena, jonas],
        tags=["Verkehr", "Landtag"],
        lead="Der Landtag hat über <neue> Straßen gestritten.",
        hero_image=image_upload(),
        hero_alt="Abgeordnete im Plenarsaal",
        published_at=timezone.now() - timedelta(minutes=30),
    )
    older = make_article("Ältere Meldung", section=section, authors=[lena], tags=["Verkehr"],
                         published_at=timezone.now() - timedelta(days=1))
    make_article("Geheimer Entwurf", section=section, authors=[lena], tags=["Verkehr"], public=False)
    make_article(
        "Geplanter Artikel", section=section, authors=[lena], tags=["Verkehr"], public=False,
        status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(hours=2),
    )
    return {"section": section, "author": lena, "article": article, "older": older}


@pytest.mark.parametrize("path", FEED_FORMATS)
def test_reader_subscribes_to_all_articles_with_every_detail(client, newsroom, path):
    article = newsroom["article"]
    response, feed = read_feed(client, f"/{path}")

    assert feed.version == FEED_FORMATS[path]
    assert feed.feed.title == "RENEWZ.de – Finde, was zählt. Immer informiert"
    assert feed.feed.link == "http://testserver/"
    assert feed.feed.language == "de"
    assert [entry.title for entry in feed.entries] == [article.title, "Ältere Meldung"]

    entry = feed.entries[0]
    assert entry.link == f"http://testserver{article.get_absolute_url()}"
    assert "Der Landtag hat über &lt;neue&gt; Straßen gestritten." in entry.summary
    assert entry.published_parsed[:6] == article.published_at.utctimetuple()[:6]
    assert entry.updated_parsed[:6] == article.updated_at.utctimetuple()[:6]
    assert [author.name for author in entry.authors] == ["Lena Hartmann", "Jonas Becker"]
    assert [tag.term for tag in entry.tags] == ["Politik", "Verkehr", "Landtag"]
    [enclosure] = entry.enclosures
    rendition = article.hero_image.renditions["hero"]["jpg"][-1][1]  # a rendition, never the original
    assert enclosure.href == f"http://testserver/bild/{rendition}"
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == article.hero_image.file.storage.size(rendition) > 0
    assert "Last-Modified" in response.headers


def test_atom_entries_link_every_author_page(client, newsroom):
    _, feed = read_feed(client, "/feed/atom/")
    assert [author.href for author in feed.entries[0].authors] == [
        "http://testserver/autor/lena-hartmann/", "http://testserver/autor/jonas-becker/",
    ]


def test_rss_feed_is_announced_as_rss_and_atom_as_atom(client, newsroom):
    assert client.get("/feed/")["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert client.get("/feed/atom/")["Content-Type"] == "application/atom+xml; charset=utf-8"


@pytest.mark.parametrize("path", FEED_FORMATS)
def test_feeds_of_a_section_tag_and_author_hold_only_their_public_articles(client, newsroom, path):
    other = make_article("Anderswo", section=make_section("Sport"), tags=["Fußball"])
    for listing in [newsroom["section"].get_absolute_url(), "/thema/verkehr/", newsroom["author"].get_absolute_url()]:
        _, feed = read_feed(client, f"{listing}{path}")
        titles = [entry.title for entry in feed.entries]
        assert "Ältere Meldung" in titles, listing
        assert other.title not in titles
        assert "Geheimer Entwurf" not in titles and "Geplanter Artikel" not in titles
        assert feed.feed.link == f"http://testserver{listing}"


def test_feed_titles_name_their_subject(client, newsroom):
    assert read_feed(client, "/ressort/politik/feed/")[1].feed.title == "Politik – RENEWZ.de"
    assert read_feed(client, "/thema/verkehr/feed/")[1].feed.title == "Thema: Verkehr – RENEWZ.de"
    assert read_feed(client, "/autor/lena-hartmann/feed/atom/")[1].feed.title == "Lena Hartmann – RENEWZ.de"


def rss_channel(response):
    """The channel's title and description as an RSS reader's XML parser hands them on."""
    channel = ElementTree.fromstring(response.content).find("channel")
    return channel.findtext("title"), channel.findtext("description")


def test_a_tag_named_like_markup_reaches_rss_readers_as_text(client):
    """RSS readers render a channel's title and description as HTML: markup in a tag's name
    must arrive escaped for HTML, not as a script."""
    article = make_article("Sicherheitslücke geschlossen", tags=["<script>alert(1)</script> & Co"])
    [tag] = article.tags.all()
    response = client.get(f"/thema/{tag.slug}/feed/")

    title, description = rss_channel(response)
    assert title == "Thema: &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co – RENEWZ.de"
    assert description == (
        "Die neuesten Artikel zum Thema &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co auf RENEWZ.de."
    )
    feed = feedparser.parse(response.content)
    assert feed.feed.title == "Thema: &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co – RENEWZ.de"
    assert "<script" not in feed.feed.subtitle


def test_a_tag_named_like_markup_is_plain_text_in_atom(client):
    """Atom marks its titles as text: readers show the name as typed, once escaped in the XML."""
    article = make_article("Sicherheitslücke geschlossen", tags=["<script>alert(1)</script> & Co"])
    [tag] = article.tags.all()
    _, feed = read_feed(client, f"/thema/{tag.slug}/feed/atom/")

    assert feed.feed.title_detail.type == "text/plain"
    assert feed.feed.title == "Thema: <script>alert(1)</script> & Co – RENEWZ.de"
    assert feed.feed.subtitle_detail.type == "text/plain"


@pytest.mark.parametrize("path", FEED_FORMATS)
def test_feed_of_a_tag_of_drafts_only_is_not_found(client, newsroom, path):
    make_article("Geheime Übernahme", section=newsroom["section"], tags=["Übernahmepläne"], public=False)
    assert client.get(f"/thema/uebernahmeplaene/{path}").status_code == 404


@pytest.mark.parametrize("url", [
    "/ressort/gibt-es-nicht/feed/", "/thema/gibt-es-nicht/feed/atom/", "/autor/gibt-es-nicht/feed/",
])
def test_feed_of_an_unknown_slug_is_not_found(client, url):
    assert client.get(url).status_code == 404


def test_feed_holds_the_newest_thirty_articles(client):
    section = make_section()
    author = make_author()
    now = timezone.now()
    for minutes in range(32):
        make_article(f"Meldung {minutes}", section=section, authors=[author],
                     published_at=now - timedelta(minutes=minutes + 1))
    _, feed = read_feed(client, "/feed/")
    assert [entry.title for entry in feed.entries] == [f"Meldung {number}" for number in range(30)]


def test_article_whose_image_file_is_gone_is_listed_without_enclosure(client):
    article = make_article("Bild verschwunden", hero_image=image_upload(), hero_alt="Ein Bild")
    for _, name in article.hero_image.renditions["hero"]["jpg"]:
        article.hero_image.file.storage.delete(name)
    _, feed = read_feed(client, "/feed/")
    assert feed.entries[0].title == "Bild verschwunden"
    assert feed.entries[0].enclosures == []


def test_every_page_announces_its_feeds(client, newsroom):
    section, author, article = newsroom["section"], newsroom["author"], newsroom["article"]
    site_feeds = ['href="/feed/"', 'href="/feed/atom/"']
    expected = {
        "/": [],
        section.get_absolute_url(): ['href="/ressort/politik/feed/"', 'href="/ressort/politik/feed/atom/"'],
        "/thema/verkehr/": ['href="/thema/verkehr/feed/"', 'href="/thema/verkehr/feed/atom/"'],
        author.get_absolute_url(): ['href="/autor/lena-hartmann/feed/"', 'href="/autor/lena-hartmann/feed/atom/"'],
        article.get_absolute_url(): ['href="/ressort/politik/feed/"', 'href="/ressort/politik/feed/atom/"'],
    }
    for url, own_feeds in expected.items():
        head = client.get(url).text.split("</head>")[0]
        for href in own_feeds + site_feeds:
            kind = "atom" if "atom" in href else "rss"
            assert f'<link rel="alternate" type="application/{kind}+xml" title="' in head
            assert href in head, (url, href)
    assert 'title="RENEWZ.de – Politik (RSS)"' in client.get(section.get_absolute_url()).text


# ------------------------------------------------------------------ the written feed, cached


@pytest.mark.parametrize("path", FEED_FORMATS)
def test_feed_reader_polling_again_gets_the_same_feed_without_it_being_written_again(client, newsroom, path, monkeypatch):
    first = client.get(f"/{path}")
    written = []
    original = ArticleFeed.get_feed
    monkeypatch.setattr(ArticleFeed, "get_feed", lambda self, *args: written.append(1) or original(self, *args))
    again = client.get(f"/{path}")
    assert again.content == first.content
    assert again["Last-Modified"] == first["Last-Modified"] and again["Content-Type"] == first["Content-Type"]
    assert written == []


def test_a_feed_written_while_an_article_is_published_is_not_kept_for_the_state_before(client, newsroom, monkeypatch):
    """The articles are loaded by a query after the fingerprint's: an article published in
    between is in the XML, which must not be stored as the feed without it, or depublishing it
    again would bring back a feed that shows it."""
    original = fragments.feed_fingerprint
    published = []

    def fingerprint_then_publish(*args):
        result = original(*args)
        if not published:
            published.append(make_article("Eilig veröffentlicht", section=newsroom["article"].section,
                                          published_at=timezone.now() - timedelta(minutes=1)))
        return result

    monkeypatch.setattr(fragments, "feed_fingerprint", fingerprint_then_publish)
    _, feed = read_feed(client, "/feed/")
    assert feed.entries[0].title == "Eilig veröffentlicht"
    monkeypatch.setattr(fragments, "feed_fingerprint", original)
    Article.objects.filter(pk=published[0].pk).unpublish()
    _, feed = read_feed(client, "/feed/")
    assert "Eilig veröffentlicht" not in [entry.title for entry in feed.entries]


def test_feed_shows_a_renamed_author_tag_and_ressort_and_an_edited_article_at_once(client, newsroom):
    read_feed(client, "/feed/")
    article, lena = newsroom["article"], newsroom["author"]
    lena.name = "Lena Hartmann-Berg"
    lena.save()
    Tag.objects.filter(name="Landtag").update(name="Landesparlament")
    Section.objects.filter(pk=article.section_id).update(name="Landespolitik")
    article.lead = "Der Streit ist beigelegt."
    article.save()
    _, feed = read_feed(client, "/feed/")
    entry = feed.entries[0]
    assert [author.name for author in entry.authors] == ["Lena Hartmann-Berg", "Jonas Becker"]
    assert [tag.term for tag in entry.tags] == ["Landespolitik", "Verkehr", "Landesparlament"]
    assert entry.summary == "Der Streit ist beigelegt."


def test_each_host_gets_its_own_absolute_links(client, newsroom, settings):
    settings.ALLOWED_HOSTS = ["testserver", "www.renewz.de"]
    read_feed(client, "/feed/")
    response = client.get("/feed/", HTTP_HOST="www.renewz.de")
    assert b"http://www.renewz.de/artikel/" in response.content and b"testserver" not in response.content


# Subject (for Ressort, Thema, Autor/in) + the digest of the articles' rows + the site settings
# (the feed's title; cached, so once per cache lifetime); the first time, when no written feed
# is cached for that digest, the articles with their Ressort, authors and tags, and the digest
# again (nothing changed meanwhile) too.
FEED_QUERIES = {"/feed/": 4, "/ressort/politik/feed/atom/": 5, "/thema/wahlen/feed/": 5, "/autor/autorin-0/feed/atom/": 5}
POLLED_FEED_QUERIES = {url: count - 3 for url, count in FEED_QUERIES.items()}


@pytest.mark.parametrize("richness", [1, 4])
@pytest.mark.parametrize("url", sorted(FEED_QUERIES))
def test_feed_query_count_is_fixed(client, django_assert_num_queries, url, richness):
    section = make_section("Politik")
    authors = [make_author(f"Autorin {number}") for number in range(richness)]
    tags = [f"Thema {number}" for number in range(richness)] + ["Wahlen"]
    for number in range(richness):
        make_article(section=section, authors=authors, tags=tags, hero_image=image_upload(), hero_alt="Bild")
    with django_assert_num_queries(FEED_QUERIES[url]):
        response = client.get(url)
    assert response.status_code == 200
    with django_assert_num_queries(POLLED_FEED_QUERIES[url]):
        assert client.get(url).content == response.content
