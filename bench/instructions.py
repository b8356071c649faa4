"""Instructions per request, by page type, for the checkout in the current directory.

Wall-clock figures need a machine at rest; instruction counts do not: run under valgrind's
callgrind they are the same on a busy machine, so two revisions can be compared on one box
while other work runs (bench/results/2026-12-02-instructions.md shows how, and what it found).

    python bench/instructions.py prepare   # migrate, collectstatic, the seeded 1,000-article corpus
    valgrind --tool=callgrind --dump-before=getppid python bench/instructions.py run 20

`run` requests every path of each page type twice (warm-up: fragments and caches filled as the
mode allows), then 20 requests, each segment bounded by a call of os.getppid(), so callgrind
writes one dump per segment: the even-numbered dumps hold the 20 measured requests of each page
type in turn. Environment as bench.run sets it (DATABASE_URL of a PostgreSQL server, RENEWZ_VAR_DIR,
DJANGO_STATIC_ROOT, ...); the mode by RENEWZ_PAGE_CACHE / RENEWZ_FRAGMENT_CACHE; ONLY=home,search
limits the page types. Python and SQL client work are counted, the PostgreSQL server's is not.
"""
import os
import sys

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
import django  # noqa: E402

django.setup()
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402


def paths():
    from articles.models import Article, Author, Section
    from taggit.models import Tag
    from django.db.models import Count

    public = Article.objects.public().order_by("pk")
    tags = Tag.objects.annotate(uses=Count("articles_taggedarticle_items")).order_by("-uses", "pk")
    authors = Author.objects.annotate(uses=Count("bylines")).order_by("-uses", "pk")
    sections = list(Section.objects.order_by("pk").values_list("slug", flat=True))
    return {
        "ceiling": ["/__bench__/ceiling/"],
        "home": ["/"],
        "article": [f"/artikel/{s}/" for s in public.values_list("slug", flat=True)[:20]],
        "section": [f"/ressort/{s}/" for s in sections],
        "tag": [f"/thema/{s}/" for s in tags.values_list("slug", flat=True)[:10]],
        "author": [f"/autor/{s}/" for s in authors.values_list("slug", flat=True)[:10]],
        "search": ["/suche/?q=Regierung", "/suche/?q=Bitcoin", "/suche/?q=Wetter"],
        "feed": ["/feed/"],
        "sitemap": ["/sitemap.xml"],
        "deep": [f"/ressort/{s}/?page=3" for s in sections],
    }


if sys.argv[1] == "prepare":
    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    from bench.corpus import load_corpus
    print(load_corpus(1000))
    import json
    json.dump(paths(), open(os.environ["RENEWZ_VAR_DIR"] + "/paths.json", "w"))
else:
    import json
    k = int(sys.argv[2])
    client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=True)
    only = os.environ.get("ONLY", "").split(",") if os.environ.get("ONLY") else None
    for page, urls in json.load(open(os.environ["RENEWZ_VAR_DIR"] + "/paths.json")).items():
        if only and page not in only:
            continue
        for url in urls:
            for _ in range(2):
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)
        os.getppid()
        for i in range(k):
            client.get(urls[i % len(urls)])
        os.getppid()
        print(page, file=sys.stderr)
