"""Counting article views on the server: no cookie, no personal data, no database write in a
request's path.

What counts: a GET of an article page answered 200 (from the page cache or rendered) for a
reader without a session (the newsroom's own visits and previews are not counted), whose
browser is not a bot's by its User-Agent (crawlerdetect) and who is not merely prefetching.
What is kept: the article's slug and a number, in the cache; then views per article and hour
in the database (readership.models.ArticleViews). No cookie is set or read; no address,
User-Agent or anything else about the reader is stored.

The buffer is Django's default cache, in windows of settings.VIEW_FLUSH_SECONDS (one minute):
per window, one counter per article (`incr`) and a list of the articles that have one. The
first view in a window opens it and makes the window before it due; the process flushes due
windows once the response has been sent (`request_finished`), in one upsert per window. With
Redis, all processes share the windows; with the local-memory cache of the embedded default,
each process counts and flushes its own (the upsert adds, so they never overwrite each other).

What can be lost: the window being filled when the cache goes (a Redis restart; with local
memory, a restart of the process), i.e. at most one batch; a window left unflushed for a day
because nobody read anything afterwards (run `manage.py flush_article_views` by cron); views in
the instant a window is flushed; and the views of a window whose flush failed (database down).
"""
import hashlib
import logging
import threading
import time
from datetime import UTC, datetime

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError

logger = logging.getLogger(__name__)

PREFIX = "readership"
LATEST_WINDOW_KEY = f"{PREFIX}:latest-window"
# Unflushed windows are kept this long: a site read less than once a day flushes by cron.
KEEP_SECONDS = 24 * 60 * 60
MAX_USER_AGENT_LENGTH = 512

_due_windows = set()
_due_lock = threading.Lock()
_crawler_detect = CrawlerDetect()


# ------------------------------------------------------------------ who counts


def is_reader(request):
    """Not a bot by its User-Agent, and not a prefetch (the page may never be looked at)."""
    user_agent = request.headers.get("User-Agent", "")
    if "prefetch" in request.headers.get("Sec-Purpose", request.headers.get("Purpose", "")):
        return False
    return not is_bot(user_agent)


def is_bot(user_agent):
    """crawlerdetect's verdict (it remembers the last 1,024 User-Agents it was asked about).
    None at all, or one longer than any browser's (no long input for its regular
    expressions), is taken for a program."""
    if not user_agent or len(user_agent) > MAX_USER_AGENT_LENGTH:
        return True
    return _crawler_detect.is_crawler(user_agent)


# -------------------------------------------------------------------- the buffer


def current_window():
    return int(time.time() // settings.VIEW_FLUSH_SECONDS)


def window_hour(window):
    """The hour (UTC) a window's views belong to: windows never straddle an hour."""
    start = datetime.fromtimestamp(window * settings.VIEW_FLUSH_SECONDS, tz=UTC)
    return start.replace(minute=0, second=0, microsecond=0)


def counter_key(window, slug):
    # Slugs go up to 220 characters; a digest keeps every key short and of one shape.
    return f"{PREFIX}:{window}:views:{hashlib.blake2b(slug.encode(), digest_size=12).hexdigest()}"


def size_key(window):
    return f"{PREFIX}:{window}:size"


def slug_key(window, position):
    return f"{PREFIX}:{window}:article:{position}"


def count_view(slug):
    """Count one view of the article with this slug: one cache increment, usually."""
    window = current_window()
    counter = counter_key(window, slug)
    try:
        cache.incr(counter)
        return
    except ValueError:  # the article's first view in this window
        pass
    if not cache.add(counter, 1, KEEP_SECONDS):
        try:
            cache.incr(counter)  # another request created it meanwhile
        except ValueError:
            pass
        return
    cache.set(slug_key(window, list_position(window)), slug, KEEP_SECONDS)


def list_position(window):
    """The next place in the window's list of articles; the first opens the window."""
    if cache.add(size_key(window), 1, KEEP_SECONDS):
        open_window(window)
        return 1
    try:
        return cache.incr(size_key(window))
    except ValueError:  # the window was flushed in this instant
        return 0


def open_window(window):
    """The window before this one is complete: due for the flush."""
    previous = cache.get(LATEST_WINDOW_KEY)
    cache.set(LATEST_WINDOW_KEY, window, None)
    if previous is not None and previous < window:
        with _due_lock:
            _due_windows.add(previous)


# --------------------------------------------------------------------- the flush


def flush_due_windows(**kwargs):
    """Flush the windows this process found complete (connected to `request_finished`)."""
    if not _due_windows:
        return
    with _due_lock:
        windows = sorted(_due_windows)
        _due_windows.clear()
    for window in windows:
        flush_window(window)


def flush_complete_windows():
    """Flush the latest window if it is over (`manage.py flush_article_views`): for a site
    that nobody reads for a while, whose last window no later view would hand on."""
    latest = cache.get(LATEST_WINDOW_KEY)
    if latest is None or latest >= current_window():
        return 0
    return flush_window(latest)


def flush_window(window):
    """Write one window's views to the database, once (whoever claims it); the number written."""
    from .models import ArticleViews

    if not cache.add(f"{PREFIX}:{window}:flushing", 1, KEEP_SECONDS):
        return 0
    size = cache.get(size_key(window)) or 0
    slug_keys = [slug_key(window, position) for position in range(1, size + 1)]
    slugs = cache.get_many(slug_keys).values()
    slugs_by_counter = {counter_key(window, slug): slug for slug in slugs}
    counts = cache.get_many(list(slugs_by_counter))
    cache.delete_many([*slug_keys, *counts, size_key(window)])
    views = {slugs_by_counter[key]: count for key, count in counts.items()}
    if not views:
        return 0
    try:
        return ArticleViews.objects.add(window_hour(window), views)
    except DatabaseError as error:
        logger.warning("Article views of one batch lost (%s views): %s", sum(views.values()), error)
        return 0
