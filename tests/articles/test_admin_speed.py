"""The admin's article list stays fast with 100,000 articles.

The list must not count the whole table on every load, nor scan it for the date
navigation; its filters use indexes. Timing is not asserted (machines differ): run
`bench/admin_changelist.py` for server times and query plans.
"""
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from django.test.utils import CaptureQueriesContext

from articles.admin.changelist import EXACT_COUNT_UP_TO
from articles.models import Article
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/articles/article/"
MAX_QUERIES = 10
FULL_TABLE_COUNT = re.compile(r'SELECT COUNT\(\*\)(?: AS "__count")? FROM "articles_article"\s*$', re.I)


def insert_articles(count, section, *, drafts_every=50):
    """Insert `count` articles with one SQL statement (a few seconds for 100,000).

    Every column gets the value a new Article would get; title, slug, status and date
    vary with the row number. The search vector and renditions stay empty, as after
    any bulk import.
    """
    prototype = Article(title="x", lead="Ein kurzer Vorspann.", section=section)
    varying = {
        "title": "'Meldung Nummer ' || n",
        "slug": "'meldung-nummer-' || n",
        "status": f"CASE WHEN n %% {drafts_every} = 0 THEN 'draft' ELSE 'published' END",
        "published_at": (
            "NOW() - n * INTERVAL '17 minutes'" if connection.vendor == "postgresql"
            else "strftime('%%Y-%%m-%%d %%H:%%M:%%f', 'now', '-' || (n * 17) || ' minutes')"
        ),
    }
    columns, expressions, params = [], [], []
    for field in Article._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(connection.ops.quote_name(field.column))
        if field.name in varying:
            expressions.append(varying[field.name])
        elif field.name in ("created_at", "updated_at"):
            expressions.append("CURRENT_TIMESTAMP")
        else:
            expressions.append("%s")
            params.append(field.get_db_prep_save(field.pre_save(prototype, add=True), connection))
    numbers = (
        "generate_series(1, %s) AS n" if connection.vendor == "postgresql"
        else "(WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < %s) SELECT n FROM numbers)"
    )
    sql = f"INSERT INTO articles_article ({', '.join(columns)}) SELECT {', '.join(expressions)} FROM {numbers}"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, count])
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE articles_article")  # what autovacuum does after a bulk load


def insert_bylines(author):
    """Name `author` in the byline of every article that has none, in one statement."""
    with connection.cursor() as cursor:
        # With the byline's copies of the article's status and date (articles.models.ArticleRow).
        cursor.execute(
            "INSERT INTO articles_byline (article_id, author_id, position, status, published_at) "
            "SELECT id, %s, 0, status, published_at FROM articles_article "
            "WHERE id NOT IN (SELECT article_id FROM articles_byline)",
            [author.pk],
        )


@pytest.fixture
def archive():
    """100,000 articles by one author in one section, every 50th a draft."""
    section, author = make_section("Politik"), make_author("Lena Hartmann")
    insert_articles(100_000, section)
    insert_bylines(author)
    return author


def changelist(client, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(CHANGELIST, params or {})
    assert response.status_code == 200
    return response, [query["sql"] for query in queries]


def test_article_list_with_100000_articles_needs_no_full_count_and_few_queries(admin_client, archive):
    assert Article.objects.count() == 100_000
    _, first_load = changelist(admin_client)
    response, queries = changelist(admin_client)
    changelist_ = response.context["cl"]

    assert len(queries) <= MAX_QUERIES, "\n".join(queries)
    # The first load after a cache flush also reads the site header's Ressorts and ticker.
    assert len(first_load) <= len(queries) + 2, "\n".join(first_load)
    # Newest changed first; all were inserted at once, so the last inserted leads.
    assert len(changelist_.result_list) == 50 and "Meldung Nummer 100000<" in response.text
    # No date hierarchy: no MIN/MAX and no SELECT DISTINCT over the table's dates.
    assert not any("MIN(" in sql or "DISTINCT" in sql for sql in queries), queries
    # The list does not load what it never shows.
    page_query = next(sql for sql in queries if "LIMIT 50" in sql)
    assert '"articles_article"."body"' not in page_query and "search_vector" not in page_query
    if connection.vendor == "postgresql":
        # The planner's estimate sizes the pagination; nothing counts 100,000 rows.
        assert not any(FULL_TABLE_COUNT.search(sql) for sql in queries), queries
        assert any("pg_class" in sql for sql in queries)
        assert 95_000 <= changelist_.result_count <= 105_000
    else:
        # SQLite (the embedded default, a small site): a plain exact count is fine.
        assert sum(bool(FULL_TABLE_COUNT.search(sql)) for sql in queries) == 1
        assert changelist_.result_count == 100_000
    assert changelist_.full_result_count is None  # show_full_result_count = False
    # Facet counts (one count per filter option) are not offered, not even on request.
    assert "Anzahl anzeigen" not in response.text
    assert len(changelist(admin_client, {"_facets": "True"})[1]) <= MAX_QUERIES


def test_filtered_lists_are_counted_exactly_with_indexed_filters(admin_client, archive):
    response, queries = changelist(admin_client, {"stand": "draft"})
    assert response.context["cl"].result_count == 2_000
    assert len(queries) <= MAX_QUERIES
    assert not any(FULL_TABLE_COUNT.search(sql) for sql in queries)

    # Author (and tag) filters use EXISTS on the link table: no SELECT DISTINCT over the list.
    response, queries = changelist(admin_client, {"authors__id__exact": archive.pk})
    assert response.context["cl"].result_count == 100_000
    assert len(queries) <= MAX_QUERIES
    assert not any("DISTINCT" in sql for sql in queries), queries
    assert any("EXISTS" in sql for sql in queries)


def test_editor_filters_the_list_by_author_tag_and_date(admin_client):
    lena, jonas = make_author("Lena Hartmann"), make_author("Jonas Becker")
    make_article("Von Lena", authors=[lena], tags=["Wahlen"])
    make_article("Von beiden", authors=[lena, jonas], tags=["Wahlen", "Preise"])
    make_article("Vor einem Jahr", authors=[jonas], published_at=timezone.now() - timedelta(days=400))

    def titles(params):
        return sorted(article.title for article in changelist(admin_client, params)[0].context["cl"].result_list)

    assert titles({"authors__id__exact": lena.pk}) == ["Von Lena", "Von beiden"]
    wahlen = Article.objects.get(title="Von Lena").tags.get()
    assert titles({"tags__id__exact": wahlen.pk}) == ["Von Lena", "Von beiden"]
    html = admin_client.get(CHANGELIST).text
    assert "Nach Veröffentlichungsdatum" in html and "Letzte 7 Tage" in html
    assert "Vor einem Jahr" not in titles_for_last_week(admin_client)
    # A tampered filter value shows an empty list, not an error page.
    assert titles({"authors__id__exact": "abc"}) == []
    # Links from the author and tag lists keep working.
    assert f"?authors__id__exact={lena.pk}" in admin_client.get("/admin/articles/author/").text


def titles_for_last_week(client):
    html = client.get(CHANGELIST).text
    link = re.search(r'href="(\?published_at__gte=[^"]+)"[^>]*>Letzte 7 Tage', html)
    assert link, "no „Letzte 7 Tage“ filter"
    url = CHANGELIST + link.group(1).replace("&amp;", "&")
    return [article.title for article in client.get(url).context["cl"].result_list]


def test_small_lists_are_counted_exactly(admin_client):
    section = make_section()
    insert_articles(3, section)
    assert EXACT_COUNT_UP_TO >= 3
    assert changelist(admin_client)[0].context["cl"].result_count == 3
