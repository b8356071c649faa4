"""The refresh against a local stand-in for the price API: only good prices are ever written."""
import logging
import socket
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tickers.models import Coin
from tickers.services import tickers_refresh

from .conftest import LAST_GOOD
from .utils import ok_json, recorded, render_header, ticker_items

NBSP = "\u00a0"


def refresh_command():
    out = StringIO()
    call_command("refresh_tickers", stdout=out)
    return out.getvalue()


def failing_refresh_command():
    with pytest.raises(CommandError) as error:
        refresh_command()
    return str(error.value)


def db_state():
    return {c.symbol: (c.price_eur, c.change_24h, c.updated_at) for c in Coin.objects.all()}


def test_good_refresh_writes_exact_prices_and_shows_them(price_api, coins):
    before = timezone.now()

    output = refresh_command()

    assert "Aktualisiert: BTC, ETH, LTC" in output
    btc = Coin.objects.get(symbol="BTC")
    assert btc.price_eur == Decimal("87412.5")
    assert btc.change_24h == Decimal("2.1375")
    assert btc.quoted_at == datetime.fromtimestamp(1764000000, tz=UTC)
    assert before <= btc.updated_at <= timezone.now()
    assert Coin.objects.get(symbol="ETH").price_eur == Decimal("2861.07")

    html = render_header()
    assert f"87.412,50{NBSP}€" in html
    assert f"+2,14{NBSP}%" in html
    assert f"2.861,07{NBSP}€" in html and f"−1,40{NBSP}%" in html
    assert f"74,93{NBSP}€" in html and f"+0,05{NBSP}%" in html
    assert "is-stale" not in html and "Stand:" not in html


def test_request_asks_for_the_active_coins_in_eur(price_api, coins):
    Coin.objects.filter(symbol="LTC").update(is_active=False)

    tickers_refresh()

    (request,) = price_api.requests
    assert request.path == (
        "/api/v3/simple/price?ids=bitcoin,ethereum&vs_currencies=eur"
        "&include_24hr_change=true&include_last_updated_at=true"
    )
    assert "x-cg-demo-api-key" not in request.headers


def test_api_key_is_sent_when_set(price_api, coins, settings):
    settings.TICKER_API_KEY = "demo-key-123"

    tickers_refresh()

    assert price_api.requests[0].headers["x-cg-demo-api-key"] == "demo-key-123"


def test_change_null_shows_price_without_change(price_api, priced_coins):
    price_api.respond(recorded("change-null.json"))

    refresh_command()  # a missing change is not a failure

    btc = Coin.objects.get(symbol="BTC")
    assert btc.price_eur == Decimal("87390.11") and btc.change_24h is None
    classes, inner = ticker_items(render_header())["BTC"]
    assert f"87.390,11{NBSP}€" in inner
    assert "%" not in inner and "Prozent" not in inner
    assert "is-stale" not in classes


# Whole-response failures: nothing may be written.
@pytest.mark.parametrize(
    "status, headers, body, content_type, reason",
    [
        (429, {"Retry-After": "120"}, recorded("rate-limited.json"), "application/json", "HTTP 429 (Anfragelimit erreicht, Retry-After: 120)"),
        (429, {}, recorded("rate-limited.json"), "application/json", "HTTP 429 (Anfragelimit erreicht)"),
        (500, {}, "<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html", "HTTP 500"),
        (502, {}, "<html><body>Bad Gateway</body></html>", "text/html", "HTTP 502"),
        (200, {}, "<html><body>Please log in</body></html>", "text/html", "ungültiges JSON"),
        (200, {}, recorded("ok.json")[:70], "application/json", "ungültiges JSON"),
        (200, {}, b"", "application/json", "ungültiges JSON"),
        (200, {}, b"[]", "application/json", "JSON-Objekt erwartet"),
    ],
    ids=["429-retry-after", "429", "500-html", "502-html", "200-html", "truncated", "empty", "array"],
)
def test_failed_response_keeps_last_good_prices(price_api, priced_coins, caplog, status, headers, body, content_type, reason):
    price_api.respond(body, status=status, headers=headers, content_type=content_type)
    before = db_state()

    with caplog.at_level(logging.WARNING, logger="tickers"):
        message = failing_refresh_command()

    assert db_state() == before
    assert reason in caplog.text
    assert reason in message and "BTC" in message and "LTC" in message
    html = render_header()
    assert f"86.950,25{NBSP}€" in html and f"2.840,00{NBSP}€" in html and f"73,10{NBSP}€" in html


