"""
Full-page cache for anonymous readers, never wrong.

Every cached page is stored under the current *content generation*. Any change to
published content (an article, its authors, tags, section or related links, a
section, an author, a tag, a redirect) starts a new generation, so no page showing
old content is ever served again; old entries simply expire. A scheduled article
ends the generation at its publication time, so it appears on time without a job.

The crypto ticker is not part of the cached copy: its fragment is marked in the
page and replaced with the current one on every hit, so a ticker refresh never
empties the page cache and prices are never older than the ticker's own cache.

Requests that may be personal are never served from or stored in the cache:
anything but GET, the admin and previews, requests carrying a session or messages
cookie, and responses that set cookies or say they are private.
"""
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.encoding import iri_to_uri

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
NEXT_PUBLICATION_KEY = "pagecache:next-publication"
TICKER_FRAGMENT = re.compile(rb"<!--ticker-->.*?<!--/ticker-->", re.DOTALL)
PERSONAL_PATH_PREFIXES = ("/admin/", "/vorschau/")
STORED_HEADERS = ("Content-Type", "Content-Language", "Last-Modified", "X-Robots-Tag")


def invalidate_pages(**kwargs):
    """Start a new content generation: every page cached so far is out of date.

    Accepts and ignores signal arguments, so it can be connected to model signals.
    """
    from articles.models import Article

    next_publication = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    cache.set_many(
        {
            # Nanoseconds: unique across processes without a shared counter.
            GENERATION_KEY: time.time_ns(),
            NEXT_PUBLICATION_KEY: next_publication.timestamp() if next_publication else None,
        },
        timeout=None,
    )


def current_generation():
    state = cache.get_many([GENERATION_KEY, NEXT_PUBLICATION_KEY])
    generation = state.get(GENERATION_KEY)
    next_publication = state.get(NEXT_PUBLICATION_KEY)
    if generation is None or (next_publication is not None and time.time() >= next_publication):
        invalidate_pages()
        generation = cache.get(GENERATION_KEY)
    return generation


def is_personal(request):
    return (
        request.method != "GET"
        or request.path.startswith(PERSONAL_PATH_PREFIXES)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or "messages" in request.COOKIES
    )


def is_storable(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def current_ticker_fragment():
    from tickers.models import Coin

    html = render_to_string("tickers/ticker.html", {"ticker_coins": Coin.objects.for_header()})
    return f"<!--ticker-->{html}<!--/ticker-->".encode()


def page_key(request, generation):
    return f"pagecache:page:{generation}:{request.get_host()}:{iri_to_uri(request.get_full_path())}"


class PageCacheMiddleware:
    """Serve anonymous readers from the page cache; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_personal(request):
            return self.get_response(request)
        if not settings.PAGE_CACHE_ENABLED:
            response = self.get_response(request)
            return add_public_cache_headers(response) if is_storable(response) else response

        key = page_key(request, current_generation())
        stored = cache.get(key)
        if stored is not None:
            ticker = current_ticker_fragment()
            response = HttpResponse(
                TICKER_FRAGMENT.sub(lambda match: ticker, stored["content"], count=1),
                headers=stored["headers"],
            )
            response["X-Page-Cache"] = "hit"
            return add_public_cache_headers(response)

        response = self.get_response(request)
        if is_storable(response):
            headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
            cache.set(key, {"content": response.content, "headers": headers}, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
            add_public_cache_headers(response)
        return response


def add_public_cache_headers(response):
    """Let CDNs keep anonymous pages briefly and serve them stale while they revalidate."""
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=settings.HTTP_CACHE_SECONDS,
        stale_while_revalidate=settings.HTTP_STALE_WHILE_REVALIDATE_SECONDS,
    )
    return response


class PrivateResponsesMiddleware:
    """Responses for logged-in users and previews must never be kept by a browser cache or CDN."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or request.path.startswith(PERSONAL_PATH_PREFIXES):
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
        return response
