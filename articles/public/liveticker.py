"""A Liveticker's reader side: its entries on the article page, and the update check that
readers' browsers make every few seconds (static/js/liveticker.js).

The update check („anything newer?“) answers with the state of the ticker's first page: the
ids and edit versions of its pinned and newest entries, and whether it has ended. It is an
ordinary anonymous GET, so the page cache keeps it, and a new or changed entry renews exactly
this ticker's pages (`Article.liveticker_paths()`, articles.receivers): an unchanged check
costs no query, and the browser's `If-None-Match` gets a 304 (ConditionalGetMiddleware).
"""
import hashlib

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404

from ..models import LIVETICKER_PAGE_SIZE, Article
from .pagination import ListingPage, page_number

# How long a CDN may keep a running ticker's page or update answer: readers see a new entry
# within the poll interval plus this.
SHARED_CACHE_CONTROL = "s-maxage=2, stale-while-revalidate=2"
# How often a reader's browser asks; with the time to fetch the page, under 10 s.
POLL_SECONDS = 8


def entries_context(request, article):
    """The page's entries: on the first page the pinned ones, then the newest; older pages
    (`?page=N`, plain links) the older ones. A page past the end is a 404."""
    number = page_number(request, max_pages=10_000)
    if number == 1:
        pinned, rows = article.liveticker_first_page()
    else:
        pinned, rows = [], article.liveticker_page(number)
    page = ListingPage(number, rows, LIVETICKER_PAGE_SIZE, max_pages=10_000)
    if number > 1 and not page.object_list:
        raise Http404("Diese Seite gibt es nicht.")
    return {
        "pinned_entries": pinned,
        "page": page,
        "liveticker_stand": stand(article, pinned, page.object_list) if number == 1 else "",
        "liveticker_poll_seconds": POLL_SECONDS,
    }


def stand(article, pinned, newest):
    """A short fingerprint of what the first page shows: a reader's page and the update check
    agree on it exactly when nothing has changed."""
    parts = [str(article.liveticker_ended_at), *(f"{entry.pk}.{entry.lock_version}" for entry in [*pinned, *newest])]
    return hashlib.blake2b(" ".join(parts).encode(), digest_size=8).hexdigest()


def updates(request, slug):
    """The update check of a public Liveticker, as JSON."""
    article = get_object_or_404(
        Article.objects.public().filter(is_liveticker=True).only("slug", "liveticker_ended_at", "is_liveticker"),
        slug=slug,
    )
    pinned, rows = article.liveticker_first_page()
    newest = rows[:LIVETICKER_PAGE_SIZE]
    response = JsonResponse(
        {
            "stand": stand(article, pinned, newest),
            "beendet": article.liveticker_ended_at is not None,
            "eintraege": [entry.anchor for entry in [*pinned, *newest]],
        }
    )
    response["Cache-Control"] = SHARED_CACHE_CONTROL
    return response
