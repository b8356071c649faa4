"""The Eilmeldung banner at the top of every public page.

It is a live fragment of the page cache (renewz.pagecache): swapped into every cached page on
each hit, so raising or lowering it costs no cached page a miss. Its HTML is cached with the
moment it ends; a hit costs one cache read, and the database is asked again only when the
banner changes (BreakingNews.save() and the article receivers forget it), when it ends, or
when the cached copy expires.

With a shared cache (Redis) every process sees the forgetting, so the copy lasts as long as
a cached page (PAGE_CACHE_SECONDS): a page-cache hit then does not touch the database, and
keeps answering at once while PostgreSQL hangs. With a per-process cache (local memory) the
copy lasts BANNER_CACHE_SECONDS, which bounds how long another process shows an older banner,
as the ticker's 60 seconds do for prices.
"""
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.template.loader import render_to_string
from django.utils import timezone

from renewz import pagecache
from renewz.cache import is_shared

from ..models import BreakingNews, BreakingNewsQuerySet

BANNER_CACHE_SECONDS = 5


@pagecache.live_fragment("breaking-news")
def current_banner():
    """The banner's HTML as it is now ("" without an Eilmeldung), or None while the database is
    unavailable (a cached page then keeps the banner it was stored with)."""
    stored = cache.get(BreakingNewsQuerySet.BANNER_CACHE_KEY)
    if stored is not None and (stored["ends_at"] is None or timezone.now() < stored["ends_at"]):
        return stored["html"]
    try:
        breaking_news = BreakingNews.objects.current()
    except DatabaseError:
        return None
    html = render_to_string("components/breaking_news.html", {"breaking_news": breaking_news}) if breaking_news else ""
    ends_at = breaking_news.ends_at if breaking_news else None
    cache.set(BreakingNewsQuerySet.BANNER_CACHE_KEY, {"html": html, "ends_at": ends_at}, banner_cache_seconds())
    return html


def banner_cache_seconds():
    return settings.PAGE_CACHE_SECONDS if is_shared() else BANNER_CACHE_SECONDS
