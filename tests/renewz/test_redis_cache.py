"""Production cache: Redis shared by all app servers; with Redis down, pages still work."""
import logging
import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A throwaway Redis server on 127.0.0.1 (Debian's redis-server; `make test` installs it)."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    server = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path_factory.mktemp("redis"))],
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
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


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
