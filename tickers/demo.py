from decimal import Decimal

from django.utils import timezone

from .models import Coin

DEMO_COINS = [
    # symbol, name, api_id, price (EUR), 24 h change (%)
    ("BTC", "Bitcoin", "bitcoin", Decimal("87412.50"), Decimal("2.1375")),
    ("ETH", "Ethereum", "ethereum", Decimal("2861.07"), Decimal("-1.4021")),
    ("LTC", "Litecoin", "litecoin", Decimal("74.93"), Decimal("0.0518")),
]


def load_demo_coins():
    """Create or reset the three demo coins with fresh sample prices; safe to run repeatedly."""
    now = timezone.now()
    coins = []
    for position, (symbol, name, api_id, price, change) in enumerate(DEMO_COINS, start=1):
        values = {"name": name, "api_id": api_id, "price_eur": price, "change_24h": change, "updated_at": now, "quoted_at": now}
        coin, _ = Coin.objects.update_or_create(
            symbol=symbol,
            defaults=values,
            # Keep the editors' order and on/off choice on later runs.
            create_defaults={**values, "position": position * 10, "is_active": True},
        )
        coins.append(coin)
    return coins
