"""HTTP client for the CoinGecko-style `simple/price` API (standard library only)."""
import json
from http.client import HTTPException
from decimal import Decimal
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from django.conf import settings

# A real answer for a handful of coins is a few hundred bytes.
MAX_RESPONSE_BYTES = 1024 * 1024


class PriceAPIError(Exception):
    """The request as a whole failed: network, HTTP status, or a body that is not a JSON object."""


def price_url(api_ids):
    query = urlencode(
        {
            "ids": ",".join(api_ids),
            "vs_currencies": "eur",
            "include_24hr_change": "true",
            "include_last_updated_at": "true",
        },
        safe=",",
    )
    return f"{settings.TICKER_API_URL.rstrip('/')}/simple/price?{query}"


def fetch_prices(api_ids):
    """Return the decoded response object, keyed by API id.

    Numbers come back as Decimal (or int), never float, so prices stay exact;
    NaN/Infinity become Decimal too and are left for the caller to reject per coin.
    """
    url = price_url(api_ids)
    if not url.startswith(("https://", "http://")):
        raise PriceAPIError(f"TICKER_API_URL must be an http(s) URL, got {settings.TICKER_API_URL!r}")
    headers = {"Accept": "application/json", "User-Agent": "RENEWZ-Ticker/1.0"}
    if settings.TICKER_API_KEY:
        headers["x-cg-demo-api-key"] = settings.TICKER_API_KEY
    try:
        with urlopen(Request(url, headers=headers), timeout=settings.TICKER_API_TIMEOUT) as response:
            body = response.read(MAX_RESPONSE_BYTES + 1)
    except HTTPError as error:
        with error:
            reason = f"HTTP {error.code}"
            if error.code == 429:
                reason += " (rate limited"
                if retry_after := error.headers.get("Retry-After"):
                    reason += f", Retry-After: {retry_after}"
                reason += ")"
        raise PriceAPIError(reason) from error
    except (URLError, OSError, HTTPException) as error:
        # URLError wraps errors while connecting; TimeoutError (an OSError) and
        # HTTPException (e.g. IncompleteRead) come from a slow or broken response.
        detail = getattr(error, "reason", error)
        if isinstance(detail, TimeoutError) or isinstance(error, TimeoutError):
            raise PriceAPIError(f"timeout after {settings.TICKER_API_TIMEOUT} s") from error
        raise PriceAPIError(f"network error: {detail}") from error
    if len(body) > MAX_RESPONSE_BYTES:
        raise PriceAPIError("response too large")
    try:
        data = json.loads(body, parse_float=Decimal, parse_constant=Decimal)
    except ValueError as error:  # includes UnicodeDecodeError
        raise PriceAPIError(f"malformed JSON: {error}") from error
    if not isinstance(data, dict):
        raise PriceAPIError(f"expected a JSON object, got {type(data).__name__}")
    return data
