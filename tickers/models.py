from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone


class CoinQuerySet(models.QuerySet):
    HEADER_CACHE_KEY = "tickers:header"
    # The ticker's rendered HTML (tickers.fragments), kept and forgotten with the coins.
    HEADER_HTML_CACHE_KEY = "tickers:header-html"
    # Short on purpose: with a per-process cache (locmem) the refresh command
    # cannot invalidate the web workers' copies, so this bounds how long they
    # show an older price.
    HEADER_CACHE_SECONDS = 60

    def active(self):
        return self.filter(is_active=True)

    def for_header(self):
        """Active coins that have a price, in menu order; from cache when possible."""
        coins = cache.get(self.HEADER_CACHE_KEY)
        if coins is None:
            coins = list(self.active().filter(price_eur__isnull=False).order_by("position", "symbol"))
            cache.set(self.HEADER_CACHE_KEY, coins, self.HEADER_CACHE_SECONDS)
        return coins

    def forget_header(self):
        cache.delete_many([self.HEADER_CACHE_KEY, self.HEADER_HTML_CACHE_KEY])

    # Bulk changes (e.g. the admin's "delete selected") bypass Coin.save/delete.
    def update(self, **kwargs):
        result = super().update(**kwargs)
        self.forget_header()
        return result

    update.alters_data = True

    def delete(self):
        result = super().delete()
        self.forget_header()
        return result

    delete.alters_data = True
    delete.queryset_only = True  # as in QuerySet: no Coin.objects.delete()


class Coin(models.Model):
    symbol = models.CharField("Kürzel", max_length=12, unique=True, help_text="z. B. „BTC“")
    name = models.CharField("Name", max_length=60, help_text="z. B. „Bitcoin“")
    api_id = models.CharField(
        "ID beim Kursdienst",
        max_length=80,
        unique=True,
        validators=[RegexValidator(r"^[a-z0-9-]+$", "Nur Kleinbuchstaben, Ziffern und Bindestriche.")],
        help_text="Die ID des Kursdienstes, z. B. „bitcoin“",
    )
    price_eur = models.DecimalField("Kurs (EUR)", max_digits=20, decimal_places=8, null=True, blank=True)
    change_24h = models.DecimalField(
        "Änderung 24 h (%)", max_digits=12, decimal_places=4, null=True, blank=True
    )
    position = models.PositiveSmallIntegerField("Position", default=100)
    is_active = models.BooleanField("aktiv", default=True, help_text="Nur aktive Kurse erscheinen im Seitenkopf.")
    # Written only by the refresh (never auto_now), so editing a coin in the
    # admin cannot make an old price look fresh.
    updated_at = models.DateTimeField("Stand", null=True, blank=True)
    quoted_at = models.DateTimeField("Zeitstempel des Kursdienstes", null=True, blank=True)

    objects = CoinQuerySet.as_manager()

    class Meta:
        ordering = ["position", "symbol"]
        verbose_name = "Kurs"
        verbose_name_plural = "Kurse"

    def __str__(self):
        return f"{self.symbol} ({self.name})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        Coin.objects.forget_header()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        Coin.objects.forget_header()
        return result

    @property
    def is_stale(self):
        """True when the price is older than TICKER_STALE_AFTER_MINUTES or was never refreshed."""
        stale_at = self.stale_at()
        return stale_at is None or timezone.now() > stale_at

    def stale_at(self):
        """When the price turns stale (None: it has never been refreshed)."""
        if self.updated_at is None:
            return None
        return self.updated_at + timedelta(minutes=settings.TICKER_STALE_AFTER_MINUTES)
