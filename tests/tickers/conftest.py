import threading
from datetime import timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from django.utils import timezone

from tickers.models import Coin

from .utils import recorded

# Last good prices in the DB before a refresh; deliberately different from ok.json.
LAST_GOOD = {
    "BTC": (Decimal("86950.25"), Decimal("1.5")),
    "ETH": (Decimal("2840.00"), Decimal("-0.8")),
    "LTC": (Decimal("73.10"), Decimal("0.2")),
}


class FakePriceAPI:
    """What the local server answers; tests change it before refreshing."""

    def __init__(self):
        self.requests = []
        self.release = threading.Event()
        self.respond(recorded("ok.json"))

    def respond(self, body, status=200, headers=None, delay=0, content_type="application/json", drip=None):
        """`drip`: seconds between single bytes, from the status line on ("headers") or of the body ("body")."""
        self.body = body.encode() if isinstance(body, str) else body
        self.status = status
        self.headers = {"Content-Type": content_type, **(headers or {})}
        self.delay = delay
        self.drip = drip

    def drip_every(self, seconds, what="body"):
        self.respond(recorded("ok.json"), drip=(seconds, what))


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # so server_close() waits for handler threads


@pytest.fixture
def price_api(settings):
    """A local stand-in for the price API on 127.0.0.1, stopped after the test."""
    api = FakePriceAPI()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            api.requests.append(SimpleNamespace(path=self.path, headers=self.headers))
            if api.delay:
                api.release.wait(api.delay)  # cut short at teardown
            if api.drip:
                return self.drip(*api.drip)
            try:
                self.send_response(api.status)
                for name, value in api.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(api.body)))
                self.end_headers()
                self.wfile.write(api.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

        def drip(self, seconds, what):
            head = f"HTTP/1.1 {api.status} OK\r\nContent-Length: {len(api.body)}\r\n".encode()
            head += "".join(f"{name}: {value}\r\n" for name, value in api.headers.items()).encode() + b"\r\n"
            try:
                if what == "body":
                    self.wfile.write(head)
                    head = b""
                for byte in head + api.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    if api.release.wait(seconds):  # cut short at teardown
                        return
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (deadline test)

        def log_message(self, format, *args):
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    settings.TICKER_API_URL = f"http://127.0.0.1:{server.server_port}/api/v3"
    settings.TICKER_API_KEY = ""
    settings.TICKER_API_TIMEOUT = 2.0
    try:
        yield api
    finally:
        api.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def refresh_lock_file(settings, tmp_path):
    settings.TICKER_LOCK_FILE = tmp_path / "refresh_tickers.lock"
    return settings.TICKER_LOCK_FILE


@pytest.fixture
def coins(db):
    """BTC, ETH, LTC as an editor creates them: no price until the first refresh."""
    return [
        Coin.objects.create(symbol="BTC", name="Bitcoin", api_id="bitcoin", position=1),
        Coin.objects.create(symbol="ETH", name="Ethereum", api_id="ethereum", position=2),
        Coin.objects.create(symbol="LTC", name="Litecoin", api_id="litecoin", position=3),
    ]


@pytest.fixture
def priced_coins(coins):
    """The three coins with last good prices from a refresh two minutes ago."""
    updated_at = timezone.now() - timedelta(minutes=2)
    for coin in coins:
        coin.price_eur, coin.change_24h = LAST_GOOD[coin.symbol]
        coin.updated_at = updated_at
        coin.save()
    return coins
