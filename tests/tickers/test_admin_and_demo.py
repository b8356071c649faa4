from decimal import Decimal

from django.urls import reverse

from tickers.demo import load_demo_coins
from tickers.models import Coin

from .utils import render_header, ticker_items

NBSP = "\u00a0"


def test_admin_list_shows_formatted_prices(admin_client, priced_coins):
    response = admin_client.get(reverse("admin:tickers_coin_changelist"))

    content = response.content.decode()
    assert response.status_code == 200
    assert f"86.950,25{NBSP}€" in content and f"+1,50{NBSP}%" in content
    assert "Stand" in content
    assert 'name="form-0-position"' in content and 'name="form-0-is_active"' in content


def test_admin_search(admin_client, priced_coins):
    response = admin_client.get(reverse("admin:tickers_coin_changelist"), {"q": "ethereum"})

    assert list(response.context["cl"].result_list) == [Coin.objects.get(symbol="ETH")]


def test_admin_edit_cannot_change_price_or_make_it_fresh(admin_client, priced_coins):
    btc = Coin.objects.get(symbol="BTC")
    url = reverse("admin:tickers_coin_change", args=[btc.pk])
    form = admin_client.get(url).content.decode()
    assert 'name="price_eur"' not in form and 'name="updated_at"' not in form

    response = admin_client.post(
        url,
        {
            "symbol": "BTC",
            "name": "Bitcoin (neu)",
            "api_id": "bitcoin",
            "position": "5",
            "is_active": "on",
            "price_eur": "1",  # ignored: read-only
            "updated_at": "2099-01-01 00:00",
        },
    )

    assert response.status_code == 302
    after = Coin.objects.get(pk=btc.pk)
    assert after.name == "Bitcoin (neu)" and after.position == 5
    assert (after.price_eur, after.change_24h, after.updated_at) == (btc.price_eur, btc.change_24h, btc.updated_at)


def test_admin_add_coin_has_no_price_until_refresh(admin_client, db):
    response = admin_client.post(
        reverse("admin:tickers_coin_add"),
        {"symbol": "DOGE", "name": "Dogecoin", "api_id": "dogecoin", "position": "4", "is_active": "on"},
    )

    assert response.status_code == 302
    doge = Coin.objects.get(symbol="DOGE")
    assert doge.price_eur is None and doge.updated_at is None
    assert "DOGE" not in render_header()


def test_admin_rejects_bad_api_id(admin_client, db):
    response = admin_client.post(
        reverse("admin:tickers_coin_add"),
        {"symbol": "X", "name": "X", "api_id": "bit coin&x=1", "position": "1"},
    )

    assert response.status_code == 200
    assert not Coin.objects.exists()


def test_demo_coins_are_idempotent_and_keep_editor_choices(db):
    load_demo_coins()
    Coin.objects.filter(symbol="LTC").update(position=0, is_active=False)

    coins = load_demo_coins()

    assert [c.symbol for c in coins] == ["BTC", "ETH", "LTC"]
    assert Coin.objects.count() == 3
    ltc = Coin.objects.get(symbol="LTC")
    assert (ltc.position, ltc.is_active) == (0, False)
    btc = Coin.objects.get(symbol="BTC")
    assert (btc.name, btc.api_id, btc.price_eur) == ("Bitcoin", "bitcoin", Decimal("87412.50"))
    items = ticker_items(render_header())
    assert list(items) == ["BTC", "ETH"]
    assert f"87.412,50{NBSP}€" in items["BTC"][1] and "is-stale" not in items["BTC"][0]
