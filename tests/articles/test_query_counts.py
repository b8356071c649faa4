"""Every public page costs a fixed number of SQL queries, however rich its articles are."""
import pytest
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from articles.models import FRONT_PAGE_STORIES, BreakingNews, FrontPage, FrontPageSlot
from pages.models import LegalPage
from readership.models import ArticleViews, start_of_hour
from tests.factories import link_related, make_article, make_author, make_section

pytestmark = pytest.mark.django_db

# Queries with a cold cache, including the site's own: the site settings (name, logo, ...) and the
# header's sections menu, ticker and Eilmeldung (one each: `SITE_QUERIES`), and on the home and
# article pages the „Meistgelesen“ box (its articles, ranked). All of them are cached, so a warm
# page costs its own queries only.
SITE_QUERIES = 4
MOST_READ_QUERIES = 1
PAGE_QUERIES = {
    # newest articles, placed articles, Ressort blocks (all in one; none without such Ressorts)
    "home": 3 + SITE_QUERIES + MOST_READ_QUERIES,
    "section": 2 + SITE_QUERIES,  # section, page
    "tag": 2 + SITE_QUERIES,      # tag, page
    "author": 2 + SITE_QUERIES,   # author, page
    # the article with its authors, tags and related links; „Mehr aus …“
    "article": 2 + SITE_QUERIES + MOST_READ_QUERIES,
    "impressum": 1 + SITE_QUERIES,  # the page
    "not-found": 2 + SITE_QUERIES,  # the newest articles (five), an old WordPress address?
}


def build_site(richness):
    """A site whose articles have `richness` authors, tags and related links each."""
    section = make_section("Politik", on_home_page=True)
    authors = [make_author(f"Autorin {number}") for number in range(richness)]
    tags = [f"Thema {number}" for number in range(richness)] + ["Wahlen"]
    targets = [make_article(f"Ziel {number}", section=section, authors=authors, tags=tags) for number in range(richness)]
    # With a video: its two-click placeholder is made from the body alone, no query (articles.embeds).
    video = "https://youtu.be/Rnwz3Tore26"
    article = make_article("Die Hauptmeldung", section=section, authors=authors, tags=tags, body=(
        f'<p>Der Text.</p><figure class="embed" data-provider="youtube" data-url="{video}" data-title="Das Video" '
        f'data-thumbnail="embeds/{"0" * 32}.jpg"><a href="{video}">Das Video</a></figure>'
    ))
    for position, target in enumerate(targets):
        link_related(article, target=target, position=position)
        link_related(article, url=f"https://example.org/{position}", title=f"Extern {position}", position=10 + position)
    for position, placed in enumerate([article, *targets][:FRONT_PAGE_STORIES]):
        FrontPageSlot.objects.create(front_page=FrontPage.current(), article=placed, position=position)
    ArticleViews.objects.add(start_of_hour(timezone.now()), {a.slug: 10 + n for n, a in enumerate([article, *targets])})
    BreakingNews.objects.create(text="Eilmeldung", article=article, ends_at=timezone.now() + timedelta(hours=1))
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
    assert "Eilmeldung" in response.text
    assert ("Meistgelesen" in response.text) == (page in ("home", "article"))
    assert ("Inhalt von YouTube laden" in response.text) == (page == "article")


def test_site_header_and_most_read_box_cost_nothing_when_cached(client, django_assert_num_queries):
    urls = build_site(2)
    client.get(urls["home"])
    with django_assert_num_queries(PAGE_QUERIES["home"] - SITE_QUERIES - MOST_READ_QUERIES):
        response = client.get(urls["home"])
    assert "Meistgelesen" in response.text and "Eilmeldung" in response.text
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
