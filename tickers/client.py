"""HTTP client for the CoinGecko-style `simple/price` API (standard library only)."""
import json
import socket
import threading
import time
from decimal import Decimal
from http.client import HTTPException
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import HTTPHandler, HTTPSHandler, Request, build_opener

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


class _Deadline:
    """Cuts every connection made through it at one moment (time.monotonic()).

    A socket timeout bounds each read, not the whole answer: a server that sends a byte every
    few seconds never trips it. So when the deadline comes, the socket is shut down and the
    read in progress ends at once.
    """

    def __init__(self, at):
        self.at = at
        self.timers = []

    def remaining(self):
        return self.at - time.monotonic()

    @staticmethod
    def missed():
        return f"keine vollständige Antwort innerhalb der Frist von {settings.TICKER_REFRESH_DEADLINE} s"

    def watch(self, sock):
        timer = threading.Timer(max(0.0, self.remaining()), self._cut, [sock])
        timer.daemon = True
        timer.start()
        self.timers.append(timer)
        return sock

    @staticmethod
    def _cut(sock):
        try:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # below TLS, if any
        except OSError:
            pass  # already closed

    def opener(self):
        deadline = self

        class Watching:
            def do_open(self, http_class, request, **kwargs):
                class Connection(http_class):
                    def __init__(self, *args, **kwargs):
                        super().__init__(*args, **kwargs)
                        connect = self._create_connection
                        # Right after the TCP connect, so that a slow TLS handshake is cut too.
                        self._create_connection = lambda *a, **kw: deadline.watch(connect(*a, **kw))

                return super().do_open(Connection, request, **kwargs)

        class Http(Watching, HTTPHandler):
            pass

        class Https(Watching, HTTPSHandler):
            pass

        return build_opener(Http(), Https())

    def stop(self):
        for timer in self.timers:
            timer.cancel()


def fetch_prices(api_ids, deadline=None):
    """Return the decoded response object, keyed by API id.

    Numbers come back as Decimal (or int), never float, so prices stay exact;
    NaN/Infinity become Decimal too and are left for the caller to reject per coin.
    `deadline` (time.monotonic()) ends the whole request, however slowly the server answers;
    by default TICKER_REFRESH_DEADLINE seconds from now.
    """
    url = price_url(api_ids)
    if not url.startswith(("https://", "http://")):
        raise PriceAPIError(f"TICKER_API_URL must be an http(s) URL, got {settings.TICKER_API_URL!r}")
    headers = {"Accept": "application/json", "User-Agent": "RENEWZ-Ticker/1.0"}
    if settings.TICKER_API_KEY:
        headers["x-cg-demo-api-key"] = settings.TICKER_API_KEY
    deadline = _Deadline(time.monotonic() + settings.TICKER_REFRESH_DEADLINE if deadline is None else deadline)
    if deadline.remaining() <= 0:
        raise PriceAPIError(deadline.missed())
    timeout = min(settings.TICKER_API_TIMEOUT, deadline.remaining())
    try:
        with deadline.opener().open(Request(url, headers=headers), timeout=timeout) as response:
            body = response.read(MAX_RESPONSE_BYTES + 1)
        if deadline.remaining() <= 0:  # the cut socket ends a read early, without an error
            raise PriceAPIError(deadline.missed())
    except HTTPError as error:
        with error:
            reason = f"HTTP {error.code}"
            if error.code == 429:
                reason += " (Anfragelimit erreicht"
                if retry_after := error.headers.get("Retry-After"):
                    reason += f", Retry-After: {retry_after}"
                reason += ")"
        raise PriceAPIError(reason) from error
    except (URLError, OSError, HTTPException) as error:
        # URLError wraps errors while connecting; TimeoutError (an OSError) and
        # HTTPException (e.g. IncompleteRead) come from a slow or broken response.
        if deadline.remaining() <= 0:
            raise PriceAPIError(deadline.missed()) from error
        detail = getattr(error, "reason", error)
        if isinstance(detail, TimeoutError) or isinstance(error, TimeoutError):
            raise PriceAPIError(f"Zeitüberschreitung nach {settings.TICKER_API_TIMEOUT} s") from error
        raise PriceAPIError(f"Netzwerkfehler: {detail}") from error
    finally:
        deadline.stop()
    if len(body) > MAX_RESPONSE_BYTES:
        raise PriceAPIError("Antwort zu groß")
    try:
        data = json.loads(body, parse_float=Decimal, parse_constant=Decimal)
    except ValueError as error:  # includes UnicodeDecodeError
        raise PriceAPIError(f"ungültiges JSON: {error}") from error
    if not isinstance(data, dict):
        raise PriceAPIError(f"JSON-Objekt erwartet, erhalten: {type(data).__name__}")
    return data
