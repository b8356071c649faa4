#!/usr/bin/env python3
"""Server time and query plans of the admin's article list with many articles.

Run it against a throwaway PostgreSQL server (it refuses a database that has articles):

    DJANGO_SECRET_KEY=x .venv/bin/python tests/postgres_server.py -- \\
        .venv/bin/python -m bench.admin_changelist --articles 100000

It migrates the database, inserts the articles in one statement (plus one byline each),
then requests the list as a superuser (unfiltered, filtered, searched, paged) and prints,
for each, the median server time of a few requests, the number of queries, the time of
each query, and EXPLAIN ANALYZE of the count and of the page query.
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "renewz.settings")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.conf import settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings, setup_test_environment  # noqa: E402

from articles.models import Article, Author, Section  # noqa: E402
from tests.articles.test_admin_speed import insert_articles, insert_bylines  # noqa: E402

URL = "/admin/articles/article/"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--order-index", action="store_true",
        help="first create an index matching the list's order (published_at DESC, id DESC), to compare",
    )
    args = parser.parse_args()

    setup_test_environment()
    call_command("migrate", verbosity=0)
    if Article.objects.exists():
        sys.exit("bench.admin_changelist: the database already has articles; use a throwaway database.")
    section = Section.objects.create(name="Politik")
    other_section = Section.objects.create(name="Wirtschaft")
    author = Author.objects.create(name="Lena Hartmann")
    started = time.perf_counter()
    insert_articles(args.articles, section)
    insert_bylines(author)
    if args.order_index:
        with connection.cursor() as cursor:
            cursor.execute("CREATE INDEX bench_article_order_idx ON articles_article (published_at DESC, id DESC)")
            cursor.execute("ANALYZE articles_article")
    print(f"{args.articles:,} Artikel eingefügt in {time.perf_counter() - started:.1f} s ({connection.vendor})\n")

    user = User.objects.create_superuser("bench-admin", "bench@example.org", None)
    client = Client()
    client.force_login(user)
    cases = {
        "ungefiltert": {},
        "Seite 500": {"p": "500"},
        "Status Entwurf": {"status__exact": "draft"},
        "Ressort (leer)": {"section__id__exact": other_section.pk},
        "Autorin": {"authors__id__exact": author.pk},
        "Suche": {"q": "Nummer 4711"},
    }
    for label, params in cases.items():
        times = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(URL, params)
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        sql_ms = sum(float(query["time"]) for query in queries) * 1000
        print(
            f"== {label} {params or ''}: median {statistics.median(times):.0f} ms, best {min(times):.0f} ms "
            f"(SQL {sql_ms:.0f} ms), {len(queries)} queries"
        )
        for query in queries:
            print(f"   {float(query['time']) * 1000:7.1f} ms  {query['sql'][:150]}")
        if label in ("ungefiltert", "Status Entwurf", "Suche"):
            counted = any("COUNT(" in query["sql"] for query in queries)
            explain(response.context["cl"], counted)
        print()


def explain(changelist, counted):
    """EXPLAIN ANALYZE of the list's page query and of the exact count (which the list
    runs only when `counted`; otherwise it is shown to compare with the estimate)."""
    if connection.vendor != "postgresql":
        return
    queryset = changelist.queryset[: changelist.list_per_page]
    for title, sql, params in [
        ("Seitenabfrage", *queryset.query.sql_with_params()),
        ("Zählung", *changelist.queryset.order_by().query.get_compiler(connection=connection).as_sql()),
    ]:
        if title == "Zählung":
            sql, params = f"SELECT COUNT(*) FROM ({sql}) AS counted", params
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}", params)
            plan = [row[0] for row in cursor.fetchall()]
        note = "" if title != "Zählung" or counted else " (nicht ausgeführt, die Liste schätzt; zum Vergleich)"
        print(f"   -- EXPLAIN ANALYZE {title}{note}:")
        for line in plan:
            print(f"      {line}")


if __name__ == "__main__":
    # Static files from the source folders: no collectstatic manifest needed.
    with override_settings(STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}):
        main()
