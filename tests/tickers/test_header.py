"""The header fragment: what readers see and hear, staleness, and what it costs."""
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

from tickers.context_processors import ticker
from tickers.models import Coin

from .utils import render_header, ticker_items

NBSP = "\u00a0"


@pytest.fixture
def frozen_now():
    """Freeze django.utils.timezone.now (used for staleness and for "today")."""

    patchers = []

    def freeze(moment):
        patchers.append(mock.patch("django.utils.timezone.now", return_value=moment))
        patchers[-1].start()
        return moment

    yield freeze
    for patcher in reversed(patchers):
        patcher.stop()


def set_updated(symbol, updated_at):
    coin = Coin.objects.get(symbol=symbol)
    coin.updated_at = updated_at
    coin.save()


def test_markup_for_readers_and_screen_readers(priced_coins):
    html = render_header()

    assert '<ul class="ticker" aria-label="Kryptokurse">' in html
    assert list(ticker_items(html)) == ["BTC", "ETH", "LTC"]
    classes, inner = ticker_items(html)["BTC"]
    assert classes == ["ticker__item"]
    assert '<abbr class="ticker__symbol" title="Bitcoin">BTC</abbr>' in inner
    assert f'<span class="ticker__price">86.950,25{NBSP}€</span>' in inner
    assert f'<span class="ticker__change is-up">+1,50{NBSP}%</span>' in inner
    assert '<span class="ticker__sr">Bitcoin 86.950,25 Euro, plus 1,50 Prozent</span>' in inner
    assert '<span class="ticker__visual" aria-hidden="true">' in inner
    eth = ticker_items(html)["ETH"][1]
    assert f'<span class="ticker__change is-down">−0,80{NBSP}%</span>' in eth
    assert "Ethereum 2.840,00 Euro, minus 0,80 Prozent" in eth


def test_flat_change(priced_coins):
    Coin.objects.filter(symbol="LTC").update(change_24h=Decimal("-0.004"))

    inner = ticker_items(render_header())["LTC"][1]

    assert f'<span class="ticker__change is-flat">0,00{NBSP}%</span>' in inner
    assert "Litecoin 73,10 Euro, 0,00 Prozent" in inner


def test_coins_without_price_and_inactive_coins_are_not_shown(priced_coins):
    Coin.objects.create(symbol="DOGE", name="Dogecoin", api_id="dogecoin")
    Coin.objects.filter(symbol="ETH").update(is_active=False)

    assert list(ticker_items(render_header())) == ["BTC", "LTC"]


def test_no_coins_renders_nothing(db):
    assert render_header().strip() == ""


def test_order_follows_position(priced_coins):
    Coin.objects.filter(symbol="LTC").update(position=0)

    assert list(ticker_items(render_header())) == ["LTC", "BTC", "ETH"]


def test_fresh_price_shows_no_stand(priced_coins, settings, frozen_now):
    settings.TICKER_STALE_AFTER_MINUTES = 15
    now = frozen_now(datetime(2025, 11, 24, 15, 0, tzinfo=UTC))
    set_updated("BTC", now - timedelta(minutes=15))  # exactly at the limit: still fresh

    classes, inner = ticker_items(render_header())["BTC"]

    assert "is-stale" not in classes
    assert "Stand:" not in inner


@pytest.mark.parametrize(
    "now, updated_at, label",
    [
        # 16:00 in Berlin (CET); price from 14:05 the same day
        (datetime(2025, 11, 24, 15, 0, tzinfo=UTC), datetime(2025, 11, 24, 13, 5, tzinfo=UTC), "Stand: 14:05"),
        # 15 minutes and one second old
        (datetime(2025, 11, 24, 15, 0, tzinfo=UTC), datetime(2025, 11, 24, 14, 44, 59, tzinfo=UTC), "Stand: 15:44"),
        # the day before
        (datetime(2025, 11, 24, 15, 0, tzinfo=UTC), datetime(2025, 11, 23, 13, 5, tzinfo=UTC), "Stand: 23.11., 14:05"),
        # summer time (CEST, UTC+2)
        (datetime(2025, 7, 1, 12, 30, tzinfo=UTC), datetime(2025, 7, 1, 12, 0, tzinfo=UTC), "Stand: 14:00"),
        # "today" is the Berlin date: 00:30 on the 25th locally, still the 24th in UTC
        (datetime(2025, 11, 24, 23, 30, tzinfo=UTC), datetime(2025, 11, 24, 23, 0, tzinfo=UTC), "Stand: 00:00"),
        (datetime(2025, 11, 24, 23, 30, tzinfo=UTC), datetime(2025, 11, 24, 22, 50, tzinfo=UTC), "Stand: 24.11., 23:50"),
        # last year
        (datetime(2026, 1, 2, 9, 0, tzinfo=UTC), datetime(2025, 12, 31, 13, 5, tzinfo=UTC), "Stand: 31.12.2025, 14:05"),
    ],
)
def test_stale_price_is_greyed_and_dated(priced_coins, settings, frozen_now, now, updated_at, label):
    settings.TICKER_STALE_AFTER_MINUTES = 15
    frozen_now(now)
    Coin.objects.update(updated_at=now - timedelta(minutes=1))
    set_updated("BTC", updated_at)

    items = ticker_items(render_header())

    classes, inner = items["BTC"]
    assert "is-stale" in classes
    assert f'<span class="ticker__as-of">{label}</span>' in inner
    assert "is-stale" not in items["ETH"][0] and "Stand:" not in items["ETH"][1]


def test_price_never_refreshed_is_stale(priced_coins):
    Coin.objects.filter(symbol="ETH").update(updated_at=None)

    classes, inner = ticker_items(render_header())["ETH"]

    assert "is-stale" in classes
    assert "Stand: unbekannt" in inner


def test_staleness_is_decided_when_rendering_not_when_caching(priced_coins, settings, frozen_now):
    settings.TICKER_STALE_AFTER_MINUTES = 15
    render_header()  # caches the coins while they are fresh
    frozen_now(timezone.now() + timedelta(minutes=20))

    assert "is-stale" in ticker_items(render_header())["BTC"][0]


def test_header_costs_one_query_cold_and_none_warm(priced_coins, django_assert_num_queries):
    request = RequestFactory().get("/")

    with django_assert_num_queries(1):
        cold = render_to_string("tickers/ticker.html", ticker(request))
    with django_assert_num_queries(0):
        warm = render_to_string("tickers/ticker.html", ticker(request))

    assert f"86.950,25{NBSP}€" in cold
    assert warm == cold


def test_saving_or_deleting_a_coin_updates_the_cached_header(priced_coins):
    render_header()
    btc = Coin.objects.get(symbol="BTC")
    btc.name = "Bitcoin (BTC)"
    btc.save()
    assert 'title="Bitcoin (BTC)"' in render_header()

    btc.delete()
    assert "BTC" not in ticker_items(render_header())

    Coin.objects.filter(symbol="ETH").delete()
    assert list(ticker_items(render_header())) == ["LTC"]
