"""Search engines and link previews understand every page: canonical URLs, Open Graph and
Twitter cards, JSON-LD; readers share articles without trackers and see the reading time."""
import json
import re
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache

from articles.models import Section
from tests.articles.test_query_counts import PAGE_QUERIES
from tests.factories import image_upload, make_article, make_author, make_section

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


class HeadParser(HTMLParser):
    """Collects the <meta>, <link> and JSON-LD of a page, and the links and inputs of its body."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.anchors, self.inputs, self.json_ld = [], [], [], [], []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.meta.append((attrs.get("property") or attrs.get("name"), attrs.get("content")))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs)
        elif tag == "input":
            self.inputs.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def values(self, key):
        return [content for name, content in self.meta if name == key]

    def value(self, key):
        [content] = self.values(key)
        return content

    def canonical(self):
        [link] = [link for link in self.links if link.get("rel") == "canonical"]
        return link["href"]

    def structured(self, schema_type):
        [data] = [data for data in self.json_ld if data["@type"] == schema_type]
        return data


def parse(response):
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def article():
    lena, jonas = make_author("Lena Hartmann"), make_author("Jonas Becker")
    return make_article(
        "Landtag streitet über Straßen & Brücken",
        section=make_section("Politik"),
        authors=[lena, jonas],
        tags=["Verkehr", "Landtag"],
        lead="Der Landtag hat am Donnerstag über neue Straßen gestritten.",
        body="<p>" + "Wort " * 450 + "</p>",
        hero_image=image_upload(),
        hero_alt="Abgeordnete im Plenarsaal",
        published_at=datetime(2025, 9, 5, 9, 30, tzinfo=BERLIN),
    )


def test_article_page_describes_itself_as_a_news_article(client, article):
    article.refresh_from_db()
    page = parse(client.get(article.get_absolute_url()))
    url = f"http://testserver{article.get_absolute_url()}"
    data = page.structured("NewsArticle")
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Landtag streitet über Straßen & Brücken"
    assert data["description"] == "Der Landtag hat am Donnerstag über neue Straßen gestritten."
    assert data["image"] == [f"http://testserver/bild/{article.hero_image.renditions['hero']['jpg'][-1][1]}"]  # not the original
    assert data["datePublished"] == "2025-09-05T09:30:00+02:00"
    assert datetime.fromisoformat(data["dateModified"]) == article.updated_at.replace(microsecond=0)
    assert data["author"] == [
        {"@type": "Person", "name": "Lena Hartmann", "url": "http://testserver/autor/lena-hartmann/"},
        {"@type": "Person", "name": "Jonas Becker", "url": "http://testserver/autor/jonas-becker/"},
    ]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "RENEWZ.de",
        "url": "http://testserver/",
        "logo": {"@type": "ImageObject", "url": "http://testserver/static/img/renewz-logo.png", "width": 600, "height": 60},
    }
    assert data["isAccessibleForFree"] is True
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["articleSection"] == "Politik"
    assert data["keywords"] == ["Verkehr", "Landtag"]


def test_publisher_logo_exists_in_the_announced_size():
    from django.contrib.staticfiles import finders
    from PIL import Image

    with Image.open(finders.find("img/renewz-logo.png")) as logo:
        assert logo.size == (600, 60)


def test_article_page_has_breadcrumbs_from_home_over_section(client, article):
    page = parse(client.get(article.get_absolute_url()))
    trail = page.structured("BreadcrumbList")["itemListElement"]
    assert [(item["position"], item["name"], item["item"]) for item in trail] == [
        (1, "Startseite", "http://testserver/"),
        (2, "Politik", "http://testserver/ressort/politik/"),
        (3, "Landtag streitet über Straßen & Brücken", f"http://testserver{article.get_absolute_url()}"),
    ]


def test_a_headline_cannot_break_out_of_the_structured_data(client):
    title = 'Alarm </script><script>alert("x")</script> <!-- & ]]>'
    article = make_article(title, lead="</SCRIPT> im Vorspann")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "<script>alert" not in html
    for script in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        assert "<" not in script and ">" not in script
    page = parse(response)
    assert page.structured("NewsArticle")["headline"] == title
    assert page.structured("NewsArticle")["description"] == "</SCRIPT> im Vorspann"
    assert page.structured("BreadcrumbList")["itemListElement"][2]["name"] == title


def test_home_describes_the_site_and_its_search(client):
    make_article()
    data = parse(client.get("/")).structured("WebSite")
    assert data["name"] == "RENEWZ.de"
    assert data["url"] == "http://testserver/"
    assert data["potentialAction"] == {
        "@type": "SearchAction",
        "target": {"@type": "EntryPoint", "urlTemplate": "http://testserver/suche/?q={search_term_string}"},
        "query-input": "required name=search_term_string",
    }


def test_shared_article_shows_a_rich_preview(client, article):
    article.refresh_from_db()
    page = parse(client.get(article.get_absolute_url()))
    url = f"http://testserver{article.get_absolute_url()}"
    image = f"http://testserver/bild/{article.hero_image.renditions['hero']['jpg'][-1][1]}"  # a rendition, not the original
    assert page.value("og:type") == "article"
    assert page.value("og:title") == "Landtag streitet über Straßen & Brücken"
    assert page.value("og:description") == "Der Landtag hat am Donnerstag über neue Straßen gestritten."
    assert page.value("og:url") == url
    assert page.value("og:image") == image
    assert page.value("og:image:alt") == "Abgeordnete im Plenarsaal"
    assert page.value("og:site_name") == "RENEWZ.de"
    assert page.value("og:locale") == "de_DE"
    assert page.value("article:published_time") == "2025-09-05T09:30:00+02:00"
    assert datetime.fromisoformat(page.value("article:modified_time")) == article.updated_at.replace(microsecond=0)
    assert page.value("article:section") == "Politik"
    assert page.values("article:tag") == ["Verkehr", "Landtag"]
    assert page.value("twitter:card") == "summary_large_image"
    assert page.value("twitter:title") == "Landtag streitet über Straßen & Brücken"
    assert page.value("twitter:description") == "Der Landtag hat am Donnerstag über neue Straßen gestritten."
    assert page.value("twitter:image") == image
    assert page.value("description") == "Der Landtag hat am Donnerstag über neue Straßen gestritten."
    assert page.canonical() == url


def test_article_without_image_gets_a_small_card_and_no_image_claims(client):
    article = make_article("Ohne Bild")
    page = parse(client.get(article.get_absolute_url()))
    assert page.value("twitter:card") == "summary"
    assert page.values("og:image") == [] and page.values("twitter:image") == []
    assert "image" not in page.structured("NewsArticle")


def test_canonical_url_ignores_tracking_parameters(client, article):
    page = parse(client.get(article.get_absolute_url() + "?utm_source=newsletter"))
    assert page.canonical() == f"http://testserver{article.get_absolute_url()}"


@pytest.mark.parametrize("kind", ["home", "section", "tag", "author"])
def test_listing_pages_preview_as_website_and_are_canonical_per_page(client, settings, kind):
    settings.ARTICLES_PER_PAGE = 1
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    for _ in range(3):
        make_article(section=section, authors=[author], tags=["Wahlen"])
    path, title = {
        "home": ("/", "RENEWZ.de – Finde, was zählt. Immer informiert"),
        "section": ("/ressort/politik/", "Politik"),
        "tag": ("/thema/wahlen/", "Thema: Wahlen"),
        "author": ("/autor/lena-hartmann/", "Lena Hartmann"),
    }[kind]
    first = parse(client.get(path))
    assert first.value("og:type") == "website"
    assert first.value("og:title") == title
    assert first.value("og:description") == first.value("description")
    assert first.canonical() == first.value("og:url") == f"http://testserver{path}"
    assert parse(client.get(path + "?page=1")).canonical() == f"http://testserver{path}"
    assert parse(client.get(path + "?page=abc")).canonical() == f"http://testserver{path}"
    second = parse(client.get(path + "?page=2"))
    assert second.canonical() == second.value("og:url") == f"http://testserver{path}?page=2"
    assert "NewsArticle" not in [data["@type"] for data in second.json_ld]


def test_reader_shares_an_article_without_trackers(client):
    title = "Müller & Söhne: 50 % mehr? Ja!"
    article = make_article(title)
    page = parse(client.get(article.get_absolute_url()))
    url = f"http://testserver{article.get_absolute_url()}"
    shares = {urlsplit(a["href"]).netloc or "mailto": a for a in page.anchors if "share__link" in a.get("class", "")}
    assert set(shares) == {"wa.me", "x.com", "www.facebook.com", "www.linkedin.com", "mailto"}

    def query(netloc):
        return parse_qs(urlsplit(shares[netloc]["href"]).query)

    assert query("wa.me") == {"text": [f"{title} {url}"]}
    assert query("x.com") == {"url": [url], "text": [title]}
    assert query("www.facebook.com") == {"u": [url]}
    assert query("www.linkedin.com") == {"url": [url]}
    assert query("mailto") == {"subject": [title], "body": [url]}
    assert shares["mailto"]["href"].startswith("mailto:?subject=M%C3%BCller%20%26%20S%C3%B6hne")
    for netloc, link in shares.items():
        if netloc != "mailto":
            assert link["rel"] == "noopener" and link["target"] == "_blank"
    html = client.get(article.get_absolute_url()).text
    for label in ["Teilen auf WhatsApp", "Teilen auf X", "Teilen auf Facebook", "Teilen auf LinkedIn", "Per E-Mail teilen"]:
        assert label in html
    assert "(öffnet in neuem Fenster)" in html
    # No third-party scripts: the only script file is our own.
    assert re.findall(r'<script src="([^"]*)"', html) == ["/static/js/share.js"]


def test_link_to_copy_works_without_javascript(client):
    article = make_article()
    html = client.get(article.get_absolute_url()).text
    page = parse(client.get(article.get_absolute_url()))
    [box] = [field for field in page.inputs if field.get("id") == "share-url"]
    assert box["value"] == f"http://testserver{article.get_absolute_url()}"
    assert "readonly" in box
    assert '<label for="share-url">Link zum Artikel</label>' in html
    assert '<button class="share__copy-button" type="button" hidden>Link kopieren</button>' in html
    assert '<script src="/static/js/share.js" defer></script>' in html  # shows the button where copying works


def test_reader_sees_the_reading_time_on_article_and_teasers(client, article):
    assert article.reading_minutes == 3
    assert "Lesezeit: 3 Min." in client.get(article.get_absolute_url()).text
    for url in ["/", "/ressort/politik/", "/thema/verkehr/", "/autor/lena-hartmann/"]:
        assert "Lesezeit: 3 Min." in client.get(url).text, url


def test_seo_additions_cost_no_queries(client, django_assert_num_queries, article):
    """A rich article (image, authors, tags) costs what any article page costs."""
    cache.clear()
    with django_assert_num_queries(PAGE_QUERIES["article"]):
        client.get(article.get_absolute_url())
    Section.objects.update(on_home_page=True)  # a Ressort block on the home page, as PAGE_QUERIES counts
    cache.clear()
    with django_assert_num_queries(PAGE_QUERIES["home"]):
        client.get("/")
