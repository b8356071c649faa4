"""
Full-page cache for anonymous readers, never wrong.

Every cached page is stored under the current *content generation*. Any change to
content that pages show starts a new generation (`content_changed()`, called by the
apps that own the content: see articles.receivers), so no page showing old content is
ever served again; old entries simply expire. Content that changes by itself at a known
time (a scheduled article) ends the generation then (`scheduled_change`), so it appears
on time without a job. Content that only the pages at one path show (a Liveticker's
entries) renews just those pages instead (`page_changed()`), so a busy page does not
empty the whole site's cache every few seconds.

Pages that list what is new (home, listings, feeds, search) change with every publication;
other pages change with few of them. Such a page names its *scope* (`scope_page()`, e.g. an
article page its Ressort, whose newest articles it shows), and is then kept across
publications that do not touch that scope: `listings_changed(scope, ...)` renews every page
without a scope and the pages of those scopes only. A breaking-news spike of publications
then re-renders the listings, not every article page read in the meantime. This module
knows no content model.

Live fragments (the crypto ticker, the Eilmeldung) are not part of the cached copy:
each is marked in the page (`<!--name-->…<!--/name-->`) and replaced with its current
HTML on every hit (`live_fragment()`), so a ticker refresh or a new Eilmeldung never
empties the page cache, and they are never older than their own caches.

A hit carries the same headers as a miss: the security headers (CSP, X-Frame-Options,
Permissions-Policy, ...) come from middlewares outside this one (settings.MIDDLEWARE),
and pages are keyed on scheme, host and path.

Requests that may be personal are never served from or stored in the cache:
anything but GET, the admin and previews, requests carrying a session or messages
cookie, and responses that set cookies or say they are private.
"""
import logging
import re
import time
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.encoding import iri_to_uri
from prometheus_client import Counter

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
NEXT_CHANGE_KEY = "pagecache:next-change"
PATH_VERSION_KEY = "pagecache:path-version:"
LISTINGS_VERSION_KEY = "pagecache:listings-version"
# Path → the scope its page named when it was last rendered; scope → its version.
PATH_SCOPE_KEY = "pagecache:path-scope:"
SCOPE_VERSION_KEY = "pagecache:scope-version:"
SCOPE_SECONDS = 24 * 60 * 60
LIVE_FRAGMENT = re.compile(rb"<!--([a-z][a-z-]*)-->.*?<!--/\1-->", re.DOTALL)
PERSONAL_PATH_PREFIXES = ("/admin/", "/vorschau/")
# For operators (renewz.health, renewz.metrics): answered fresh, and without a cache round trip
# first, so a cache outage cannot hide behind them.
OPERATOR_PATHS = ("/health/", "/metrics")
STORED_HEADERS = ("Content-Type", "Content-Language", "Last-Modified", "X-Robots-Tag", "Cache-Control")
# Hits and misses for /metrics (renewz.metrics); a miss is a page rendered and stored.
LOOKUPS = Counter("renewz_page_cache_lookups_total", "Anonymous page requests by page-cache result", ["result"])
HITS, MISSES = LOOKUPS.labels(result="hit"), LOOKUPS.labels(result="miss")
# What a page may ask for itself in its Cache-Control: a shorter life in shared caches.
OWN_SHARED_LIMITS = re.compile(r"\b(s-maxage|stale-while-revalidate)=(\d+)")


# Sent when a generation starts. Each receiver returns when the content it knows of next
# changes by itself (an aware datetime: a scheduled publication), or None; the generation
# ends at the earliest of them.
scheduled_change = Signal()


def content_changed():
    """Start a new content generation: every page cached so far is out of date.

    The apps whose content pages show call this when it changes (articles.receivers).
    """
    upcoming = [moment for _, moment in scheduled_change.send(sender=None) if moment is not None]
    next_change = min(upcoming, default=None)
    cache.set_many(
        {
            # Nanoseconds: unique across processes without a shared counter.
            GENERATION_KEY: time.time_ns(),
            NEXT_CHANGE_KEY: next_change.timestamp() if next_change else None,
        },
        timeout=None,
    )


def page_changed(*paths):
    """Only the pages at these paths (with any query string) are out of date; the rest of the
    site's cache stays. For content that no other page shows, e.g. a Liveticker's entries.
    """
    version = time.time_ns()
    cache.set_many({PATH_VERSION_KEY + iri_to_uri(path): version for path in paths}, timeout=None)


def listings_changed(*scopes):
    """Pages without a scope are out of date (they may list what is new), and the pages of
    these scopes; the pages of every other scope stay. For new articles (articles.receivers)."""
    version = time.time_ns()
    cache.set_many({LISTINGS_VERSION_KEY: version, **{SCOPE_VERSION_KEY + scope: version for scope in scopes}},
                   timeout=None)


def scope_page(request, scope):
    """The page being rendered shows, of what publications change, only what belongs to `scope`
    (a name of the caller's choosing, e.g. "ressort:3"); see the module docstring. To be called
    before the page reads anything of that scope: the copy is kept under the scope's version
    as of now."""
    known_scope, version = getattr(request, "page_cache_known_scope", (None, None))
    if scope != known_scope or version is None:
        key = SCOPE_VERSION_KEY + scope
        cache.add(key, time.time_ns(), timeout=None)
        version = cache.get(key)
    request.page_cache_scope = (scope, version)


class State(NamedTuple):
    generation: int
    listings_version: int
    path_version: int
    scope: str | None  # the one the page at the path named when it was last rendered

    def version(self, scope):
        """What a page of this scope (None: without one) is stored under. A scoped copy must also
        carry its scope's current version (PageCacheMiddleware)."""
        if scope is None:
            return f"{self.generation}.{self.listings_version}.{self.path_version}"
        return f"{self.generation}.{self.path_version}.{scope}"


