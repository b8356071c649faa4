"""The full-page cache serves readers fast and is never wrong."""
import gzip
import time
from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.contrib.auth.models import Permission, User
from django.utils import timezone

from articles.models import Article, Byline, RelatedLink
from tests.admin_forms import admin_form_data
from tests.factories import link_related, make_article, make_author, make_section
from tickers.models import Coin

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def site():
    """A small site: one article with author, tag, section, and another article linking to it."""
    section = make_section("Politik")
    author = make_author("Lena Hartmann")
    article = make_article("Koalition einigt sich", section=section, authors=[author], tags=["Wahlen"])
    linking = make_article("Hintergrund zur Koalition", section=section, authors=[author])
    link_related(linking, target=article)
    return {"article": article, "linking": linking, "section": section, "author": author}


def pages_showing(site):
    return [
        "/",
        site["article"].get_absolute_url(),
        site["section"].get_absolute_url(),
        "/thema/wahlen/",
        site["author"].get_absolute_url(),
        "/feed/",
        "/news-sitemap.xml",
        site["linking"].get_absolute_url(),
    ]


def warm(client, urls):
    for url in urls:
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Page-Cache"] == "hit", url


def test_second_reader_gets_the_cached_page_without_database_work(client, site, django_assert_num_queries):
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_a_cached_page_is_sent_with_its_length_like_a_fresh_one(client, site):
    """Without Content-Length gunicorn sends a hit chunked, and the nginx front then answers
    every reader of its copy 40 ms late."""
    for url in pages_showing(site):
        fresh = client.get(url)
        cached = client.get(url)
        assert cached["X-Page-Cache"] == "hit", url
        assert fresh["Content-Length"] == cached["Content-Length"] == str(len(cached.content)), url
        gzipped = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert gzipped["Content-Length"] == str(len(gzipped.content)), url


def test_editing_an_article_updates_every_page_that_shows_it(client, site):
    urls = pages_showing(site)
    warm(client, urls)
    article = site["article"]
    article.title = "Koalition streitet weiter"
    article.save()
    for url in urls:
        response = client.get(url)
        assert "Koalition streitet weiter" in response.text, url
        assert "Koalition einigt sich" not in response.text, url


def test_unpublishing_removes_the_article_from_every_cached_page(client, site):
    urls = pages_showing(site)
    warm(client, urls)
    Article.objects.filter(pk=site["article"].pk).unpublish()
    assert client.get(site["article"].get_absolute_url()).status_code == 404
    for url in [url for url in urls if url != site["article"].get_absolute_url()]:
        assert "Koalition einigt sich" not in client.get(url).text, url


def test_deleting_an_article_removes_it_from_cached_pages(client, site):
    warm(client, ["/", site["section"].get_absolute_url()])
    site["article"].delete()
    assert "Koalition einigt sich" not in client.get("/").text
    assert "Koalition einigt sich" not in client.get(site["section"].get_absolute_url()).text


def test_publishing_shows_the_new_article_on_cached_lists(client, site):
    warm(client, ["/", "/feed/"])
    draft = make_article("Neue Regierung steht", section=site["section"], public=False)
    assert "Neue Regierung steht" not in client.get("/").text
    Article.objects.filter(pk=draft.pk).publish()
    assert "Neue Regierung steht" in client.get("/").text
    assert "Neue Regierung steht" in client.get("/feed/").text


def test_changing_authors_tags_section_and_related_links_updates_cached_pages(client, site):
    article = site["article"]
    warm(client, [article.get_absolute_url()])

    Byline.objects.create(article=article, author=make_author("Jonas Becker"), position=1)
    assert "Jonas Becker" in client.get(article.get_absolute_url()).text

    article.tags.add("Bundestag")
    assert "Bundestag" in client.get(article.get_absolute_url()).text

    article.section = make_section("Wirtschaft")
    article.save()
    assert '<a href="/ressort/wirtschaft/">Wirtschaft</a>' in client.get(article.get_absolute_url()).text

    RelatedLink.objects.create(article=article, url="https://example.org/dossier", title="Das Dossier")
    assert "Das Dossier" in client.get(article.get_absolute_url()).text


def test_a_new_article_renews_the_listings_and_its_ressort_but_not_other_ressorts_article_pages(client, site):
    sport = make_article("Pokal-Aus in Runde zwei", section=make_section("Sport"))
    lists = ["/", site["section"].get_absolute_url(), "/feed/", "/thema/wahlen/", site["author"].get_absolute_url()]
    warm(client, [*lists, site["article"].get_absolute_url(), sport.get_absolute_url()])

    make_article("Neue Regierung steht", section=site["section"], authors=[site["author"]], tags=["Wahlen"])

    for url in lists:
        assert "Neue Regierung steht" in client.get(url).text, url
    page = client.get(site["article"].get_absolute_url())
    assert page["X-Page-Cache"] == "miss"
    assert "Neue Regierung steht" in page.text  # „Mehr aus Politik“
    other = client.get(sport.get_absolute_url())
    assert other["X-Page-Cache"] == "hit"


def test_an_article_published_in_the_admin_keeps_other_ressorts_article_pages_cached(client, admin_client, site):
    sport = make_article("Pokal-Aus in Runde zwei", section=make_section("Sport"))
    warm(client, ["/", "/thema/wahlen/", sport.get_absolute_url()])
    form = admin_client.get("/admin/articles/article/add/")
    data = admin_form_data(
        form, title="Neue Regierung steht", section=str(site["section"].pk), lead="Vorspann.", status="published",
        new_tags="Wahlen", **{"bylines-0-author": str(site["author"].pk)},
    )
    assert admin_client.post("/admin/articles/article/add/", data).status_code == 302

    assert "Neue Regierung steht" in client.get("/").text
    assert "Neue Regierung steht" in client.get("/thema/wahlen/").text
    assert client.get(sport.get_absolute_url())["X-Page-Cache"] == "hit"