# One bad coin: it keeps its last good price, the others are updated.
@pytest.mark.parametrize(
    "bitcoin, reason",
    [
        ({"eur": "87412.5"}, "Preis ist keine JSON-Zahl: '87412.5'"),
        ({"eur": None}, "Preis ist keine JSON-Zahl: None"),
        ({"eur": True}, "Preis ist keine JSON-Zahl: True"),
        ({"eur": -87412.5}, "Preis nicht positiv"),
        ({"eur": 0}, "Preis nicht positiv"),
        ({"eur": float("nan")}, "Preis ist keine endliche Zahl"),
        ({"eur": float("inf")}, "Preis ist keine endliche Zahl"),
        ({"eur": 0.0001}, "Preissprung von 86950.25000000 auf 0.00010000 EUR"),
        ({"eur": 10**12}, "Preis über der Obergrenze"),
        ({"eur": 10**6}, "Preissprung"),
        ({"eur": 87412.5, "eur_24h_change": "2.1"}, "24-h-Änderung ist keine JSON-Zahl"),
        ({"eur": 87412.5, "eur_24h_change": float("nan")}, "24-h-Änderung ist keine endliche Zahl"),
        ({"eur": 87412.5, "eur_24h_change": -150}, "24-h-Änderung außerhalb des Bereichs"),
        (87412.5, "Eintrag ist kein Objekt"),
    ],
    ids=[
        "price-string", "price-null", "price-bool", "negative", "zero", "nan", "infinity", "tiny",
        "1e12", "jump-x11", "change-string", "change-nan", "change-below-minus-100", "not-object",
    ],
)
def test_invalid_coin_keeps_last_good_price(price_api, priced_coins, caplog, bitcoin, reason):
    price_api.respond(ok_json(bitcoin=bitcoin))
    btc_before = db_state()["BTC"]

    with caplog.at_level(logging.WARNING, logger="tickers"):
        message = failing_refresh_command()

    assert db_state()["BTC"] == btc_before
    assert Coin.objects.get(symbol="ETH").price_eur == Decimal("2861.07")
    assert "BTC" in caplog.text and reason in caplog.text
    assert "BTC" in message and "ETH" not in message
    items = ticker_items(render_header())
    assert f"86.950,25{NBSP}€" in items["BTC"][1]
    assert f"2.861,07{NBSP}€" in items["ETH"][1]


def test_missing_price_key(price_api, priced_coins):
    price_api.respond(ok_json(bitcoin={"usd": 95000.0, "usd_24h_change": 1.0}))

    message = failing_refresh_command()

    assert "kein Euro-Preis ('eur')" in message
    assert Coin.objects.get(symbol="BTC").price_eur == LAST_GOOD["BTC"][0]


def test_missing_coin_is_reported_and_keeps_its_price(price_api, priced_coins, caplog):
    price_api.respond(recorded("missing-coin.json"))
    ltc_before = db_state()["LTC"]

    with caplog.at_level(logging.WARNING, logger="tickers"):
        message = failing_refresh_command()

    assert "LTC" in message and "fehlt in der Antwort" in message
    assert "Kurs LTC (litecoin) nicht aktualisiert: fehlt in der Antwort" in caplog.text
    assert db_state()["LTC"] == ltc_before
    assert Coin.objects.get(symbol="BTC").price_eur == Decimal("87401.0")
    assert f"73,10{NBSP}€" in ticker_items(render_header())["LTC"][1]


def test_slow_api_times_out_and_keeps_prices(price_api, priced_coins, settings, caplog):
    settings.TICKER_API_TIMEOUT = 0.5
    price_api.respond(recorded("ok.json"), delay=5)
    before = db_state()

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="tickers"):
        message = failing_refresh_command()

    assert time.monotonic() - started < 3
    assert "Zeitüberschreitung nach 0.5 s" in message and "Zeitüberschreitung" in caplog.text
    assert db_state() == before


def test_unreachable_api_is_a_failure(priced_coins, settings, caplog):
    with socket.socket() as probe:  # a port on which nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.TICKER_API_URL = f"http://127.0.0.1:{port}/api/v3"
    before = db_state()

    message = failing_refresh_command()

    assert "Netzwerkfehler" in message
    assert db_state() == before


def test_failure_after_good_refresh_keeps_showing_the_good_price(price_api, coins):
    refresh_command()
    good = db_state()
    price_api.respond("<html>503 Service Unavailable</html>", status=503, content_type="text/html")

    failing_refresh_command()

    assert db_state() == good
    html = render_header()
    assert f"87.412,50{NBSP}€" in html and f"+2,14{NBSP}%" in html


def test_refresh_updates_a_cached_header(price_api, priced_coins):
    assert f"86.950,25{NBSP}€" in render_header()  # header now cached

    refresh_command()

    assert f"87.412,50{NBSP}€" in render_header()


def test_price_within_factor_ten_is_accepted(price_api, priced_coins):
    # A big but possible move (here -60 %) is not mistaken for a broken upstream.
    price_api.respond(ok_json(bitcoin={"eur": 34780.1}))

    refresh_command()

    assert Coin.objects.get(symbol="BTC").price_eur == Decimal("34780.1")


def test_no_active_coins_is_not_an_error(price_api, coins):
    Coin.objects.update(is_active=False)

    assert "nichts zu aktualisieren" in refresh_command()
    assert price_api.requests == []


def test_stale_price_becomes_fresh_after_refresh(price_api, priced_coins):
    Coin.objects.update(updated_at=timezone.now() - timedelta(hours=3))
    assert "is-stale" in render_header()

    refresh_command()

    assert "is-stale" not in render_header()
