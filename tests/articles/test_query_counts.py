"""Every public page costs a fixed number of SQL queries, however rich its articles are."""
import pytest
from django.core.cache import cache

from articles.models import FRONT_PAGE_STORIES, FrontPage, FrontPageSlot
from pages.models import LegalPage
from tests.factories import link_related, make_article, make_author, make_section

pytestmark = pytest.mark.django_db

# Queries with a cold cache, including the site settings (name, logo, ...) and the header's
# sections menu and ticker (one each; all three cached: `SITE_QUERIES`).
PAGE_QUERIES = {
    "home": 6,        # newest articles, placed articles, Ressort blocks (all in one; none without such Ressorts) + 3 site
    "section": 5,     # section, page + 3 site
    "tag": 5,         # tag, page + 3 site
    "author": 5,      # author, page + 3 site
    "article": 5,     # article with its authors, tags and related links, „Mehr aus …“ + 3 site
    "impressum": 4,   # the page + 3 site
    "not-found": 5,   # the newest articles (five), an old WordPress address? + 3 site
}
SITE_QUERIES = 3


def build_site(richness):
    """A site whose articles have `richness` authors, tags and related links each."""
    section = make_section("Politik", on_home_page=True)
    authors = [make_author(f"Autorin {number}") for number in range(richness)]
    tags = [f"Thema {number}" for number in range(richness)] + ["Wahlen"]
    targets = [make_article(f"Ziel {number}", section=section, authors=authors, tags=tags) for number in range(richness)]
    article = make_article("Die Hauptmeldung", section=section, authors=authors, tags=tags)
    for position, target in enumerate(targets):
        link_related(article, target=target, position=position)
        link_related(article, url=f"https://example.org/{position}", title=f"Extern {position}", position=10 + position)
    for position, placed in enumerate([article, *targets][:FRONT_PAGE_STORIES]):
        FrontPageSlot.objects.create(front_page=FrontPage.current(), article=placed, position=position)
    return {
        "home": "/",
        "section": section.get_absolute_url(),
        "tag": "/thema/wahlen/",
        "author": authors[0].get_absolute_url(),
        "article": article.get_absolute_url(),
        "impressum": LegalPage.objects.create(kind=LegalPage.Kind.IMPRESSUM, body="<p>Muster Medien GmbH</p>").get_absolute_url(),
        "not-found": "/gibt-es-nicht/",
    }


@pytest.mark.parametrize("richness", [1, 4])
@pytest.mark.parametrize("page", sorted(PAGE_QUERIES))
def test_page_query_count_is_fixed(client, django_assert_num_queries, page, richness):
    url = build_site(richness)[page]
    cache.clear()
    with django_assert_num_queries(PAGE_QUERIES[page]):
        response = client.get(url)
    assert response.status_code == (404 if page == "not-found" else 200)


def test_site_settings_and_header_cost_nothing_when_cached(client, django_assert_num_queries):
    urls = build_site(2)
    client.get(urls["home"])
    with django_assert_num_queries(PAGE_QUERIES["home"] - SITE_QUERIES):
        client.get(urls["home"])


@pytest.mark.parametrize("slots, blocks", [(0, 0), (1, 1), (FRONT_PAGE_STORIES, 5)])
def test_the_home_page_costs_the_same_however_many_slots_and_ressort_blocks(client, django_assert_num_queries, slots, blocks):
    sections = [make_section(f"Ressort {number}", on_home_page=number < blocks) for number in range(max(blocks, 1))]
    articles = [make_article(section=sections[number % len(sections)]) for number in range(3 * FRONT_PAGE_STORIES)]
    for position, article in enumerate(articles[:slots]):
        FrontPageSlot.objects.create(front_page=FrontPage.current(), article=article, position=position)
    cache.clear()
    # Without a Ressort on the home page, the blocks' query is not made.
    with django_assert_num_queries(PAGE_QUERIES["home"] - (blocks == 0)):
        response = client.get("/")
    assert len(response.context["blocks"]) == blocks
