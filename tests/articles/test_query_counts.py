"""Every public page costs a fixed number of SQL queries, however rich its articles are."""
import pytest
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from articles.models import BreakingNews
from readership.models import ArticleViews, start_of_hour

from tests.factories import link_related, make_article, make_author, make_section

pytestmark = pytest.mark.django_db

# Queries with a cold cache, including the header's sections menu, ticker and Eilmeldung (one
# each), and on the home and article pages the „Meistgelesen“ box (its articles, ranked): all of
# them cached, so a warm page costs its own queries only.
HEADER_QUERIES = 3
MOST_READ_QUERIES = 1
PAGE_QUERIES = {
    "home": 1 + HEADER_QUERIES + MOST_READ_QUERIES,  # page of articles with their authors (listings are not counted)
    "section": 2 + HEADER_QUERIES,  # section, page
    "tag": 2 + HEADER_QUERIES,      # tag, page
    "author": 2 + HEADER_QUERIES,   # author, page
    "article": 1 + HEADER_QUERIES + MOST_READ_QUERIES,  # article with its authors, tags and related links
}


def build_site(richness):
    """A site whose articles have `richness` authors, tags and related links each."""
    section = make_section("Politik")
    authors = [make_author(f"Autorin {number}") for number in range(richness)]
    tags = [f"Thema {number}" for number in range(richness)] + ["Wahlen"]
    targets = [make_article(f"Ziel {number}", section=section, authors=authors, tags=tags) for number in range(richness)]
    article = make_article("Die Hauptmeldung", section=section, authors=authors, tags=tags)
    for position, target in enumerate(targets):
        link_related(article, target=target, position=position)
        link_related(article, url=f"https://example.org/{position}", title=f"Extern {position}", position=10 + position)
    ArticleViews.objects.add(start_of_hour(timezone.now()), {a.slug: 10 + n for n, a in enumerate([article, *targets])})
    BreakingNews.objects.create(text="Eilmeldung", article=article, ends_at=timezone.now() + timedelta(hours=1))
    return {
        "home": "/",
        "section": section.get_absolute_url(),
        "tag": "/thema/wahlen/",
        "author": authors[0].get_absolute_url(),
        "article": article.get_absolute_url(),
    }


@pytest.mark.parametrize("richness", [1, 4])
@pytest.mark.parametrize("page", sorted(PAGE_QUERIES))
def test_page_query_count_is_fixed(client, django_assert_num_queries, page, richness):
    url = build_site(richness)[page]
    cache.clear()
    with django_assert_num_queries(PAGE_QUERIES[page]):
        response = client.get(url)
    assert response.status_code == 200
    assert "Eilmeldung" in response.text
    assert ("Meistgelesen" in response.text) == (page in ("home", "article"))


def test_header_and_most_read_box_cost_nothing_when_cached(client, django_assert_num_queries):
    urls = build_site(2)
    client.get(urls["home"])
    with django_assert_num_queries(PAGE_QUERIES["home"] - HEADER_QUERIES - MOST_READ_QUERIES):
        response = client.get(urls["home"])
    assert "Meistgelesen" in response.text and "Eilmeldung" in response.text
