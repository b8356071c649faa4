"""Production cache: Redis shared by all app servers; with Redis down or hung, pages still work and stay fast."""
import contextlib
import logging
import shutil
import signal
import socket
import subprocess
import threading
import time

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from articles.models import BreakingNews
from articles.public import breaking_news as breaking_news_fragment
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def redis_server(folder):
    """A throwaway Redis server on 127.0.0.1 (Debian's redis-server; `make test` installs it)."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    server = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0", server
    finally:
        server.send_signal(signal.SIGCONT)  # in case a test froze it
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as (url, _):
        yield url


def use_redis(settings, url):
    settings.CACHES = {
        "default": {
            "BACKEND": "renewz.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "test",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


def test_page_cache_lives_in_redis_shared_by_app_servers(client, settings, redis_url):
    use_redis(settings, redis_url)
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    make_article("Aus dem Redis-Cache")
    assert client.get("/")["X-Page-Cache"] == "miss"
    # Another app server is another process with its own memory, but the same Redis.
    import redis

    keys = redis.Redis.from_url(redis_url).keys("test:*pagecache:page:*")
    assert keys, "the page is stored in Redis"
    response = client.get("/")
    assert response["X-Page-Cache"] == "hit" and "Aus dem Redis-Cache" in response.text


def test_with_redis_down_pages_are_served_uncached_and_it_is_logged(client, settings, caplog):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    settings.PAGE_CACHE_ENABLED = True
    make_article("Trotz Ausfall lesbar")
    with caplog.at_level(logging.WARNING, logger="renewz.cache"):
        for _ in range(2):
            response = client.get("/")
            assert response.status_code == 200
            assert "Trotz Ausfall lesbar" in response.text
            assert response["X-Page-Cache"] == "miss"
    assert "Redis cache unavailable" in caplog.text


class HungServer:
    """A server on 127.0.0.1 that accepts connections and never answers (a frozen Redis)."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return  # closed
            self.connections.append(connection)

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def hung_redis_url():
    server = HungServer()
    try:
        yield f"redis://127.0.0.1:{server.port}/0", server
    finally:
        server.close()


def test_a_hung_redis_costs_one_timeout_not_one_per_cache_call(client, settings, hung_redis_url, caplog):
    url, server = hung_redis_url
    use_redis(settings, url)
    settings.PAGE_CACHE_ENABLED = True
    make_article("Trotz hängendem Redis lesbar")

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="renewz.cache"):
        pages = [client.get("/") for _ in range(5)]
    elapsed = time.monotonic() - started

    assert [page.status_code for page in pages] == [200] * 5
    assert all("Trotz hängendem Redis lesbar" in page.text for page in pages)
    # Without the breaker each page waited 0.25 s for each of its cache calls (2.3 s a page).
    assert elapsed < 1.5, f"5 pages took {elapsed:.2f} s"
    assert len(server.connections) == 1, "Redis is asked once, then left alone for the interval"
    assert caplog.text.count("Redis cache unavailable") == 1


def test_a_frozen_redis_is_used_again_after_the_interval_once_it_is_back(client, settings, tmp_path):
    settings.REDIS_RETRY_SECONDS = 1
    settings.PAGE_CACHE_ENABLED = True
    make_article("Wieder im Cache")
    with redis_server(tmp_path) as (url, server):
        use_redis(settings, url)
        assert client.get("/")["X-Page-Cache"] == "miss"
        assert client.get("/")["X-Page-Cache"] == "hit"

        server.send_signal(signal.SIGSTOP)
        started = time.monotonic()
        frozen = [client.get("/") for _ in range(3)]
        assert time.monotonic() - started < 1.0, "one timeout (0.25 s), not one per cache call"
        assert [page.status_code for page in frozen] == [200] * 3
        assert all(page["X-Page-Cache"] == "miss" for page in frozen)

        server.send_signal(signal.SIGCONT)
        time.sleep(1.1)  # the interval
        assert client.get("/")["X-Page-Cache"] == "hit", "Redis is asked again, and still holds the page"


def test_with_redis_an_eilmeldung_on_cached_pages_needs_no_database_until_it_changes(
    client, settings, redis_url, monkeypatch, django_assert_num_queries
):
    """Every app server learns of a raised or lowered banner through Redis, so a page-cache hit
    never asks the database for it: while PostgreSQL hangs, cached pages still answer at once."""
    use_redis(settings, redis_url)
    settings.PAGE_CACHE_ENABLED = True
    monkeypatch.setattr(breaking_news_fragment, "BANNER_CACHE_SECONDS", 1)  # the per-process bound
    cache.clear()
    article = make_article("Kanzlerin tritt zurück")
    breaking_news = BreakingNews.objects.create(
        text="Kanzlerin tritt zurück", article=article, ends_at=timezone.now() + timedelta(hours=1)
    )
    client.get("/")
    time.sleep(1.2)  # Redis expires keys by its own clock
    with django_assert_num_queries(0):
        hit = client.get("/")
    assert hit["X-Page-Cache"] == "hit" and "Eilmeldung" in hit.text

    breaking_news.lower()
    with django_assert_num_queries(1):
        lowered = client.get("/")
    assert lowered["X-Page-Cache"] == "hit" and "Eilmeldung" not in lowered.text
    time.sleep(1.2)
    with django_assert_num_queries(0):
        assert "Eilmeldung" not in client.get("/").text


def test_with_a_per_process_cache_other_processes_see_a_lowered_banner_within_seconds(client, settings):
    """Local memory is one process's own: another app server cannot be told, so it asks the
    database again after a few seconds."""
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        BreakingNews.objects.create(text="Eilt sehr", ends_at=timezone.now() + timedelta(hours=1))
        assert "Eilt sehr" in client.get("/").text
        # Lowered by another process: this one's cached copy is not forgotten.
        BreakingNews.objects.update(lowered_at=timezone.now())
        assert "Eilt sehr" in client.get("/").text
        traveller.shift(timedelta(seconds=breaking_news_fragment.BANNER_CACHE_SECONDS + 1))
        assert "Eilt sehr" not in client.get("/").text
