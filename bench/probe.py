"""
In-process measurements on the bench database: `python -m bench.probe --out FILE --urls DIR`.

Writes the URL lists that wrk rotates through (one file per page type), and measures with
Django's test client, one request at a time: the SQL queries per page type (cold: cache cleared
just before; warm: the same page again right after), the article page's size as HTML and
gzipped, and optionally (`--admin`) the admin's article list for a superuser.
Run once with RENEWZ_PAGE_CACHE=0 and once with 1; writes JSON to FILE.
"""
import argparse
import gzip
import json
import logging
import math
import os
import statistics
import time
from pathlib import Path
from urllib.parse import urlencode

import django

# Page types in table order. "deep" is the home page and each Ressort at page 2000, or at
# the deepest page the site serves where there are fewer (or the site bounds pagination);
# "first" is the same listings at page 1, to compare the two like for like.
PAGES = ["home", "article", "section", "tag", "author", "search", "feed", "sitemap", "first", "deep"]
DEEP_PAGE = 2000
ARTICLE_URLS = 500
TAG_URLS = 300
ADMIN_RUNS = 5
TIMED_RUNS = 3
ADMIN_URL = "/admin/articles/article/"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="JSON file to write")
    parser.add_argument("--urls", required=True, help="folder for the URL lists")
    parser.add_argument("--admin", action="store_true", help="also time the admin's article list")
    args = parser.parse_args(argv)
    django.setup()
    # Finding the deepest page asks for pages that do not exist; no warning for each.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    urls = url_lists()
    folder = Path(args.urls)
    folder.mkdir(parents=True, exist_ok=True)
    for page, paths in urls.items():
        (folder / f"{page}.txt").write_text("\n".join(paths) + "\n")
    result = {
        "page_cache": os.environ.get("RENEWZ_PAGE_CACHE", ""),
        "facts": facts(),
        "url_counts": {page: len(paths) for page, paths in urls.items()},
        "deep_pages": sorted({int(p.rsplit("=", 1)[1]) for p in urls["deep"]}),
        "pages": {page: measure(paths[0]) for page, paths in urls.items()},
        "article_size": article_size(urls["article"][0]),
    }
    if args.admin:
        result["admin"] = admin_changelist()
    Path(args.out).write_text(json.dumps(result, indent=1))


def client():
    from django.test import Client

    # Production settings: ALLOWED_HOSTS has 127.0.0.1, not the test client's "testserver".
    return Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)


def url_lists():
    """Paths per page type; the first one of each is the one whose queries are counted."""
    from django.conf import settings
    from taggit.models import Tag

    from django.db.models import Count

    from articles.models import Article, Author, Section

    from .german import SEARCH_WORDS

    public = Article.objects.public()
    per_page = settings.ARTICLES_PER_PAGE
    deep = []
    for prefix, articles in [("/", public)] + [
        (f"/ressort/{section.slug}/", public.filter(section=section)) for section in Section.objects.all()
    ]:
        last_page = max(1, math.ceil(articles.count() / per_page))
        deepest = min(DEEP_PAGE, last_page, getattr(settings, "LISTING_MAX_PAGES", DEEP_PAGE))
        deep.append(f"{prefix}?page={deepest_page(prefix, deepest)}")
    # Thema and Autor/in pages with a full first page, most used first: a tag with one article
    # shows one card, so random ones would compare one-card pages at 1,000 articles with full
    # ones at N.
    def with_full_first_page(model, link_rows):
        return model.objects.annotate(uses=Count(link_rows)).filter(uses__gte=per_page).order_by("-uses", "pk")

    full_authors = with_full_first_page(Author, "bylines")
    full_tags = with_full_first_page(Tag, "articles_taggedarticle_items")
    return {
        "home": ["/"],
        "article": [
            f"/artikel/{slug}/" for slug in public.order_by("?").values_list("slug", flat=True)[:ARTICLE_URLS]
        ],
        "section": [f"/ressort/{slug}/" for slug in Section.objects.values_list("slug", flat=True)],
        "tag": [f"/thema/{slug}/" for slug in full_tags.values_list("slug", flat=True)[:TAG_URLS]],
        "author": [f"/autor/{slug}/" for slug in full_authors.values_list("slug", flat=True)],
        "search": [f"/suche/?{urlencode({'q': word})}" for word in SEARCH_WORDS],
        "feed": ["/feed/"],
        "sitemap": ["/sitemap.xml"],
        "first": [path.split("?")[0] for path in deep],
        "deep": deep,
    }


def deepest_page(prefix, page):
    """`page` if the site serves it, else the deepest page below it that it serves."""
    browser = client()

    def served(number):
        return browser.get(f"{prefix}?page={number}").status_code == 200

    if served(page):
        return page
    low, high = 1, page  # served(low) is assumed, served(high) is not
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if served(middle) else (low, middle)
    return low


def measure(path):
    """One page: status, SQL queries cold (cache cleared before) and warm (right after),
    and the median time of a few single requests as the server sees them."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    browser = client()
    counts = {}
    for state in ("cold", "warm"):
        if state == "cold":
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = browser.get(path)
        counts[state] = len(queries)
    seconds = []
    for _ in range(TIMED_RUNS):
        started = time.perf_counter()
        browser.get(path)
        seconds.append(time.perf_counter() - started)
    return {
        "path": path,
        "status": response.status_code,
        "queries_cold": counts["cold"],
        "queries_warm": counts["warm"],
        "server_ms": round(statistics.median(seconds) * 1000, 1),
    }


def article_size(path):
    response = client().get(path)
    html = response.content
    return {
        "path": path,
        "status": response.status_code,
        "html_bytes": len(html),
        "gzip_bytes": len(gzip.compress(html, compresslevel=6)),
    }


def admin_changelist():
    """Median server time and queries of the admin's article list for a superuser."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    User = get_user_model()
    user = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", "bench@example.org", None
    )
    browser = client()
    browser.force_login(user)
    browser.get(ADMIN_URL)  # warm-up
    seconds = []
    for _ in range(ADMIN_RUNS):
        started = time.perf_counter()
        response = browser.get(ADMIN_URL)
        seconds.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        browser.get(ADMIN_URL)
    return {
        "path": ADMIN_URL,
        "status": response.status_code,
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "runs": ADMIN_RUNS,
        "queries": len(queries),
    }


def facts():
    from django.db import connection

    from articles.models import Article

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    return {
        "django": django.get_version(),
        "postgresql": postgres,
        "articles": Article.objects.count(),
        "public_articles": Article.objects.public().count(),
    }


if __name__ == "__main__":
    main()
