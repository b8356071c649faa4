"""The „Meistgelesen“ box: the five articles read most in the last 24 hours, on the home page and
on article pages."""
import re
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Sum

from articles.models import Article
from readership.models import ArticleViews
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def this_hour():
    return datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


def box_titles(page):
    match = re.search(r'<section class="most-read".*?</section>', page, re.DOTALL)
    return re.findall(r'<span class="most-read__title">(.*?)</span>', match.group(0)) if match else None


@pytest.fixture
def articles():
    section = make_section("Politik")
    return [make_article(f"Meldung {number}", section=section) for number in range(7)]


def read(article, views, hours_ago=0):
    ArticleViews.objects.add(this_hour() - timedelta(hours=hours_ago), {article.slug: views})


def test_home_and_article_pages_show_the_five_most_read_of_the_last_24_hours(client, articles):
    for number, views in enumerate([5, 50, 7, 30, 1, 9, 2]):
        read(articles[number], views)
    read(articles[4], 500, hours_ago=22)  # still within the 24 hours
    read(articles[6], 900, hours_ago=24)  # a day ago: no longer counts

    expected = ["Meldung 4", "Meldung 1", "Meldung 3", "Meldung 5", "Meldung 2"]
    assert box_titles(client.get("/").text) == expected
    page = client.get(articles[0].get_absolute_url()).text
    assert box_titles(page) == expected
    assert '<h2 id="most-read-heading" class="section-heading">Meistgelesen</h2>' in page


def test_an_article_unpublished_leaves_the_box_at_once(client, articles):
    read(articles[0], 10)
    read(articles[1], 20)
    assert box_titles(client.get("/").text) == ["Meldung 1", "Meldung 0"]
    Article.objects.filter(pk=articles[1].pk).unpublish()
    assert box_titles(client.get("/").text) == ["Meldung 0"]


def test_a_site_without_counted_views_shows_no_box(client, articles):
    assert box_titles(client.get("/").text) is None


def test_new_counts_show_after_their_flush(client, articles):
    read(articles[0], 10)
    assert box_titles(client.get("/").text) == ["Meldung 0"]
    read(articles[1], 20)  # a flush forgets the cached ranking
    assert box_titles(client.get("/").text) == ["Meldung 1", "Meldung 0"]


def test_a_renamed_article_is_renamed_in_the_box(client, articles):
    read(articles[0], 10)
    client.get("/")
    articles[0].title = "Meldung null, neu betitelt"
    articles[0].save()
    assert box_titles(client.get("/").text) == ["Meldung null, neu betitelt"]


def test_demo_view_counts_fill_the_box_believably_once(client):
    call_command("load_demo", stdout=StringIO())
    out = StringIO()
    call_command("load_demo_views", "--if-empty", stdout=out)
    assert "Demo-Leserzahlen geladen" in out.getvalue()
    titles = box_titles(client.get("/").text)
    assert len(titles) == 5
    totals = sorted((row["total"] for row in ArticleViews.objects.values("article").annotate(total=Sum("views"))), reverse=True)
    assert totals[0] > 2 * totals[4], "some stories are read far more than others"
    assert not ArticleViews.objects.exclude(article__in=Article.objects.public()).exists()

    call_command("load_demo_views", "--if-empty", stdout=out)
    assert "nicht geladen: Es gibt schon gezählte Aufrufe" in out.getvalue()


def test_demo_view_counts_never_go_into_a_real_site(articles):
    out = StringIO()
    call_command("load_demo_views", "--if-empty", stdout=out)
    assert "nicht aus der Demo stammen (Artikel: 7" in out.getvalue()
    assert not ArticleViews.objects.exists()
