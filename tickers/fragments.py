"""The ticker as a live fragment: swapped into every page served from the page cache."""
from django.db import DatabaseError
from django.template.loader import render_to_string

from renewz import pagecache

from .models import Coin


@pagecache.live_fragment("ticker")
def current_ticker():
    """The ticker as it is now, or None while the database is unavailable (then a cached page
    keeps the ticker it was stored with)."""
    try:
        coins = Coin.objects.for_header()
    except DatabaseError:
        return None
    return render_to_string("tickers/ticker.html", {"ticker_coins": coins})