def current_state(path):
    """The versions the page at `path` is cached under, read in one cache round trip."""
    path = iri_to_uri(path)
    state = cache.get_many([GENERATION_KEY, NEXT_CHANGE_KEY, LISTINGS_VERSION_KEY, PATH_VERSION_KEY + path,
                            PATH_SCOPE_KEY + path])
    generation = state.get(GENERATION_KEY)
    next_change = state.get(NEXT_CHANGE_KEY)
    if generation is None or (next_change is not None and time.time() >= next_change):
        try:
            content_changed()  # its receivers ask the database for the next scheduled change
        except DatabaseError:
            if generation is None:
                raise
            # A scheduled article cannot be shown while the database is out anyway: until it
            # is back, readers keep getting the cached pages.
            logger.warning("Page cache: database unavailable, cached pages kept past their scheduled change")
        else:
            generation = cache.get(GENERATION_KEY)
    return State(generation, state.get(LISTINGS_VERSION_KEY, 0), state.get(PATH_VERSION_KEY + path, 0),
                 state.get(PATH_SCOPE_KEY + path))


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
        # An image nginx sends after Django's check (articles.public.media): the check must run
        # on every request, and its own Cache-Control must stay.
        and not response.has_header("X-Accel-Redirect")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


# Fragment name → a function returning its current HTML, or None to keep the HTML stored with
# the page (e.g. while the database is unavailable). Each is called at most once per hit, so
# it must be cheap: read from a cache, not the database.
live_fragments = {}


def live_fragment(name):
    """Register the function rendering the live fragment marked `<!--name-->…<!--/name-->`
    (a decorator; the owning app registers it in its AppConfig.ready())."""

    def register(render):
        live_fragments[name] = render
        return render

    return register


def with_live_fragments(content):
    """The cached page with each registered live fragment as it is now."""
    current = {}

    def replace(match):
        name = match.group(1).decode()
        if name not in current:
            render = live_fragments.get(name)
            current[name] = None if render is None else render()
        html = current[name]
        return match.group(0) if html is None else f"<!--{name}-->{html}<!--/{name}-->".encode()

    return LIVE_FRAGMENT.sub(replace, content)


def page_key(request, generation):
    # The scheme too: pages carry absolute URLs (canonical, og:url, feeds), so a page
    # rendered for http:// must never be served to an https:// reader.
    return (
        f"pagecache:page:{generation}:{request.scheme}://{request.get_host()}"
        f"{iri_to_uri(request.get_full_path())}"
    )


class PageCacheMiddleware:
    """Serve anonymous readers from the page cache; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_personal(request) or request.path in OPERATOR_PATHS:
            return self.get_response(request)
        if not settings.PAGE_CACHE_ENABLED:
            response = self.get_response(request)
            return add_public_cache_headers(response) if is_storable(response) else response

        state = current_state(request.path)
        key = page_key(request, state.version(state.scope))
        if state.scope is None:
            stored = cache.get(key)
        else:
            found = cache.get_many([key, SCOPE_VERSION_KEY + state.scope])
            stored, scope_version = found.get(key), found.get(SCOPE_VERSION_KEY + state.scope)
            if stored is not None and (scope_version is None or stored["scope_version"] != scope_version):
                stored = None
            request.page_cache_known_scope = (state.scope, scope_version)  # for scope_page()
        if stored is not None:
            response = HttpResponse(with_live_fragments(stored["content"]), headers=stored["headers"])
            # CommonMiddleware (inside this one) sets it on a miss. Without it gunicorn sends a
            # hit chunked, and nginx then serves its stored copy 40 ms late (delayed ACK).
            response["Content-Length"] = str(len(response.content))
            response["X-Page-Cache"] = "hit"
            HITS.inc()
            return add_public_cache_headers(response)

        response = self.get_response(request)
        if is_storable(response):
            scope, scope_version = getattr(request, "page_cache_scope", (None, None))
            if scope is None or scope_version is not None:
                headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
                copy = {"content": response.content, "headers": headers, "scope_version": scope_version}
                cache.set(page_key(request, state.version(scope)), copy, settings.PAGE_CACHE_SECONDS)
            if scope != state.scope:
                remember_scope(request.path, scope)
            response["X-Page-Cache"] = "miss"
            MISSES.inc()
            add_public_cache_headers(response)
        return response


def remember_scope(path, scope):
    path_key = PATH_SCOPE_KEY + iri_to_uri(path)
    if scope is None:
        cache.delete(path_key)
    else:
        cache.set(path_key, scope, SCOPE_SECONDS)


def add_public_cache_headers(response):
    """Let CDNs keep anonymous pages briefly and serve them stale while they revalidate.

    `Vary: Cookie` on hits and misses alike: with a session cookie the answer is a
    different, private page, so no cache may hand this one to a logged-in reader.
    A page that changes every few seconds (a running Liveticker) may set a shorter
    `s-maxage` and `stale-while-revalidate` itself; the shorter values win.
    """
    own = {name: int(value) for name, value in OWN_SHARED_LIMITS.findall(response.get("Cache-Control", ""))}
    patch_vary_headers(response, ("Cookie",))
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=min(settings.HTTP_CACHE_SECONDS, own.get("s-maxage", settings.HTTP_CACHE_SECONDS)),
        stale_while_revalidate=min(
            settings.HTTP_STALE_WHILE_REVALIDATE_SECONDS,
            own.get("stale-while-revalidate", settings.HTTP_STALE_WHILE_REVALIDATE_SECONDS),
        ),
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
