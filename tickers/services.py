"""Refreshing the ticker: fetch, validate, and write only prices that make sense."""
import fcntl
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from .client import PriceAPIError, fetch_prices
from .models import Coin

logger = logging.getLogger("tickers")

MAX_PRICE_EUR = Decimal(10) ** 8
# Crypto moves a lot, but not by a factor of 10 between two refreshes; a jump
# like that is a broken upstream (e.g. BTC at 0.0001 €), not a market.
MAX_JUMP_FACTOR = Decimal(10)
MAX_CHANGE_PERCENT = Decimal(10) ** 6
PRICE_PLACES = Decimal("1e-8")
CHANGE_PLACES = Decimal("1e-4")


class InvalidQuote(ValueError):
    pass


class RefreshRunning(Exception):
    """Another refresh is still running; this one did nothing."""


@contextmanager
def refresh_lock():
    """Held while a refresh runs: a second one, in any process on this host, is refused.

    An flock on TICKER_LOCK_FILE: the kernel releases it when the holder exits, also when it
    is killed, so a crashed refresh never blocks the next one.
    """
    path = Path(settings.TICKER_LOCK_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RefreshRunning(str(path)) from None
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


@dataclass
class RefreshResult:
    updated: list = field(default_factory=list)  # Coin instances, as written
    failed: dict = field(default_factory=dict)  # symbol -> reason

    @property
    def ok(self):
        return not self.failed


def _number(value, what):
    # bool is an int in Python, and "87412.5" as a string is not a JSON number.
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidQuote(f"{what} ist keine JSON-Zahl: {value!r}")
    value = Decimal(value)
    if not value.is_finite():
        raise InvalidQuote(f"{what} ist keine endliche Zahl: {value}")
    return value


def validate_quote(coin, quote):
    """Return (price_eur, change_24h, quoted_at) for one coin's entry, or raise InvalidQuote."""
    if quote is None:
        raise InvalidQuote("fehlt in der Antwort")
    if not isinstance(quote, dict):
        raise InvalidQuote(f"Eintrag ist kein Objekt: {quote!r}")
    if "eur" not in quote:
        raise InvalidQuote("kein Euro-Preis ('eur')")

    price = _number(quote["eur"], "Preis")
    if price <= 0:
        raise InvalidQuote(f"Preis nicht positiv: {price}")
    if price >= MAX_PRICE_EUR:
        raise InvalidQuote(f"Preis über der Obergrenze von {MAX_PRICE_EUR} EUR: {price}")
    price = price.quantize(PRICE_PLACES)
    if price == 0:
        raise InvalidQuote("Preis rundet auf 0")
    if coin.price_eur:
        ratio = price / coin.price_eur
        if ratio > MAX_JUMP_FACTOR or ratio < 1 / MAX_JUMP_FACTOR:
            raise InvalidQuote(f"Preissprung von {coin.price_eur} auf {price} EUR")

    change = quote.get("eur_24h_change")
    if change is not None:
        change = _number(change, "24-h-Änderung")
        # The price cannot fall by 100 % or more and stay positive.
        if not -100 < change < MAX_CHANGE_PERCENT:
            raise InvalidQuote(f"24-h-Änderung außerhalb des Bereichs: {change}")
        change = change.quantize(CHANGE_PLACES)

    # Informational only, so a bad timestamp is dropped rather than failing the coin.
    quoted_at = None
    timestamp = quote.get("last_updated_at")
    if isinstance(timestamp, int) and not isinstance(timestamp, bool) and 0 < timestamp < 32503680000:
        quoted_at = datetime.fromtimestamp(timestamp, tz=UTC)

    return price, change, quoted_at


def tickers_refresh():
    """Fetch prices for all active coins and write those that validate.

    Coins that fail keep their last good values. Failures are logged to the
    "tickers" logger and listed in the result. The whole refresh ends within
    TICKER_REFRESH_DEADLINE seconds; raises RefreshRunning if another one is running.
    """
    deadline = time.monotonic() + settings.TICKER_REFRESH_DEADLINE
    with refresh_lock():
        return _refresh(deadline)


def _refresh(deadline):
    result = RefreshResult()
    coins = list(Coin.objects.active().order_by("position", "symbol"))
    if not coins:
        return result

    try:
        data = fetch_prices([coin.api_id for coin in coins], deadline=deadline)
    except PriceAPIError as error:
        logger.warning("Kursaktualisierung fehlgeschlagen, keine Kurse geschrieben: %s", error)
        result.failed = {coin.symbol: str(error) for coin in coins}
        return result

    now = timezone.now()
    for coin in coins:
        try:
            price, change, quoted_at = validate_quote(coin, data.get(coin.api_id))
        except InvalidQuote as error:
            logger.warning("Kurs %s (%s) nicht aktualisiert: %s", coin.symbol, coin.api_id, error)
            result.failed[coin.symbol] = str(error)
            continue
        coin.price_eur, coin.change_24h, coin.quoted_at, coin.updated_at = price, change, quoted_at, now
        # update_fields: never overwrite a concurrent admin edit of name/position.
        coin.save(update_fields=["price_eur", "change_24h", "quoted_at", "updated_at"])
        result.updated.append(coin)
    return result
