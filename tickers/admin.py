from django.contrib import admin

from .models import Coin
from .templatetags.ticker_format import euro, signed_percent


@admin.register(Coin)
class CoinAdmin(admin.ModelAdmin):
    list_display = ("symbol", "name", "price", "change", "updated_at", "is_active", "position")
    list_display_links = ("symbol", "name")
    list_editable = ("position", "is_active")
    list_filter = ("is_active",)
    search_fields = ("symbol", "name", "api_id")
    ordering = ("position", "symbol")
    fields = ("symbol", "name", "api_id", "position", "is_active", "price", "change", "updated_at", "quoted_at")
    # Only the refresh (refresh_tickers) writes prices.
    readonly_fields = ("price", "change", "updated_at", "quoted_at")

    @admin.display(description="Kurs", ordering="price_eur")
    def price(self, coin):
        return euro(coin.price_eur) or self.get_empty_value_display()  # a new coin's form said „None“

    @admin.display(description="Änderung 24 h", ordering="change_24h")
    def change(self, coin):
        return signed_percent(coin.change_24h) or self.get_empty_value_display()
