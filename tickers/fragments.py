"""The ticker as a live fragment: swapped into every page served from the page cache."""
from django.core.cache import cache
from django.db import DatabaseError
from django.template.loader import render_to_string
from django.utils import timezone

from renewz import pagecache

from .models import Coin, CoinQuerySet


@pagecache.live_fragment("ticker")
def current_ticker():
    """The ticker as it is now, or None while the database is unavailable (then a cached page
    keeps the ticker it was stored with).

    Rendered once per refresh of the coins, not on every page-cache hit: rendering was half
    the cost of a hit (bench/results/2026-12-02-instructions.md). The copy is kept no longer
    than the coins, and never past the moment a shown price turns stale, so hits grey it on time."""
    html = cache.get(CoinQuerySet.HEADER_HTML_CACHE_KEY)
    if html is None:
        try:
            coins = Coin.objects.for_header()
        except DatabaseError:
            return None
        html = render_to_string("tickers/ticker.html", {"ticker_coins": coins})
        cache.set(CoinQuerySet.HEADER_HTML_CACHE_KEY, html, seconds_unchanged(coins))
    return html


def seconds_unchanged(coins):
    """How long the rendered ticker stays right: until the coins' cache ends, or a fresh price
    turns stale, whichever comes first."""
    now = timezone.now()
    upcoming = [moment for coin in coins if (moment := coin.stale_at()) is not None and moment > now]
    seconds = min([(moment - now).total_seconds() for moment in upcoming], default=CoinQuerySet.HEADER_CACHE_SECONDS)
    return max(1, min(CoinQuerySet.HEADER_CACHE_SECONDS, int(seconds) + 1))