def test_a_new_article_appears_in_the_lesen_sie_auch_box_of_another_ressorts_article(client, site):
    draft = make_article("Neue Regierung steht", section=site["section"], public=False)
    sport = make_article("Pokal-Aus in Runde zwei", section=make_section("Sport"))
    link_related(sport, target=draft)
    warm(client, [sport.get_absolute_url()])
    assert "Neue Regierung steht" not in client.get(sport.get_absolute_url()).text

    draft.status, draft.published_at = Article.Status.PUBLISHED, timezone.now()
    draft.save()

    assert "Neue Regierung steht" in client.get(sport.get_absolute_url()).text


def test_a_correction_renews_the_article_pages_of_every_ressort(client, site):
    sport = make_article("Pokal-Aus in Runde zwei", section=make_section("Sport"))
    link_related(sport, target=site["article"])
    warm(client, [sport.get_absolute_url()])

    site["article"].title = "Koalition einigt sich auf Haushalt"
    site["article"].save()

    assert "Koalition einigt sich auf Haushalt" in client.get(sport.get_absolute_url()).text


def test_an_article_page_made_while_its_ressort_gets_a_new_article_is_not_kept(client, site, monkeypatch):
    url = site["article"].get_absolute_url()
    warm(client, [url])
    Article.objects.filter(pk=site["linking"].pk).update(title="Hintergrund, neu")
    Article.objects.filter(pk=site["linking"].pk).publish()  # a new generation: the next request renders
    more_from_section = Article.more_from_section

    def published_meanwhile(article, *args, **kwargs):
        listed = more_from_section(article, *args, **kwargs)
        if not Article.objects.filter(title="Neue Regierung steht").exists():
            make_article("Neue Regierung steht", section=site["section"])
        return listed

    monkeypatch.setattr(Article, "more_from_section", published_meanwhile)
    assert "Neue Regierung steht" not in client.get(url).text
    monkeypatch.setattr(Article, "more_from_section", more_from_section)

    assert "Neue Regierung steht" in client.get(url).text


def test_a_scheduled_article_appears_on_time_without_a_job(client, site):
    make_article(
        "Punktlandung", section=site["section"], status=Article.Status.PUBLISHED,
        published_at=timezone.now() + timedelta(seconds=1), public=False,
    )
    assert "Punktlandung" not in client.get("/").text
    assert client.get("/")["X-Page-Cache"] == "hit"
    time.sleep(1.1)
    assert "Punktlandung" in client.get("/").text


def test_ticker_refresh_keeps_the_page_cache_and_shows_the_new_price(client, site):
    coin = Coin.objects.create(symbol="BTC", name="Bitcoin", api_id="bitcoin", price_eur=Decimal("87000"),
                               change_24h=Decimal("1.5"), updated_at=timezone.now())
    assert "87.000,00" in client.get("/").text
    coin.price_eur = Decimal("91234.5")
    coin.updated_at = timezone.now()
    coin.save()
    response = client.get("/")
    assert response["X-Page-Cache"] == "hit"
    assert "91.234,50" in response.text and "87.000,00" not in response.text


def test_a_price_turning_stale_is_greyed_on_cached_pages_on_time(client, site, settings):
    settings.TICKER_STALE_AFTER_MINUTES = 15
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        Coin.objects.create(symbol="BTC", name="Bitcoin", api_id="bitcoin", price_eur=Decimal("87000"),
                            change_24h=Decimal("1.5"), updated_at=timezone.now() - timedelta(minutes=14, seconds=50))
        client.get("/")
        response = client.get("/")
        assert response["X-Page-Cache"] == "hit" and "is-stale" not in response.text
        traveller.shift(timedelta(seconds=20))  # the ticker's copy was kept only until then
        response = client.get("/")
        assert response["X-Page-Cache"] == "hit" and "is-stale" in response.text


def test_logged_in_editors_are_never_served_from_or_stored_in_the_cache(client, site):
    draft = make_article("Vertraulicher Entwurf", section=site["section"], public=False)
    warm(client, ["/", draft.get_absolute_url().replace(draft.slug, site["article"].slug)])
    editor = User.objects.create_user("redaktion", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="change_others_article"))
    client.force_login(editor)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200 and "Vorschau" in response.text
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "X-Page-Cache" not in client.get("/")
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_posts_admin_and_pages_with_messages_are_not_cached(client, site):
    assert "X-Page-Cache" not in client.post("/")
    assert "X-Page-Cache" not in client.get("/admin/login/")
    client.cookies["messages"] = "irgendwas"
    assert "X-Page-Cache" not in client.get("/")


def test_anonymous_pages_carry_cdn_headers_etag_and_answer_304(client, site):
    response = client.get(site["article"].get_absolute_url())
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "s-maxage=60" in cache_control
    assert "stale-while-revalidate=30" in cache_control
    etag = response["ETag"]
    revalidated = client.get(site["article"].get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert revalidated.status_code == 304


def test_pages_are_compressed_for_browsers_that_accept_it(client, site):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "Koalition einigt sich" in gzip.decompress(response.content).decode()


def test_switched_off_page_cache_still_sends_cdn_headers(client, site, settings):
    settings.PAGE_CACHE_ENABLED = False
    response = client.get("/")
    assert "X-Page-Cache" not in response
    assert "s-maxage=60" in response["Cache-Control"]
