"""„Meistgelesen“ without cookies: readers' views of articles are counted on the server, per
article and hour, with nothing about the reader stored and no database write while a page is
served."""
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client

from articles.models import Article
from readership import counting
from readership.models import ArticleViews
from tests.factories import make_article, make_section, newsroom_member
from tests.renewz.test_redis_cache import redis_url, use_redis  # noqa: F401 (redis_url: a throwaway Redis)
from tests.renewz.test_settings import load_settings

from .conftest import BROWSER

pytestmark = pytest.mark.django_db

NEXT_WINDOW = timedelta(seconds=60)


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.VIEW_FLUSH_SECONDS = 60


@pytest.fixture
def article():
    return make_article("Koalition einigt sich", section=make_section("Politik"))


def views_of(article):
    return {row.hour: row.views for row in ArticleViews.objects.filter(article=article)}


def this_hour():
    return datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


def test_views_from_the_page_cache_count_and_reach_the_database_in_one_batch(
    reader, article, clock, django_assert_num_queries
):
    url = article.get_absolute_url()
    assert reader.get(url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):  # hits: counted in the cache, nothing written
        for _ in range(3):
            assert reader.get(url)["X-Page-Cache"] == "hit"
    assert views_of(article) == {}

    clock.shift(NEXT_WINDOW)
    reader.get(url)  # opens the next window: the one before is written once this response is sent
    assert views_of(article) == {this_hour(): 4}

    clock.shift(NEXT_WINDOW)
    reader.get(url)
    assert views_of(article) == {this_hour(): 5}, "one row per article and hour, added to"


def test_a_new_hour_gets_a_row_of_its_own(reader, article, clock):
    reader.get(article.get_absolute_url())
    first_hour = this_hour()
    clock.shift(timedelta(hours=1))
    reader.get(article.get_absolute_url())
    clock.shift(NEXT_WINDOW)
    reader.get("/")  # no article: opens no window
    reader.get(article.get_absolute_url())
    assert views_of(article) == {first_hour: 1, first_hour + timedelta(hours=1): 1}


def test_bots_prefetches_previews_staff_and_errors_are_not_counted(reader, article, clock):
    url = article.get_absolute_url()
    Client(HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)").get(url)
    Client(HTTP_USER_AGENT="curl/8.5.0").get(url)
    Client().get(url)  # no User-Agent at all
    Client(HTTP_USER_AGENT=BROWSER, HTTP_SEC_PURPOSE="prefetch").get(url)
    editor = newsroom_member("redaktion", "Paul", "Albrecht")
    editor.get(url, HTTP_USER_AGENT=BROWSER)
    draft = make_article("Entwurf", section=article.section, public=False)
    editor.get(draft.get_absolute_url(), HTTP_USER_AGENT=BROWSER)  # a preview
    reader.get("/artikel/gibt-es-nicht/")
    reader.head(url)
    reader.get(url)  # the one reader

    clock.shift(NEXT_WINDOW)
    call_command("flush_article_views", stdout=open("/dev/null", "w"))
    assert views_of(article) == {this_hour(): 1}
    assert views_of(draft) == {}


def test_counting_sets_no_cookie_and_stores_nothing_about_the_reader(reader, article, clock):
    response = reader.get(article.get_absolute_url(), REMOTE_ADDR="203.0.113.7")
    assert not response.cookies and "Set-Cookie" not in response
    columns = {column.name for column in connection.introspection.get_table_description(
        connection.cursor(), ArticleViews._meta.db_table)}
    assert columns == {"id", "article_id", "hour", "views"}
    clock.shift(NEXT_WINDOW)
    call_command("flush_article_views", stdout=open("/dev/null", "w"))
    assert ArticleViews.objects.get().views == 1


def test_the_command_writes_the_last_window_when_nobody_reads_on(reader, article, clock):
    reader.get(article.get_absolute_url())
    reader.get(article.get_absolute_url())
    call_command("flush_article_views", stdout=open("/dev/null", "w"))
    assert views_of(article) == {}, "the window still fills: not yet"
    clock.shift(NEXT_WINDOW)
    call_command("flush_article_views", stdout=open("/dev/null", "w"))
    call_command("flush_article_views", stdout=open("/dev/null", "w"))
    assert views_of(article) == {this_hour(): 2}, "written once"


def test_batches_of_several_processes_add_up(article):
    hour = this_hour()
    ArticleViews.objects.add(hour, {article.slug: 3})
    ArticleViews.objects.add(hour, {article.slug: 4, "gibt-es-nicht": 9})
    assert views_of(article) == {hour: 7}


def test_views_of_an_article_unpublished_meanwhile_are_dropped(reader, article, clock):
    reader.get(article.get_absolute_url())
    Article.objects.filter(pk=article.pk).unpublish()
    clock.shift(NEXT_WINDOW)
    call_command("flush_article_views", stdout=open("/dev/null", "w"))
    assert not ArticleViews.objects.exists()


def test_the_window_must_divide_an_hour():
    result = load_settings(DJANGO_SECRET_KEY="x" * 50, RENEWZ_VIEW_FLUSH_SECONDS="7")
    assert result.returncode != 0
    assert "RENEWZ_VIEW_FLUSH_SECONDS must divide an hour" in result.stderr
    assert load_settings(DJANGO_SECRET_KEY="x" * 50, RENEWZ_VIEW_FLUSH_SECONDS="300").returncode == 0
    assert counting.window_hour(59) == datetime(1970, 1, 1, tzinfo=UTC)


def test_with_redis_every_app_server_counts_into_one_shared_buffer(reader, article, clock, settings, redis_url):
    use_redis(settings, redis_url)
    cache.clear()
    url = article.get_absolute_url()
    reader.get(url)
    # Another app server: its own memory, so its own due windows, but the same Redis.
    counting._due_windows.clear()
    other_server = Client(HTTP_USER_AGENT=BROWSER)
    other_server.get(url)
    other_server.get(url)
    clock.shift(NEXT_WINDOW)
    other_server.get(url)
    assert views_of(article) == {this_hour(): 3}, "one batch for both servers, written once"
    cache.clear()
