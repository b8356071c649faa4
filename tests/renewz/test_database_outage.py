"""A database that fails or hangs: readers get a German 503 page at once, cached pages stay up."""
import socket
import struct
import threading
import time
from decimal import Decimal

import pytest
from django.db import OperationalError, ProgrammingError, connection, connections
from django.db.utils import load_backend
from django.test import Client
from django.utils import timezone

from renewz import pagecache
from renewz.postgresql.base import bound_reader_waits
from tests.factories import make_article
from tickers.models import Coin

pytestmark = pytest.mark.django_db


def failing_database(error):
    def execute(execute, sql, params, many, context):
        raise error

    return connection.execute_wrapper(execute)


@pytest.fixture
def reader():
    """A reader's browser: the error page is what it gets, not a traceback."""
    return Client(raise_request_exception=False)


def test_reader_gets_a_german_503_with_retry_after_when_the_database_fails(reader):
    article = make_article("Koalition einigt sich")

    with failing_database(OperationalError("server closed the connection unexpectedly")):
        response = reader.get(article.get_absolute_url())

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "no-store"  # a CDN must not keep the error page
    assert "Vorübergehend nicht erreichbar" in response.text
    assert '<html lang="de">' in response.text


def test_a_bug_stays_a_500(reader):
    article = make_article("Koalition einigt sich")

    with failing_database(ProgrammingError("column does not exist")):
        response = reader.get(article.get_absolute_url())

    assert response.status_code == 500
    assert not response.has_header("Retry-After")
    assert "Technischer Fehler" in response.text


def test_cached_pages_are_served_while_the_database_fails(reader, settings):
    settings.PAGE_CACHE_ENABLED = True
    Coin.objects.create(symbol="BTC", name="Bitcoin", api_id="bitcoin", price_eur=Decimal("87412.5"),
                        updated_at=timezone.now())
    make_article("Koalition einigt sich")
    assert reader.get("/")["X-Page-Cache"] == "miss"
    # What would make a hit ask the database: the ticker's rows expired, and a scheduled
    # change of the content is due.
    Coin.objects.forget_header()
    pagecache.cache.set(pagecache.NEXT_CHANGE_KEY, time.time() - 1, timeout=None)

    with failing_database(OperationalError("the database server did not answer")):
        response = reader.get("/")

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert "Koalition einigt sich" in response.text
    assert "87.412,50" in response.text  # the ticker as the page was stored with it


# ----------------------------------------------------------- a PostgreSQL server that hangs

SSL_REQUEST, GSSENC_REQUEST = 80877103, 80877104


class HungPostgres:
    """A stand-in for a frozen PostgreSQL server on 127.0.0.1.

    `answers_startup=False`: accepts connections and never says a word (a frozen postmaster:
    the kernel completes the TCP handshake). True: lets the client log in, then never answers
    a query (a frozen backend).
    """

    def __init__(self, answers_startup):
        self.answers_startup = answers_startup
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.startup_messages = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(conn)
            if self.answers_startup:
                threading.Thread(target=self._log_in, args=[conn], daemon=True).start()

    def _log_in(self, conn):
        try:
            while True:
                length, code = struct.unpack("!ii", conn.recv(8, socket.MSG_WAITALL))
                body = conn.recv(length - 8, socket.MSG_WAITALL) if length > 8 else b""
                if code in (SSL_REQUEST, GSSENC_REQUEST):
                    conn.sendall(b"N")
                    continue
                self.startup_messages.append(body)
                break
            parameters = {"server_version": "15.0", "TimeZone": "UTC", "client_encoding": "UTF8",
                          "integer_datetimes": "on", "standard_conforming_strings": "on", "DateStyle": "ISO, MDY"}
            reply = b"R" + struct.pack("!ii", 8, 0)
            for name, value in parameters.items():
                payload = name.encode() + b"\0" + value.encode() + b"\0"
                reply += b"S" + struct.pack("!i", 4 + len(payload)) + payload
            reply += b"K" + struct.pack("!iii", 12, 4242, 1) + b"Z" + struct.pack("!i", 5) + b"I"
            conn.sendall(reply)
        except (OSError, struct.error):
            pass  # the client gave up

    def close(self):
        self.listener.close()
        for conn in self.connections:
            conn.close()


@pytest.fixture
def bounded(settings):
    """The web process's bounds (renewz.wsgi), short for the test."""
    settings.DATABASE_STATEMENT_TIMEOUT = 0.5
    settings.DATABASE_RETRY_SECONDS = 1
    bound_reader_waits()
    yield
    bound_reader_waits(False)


def connect_to(server):
    settings_dict = connections.configure_settings({
        "default": {
            "ENGINE": "renewz.postgresql", "NAME": "renewz", "USER": "renewz", "HOST": "127.0.0.1",
            "PORT": server.port,
            "OPTIONS": {"connect_timeout": 2, "sslmode": "disable", "gssencmode": "disable"},
        }
    })["default"]
    return load_backend("renewz.postgresql").DatabaseWrapper(settings_dict, alias="hung")


@pytest.fixture
def frozen_postmaster():
    server = HungPostgres(answers_startup=False)
    yield server
    server.close()


@pytest.fixture
def frozen_backend():
    server = HungPostgres(answers_startup=True)
    yield server
    server.close()


def test_connecting_to_a_frozen_server_gives_up_after_the_connect_timeout(bounded, frozen_postmaster):
    database = connect_to(frozen_postmaster)

    started = time.monotonic()
    with pytest.raises(OperationalError):
        database.ensure_connection()

    assert time.monotonic() - started < 4, "connect_timeout (2 s), not libpq's default of minutes"
    assert len(frozen_postmaster.connections) == 1


def test_a_query_on_a_frozen_server_ends_after_the_bound_and_then_fails_at_once(bounded, frozen_backend):
    database = connect_to(frozen_backend)
    database.ensure_connection()
    # The server is told to cancel long statements itself; while it hangs, the client's bound acts.
    assert b"statement_timeout=500" in frozen_backend.startup_messages[0]

    started = time.monotonic()
    with pytest.raises(OperationalError):
        with database.cursor() as cursor:
            cursor.execute("SELECT 1")
    assert time.monotonic() - started < 3.5, "0.5 s + 1 s grace, not forever"

    # What Django does at the end of the request; the next reader is told at once.
    database.close()
    started = time.monotonic()
    with pytest.raises(OperationalError):
        database.ensure_connection()
    assert time.monotonic() - started < 0.1
    assert len(frozen_backend.connections) == 1, "no new connection while the database counts as down"

    time.sleep(1.1)  # DATABASE_RETRY_SECONDS
    database.ensure_connection()
    assert len(frozen_backend.connections) == 2, "one try after the interval"
    database.close()
