"""What operators watch: `/health/` for the load balancer, `/metrics` for Prometheus."""
import re
import time

import pytest
from django.db import OperationalError
from django.test import Client

from renewz import health
from tests.factories import make_article
from tests.renewz.test_database_outage import bounded, connect_to, failing_database, frozen_backend  # noqa: F401 (fixtures)
from tests.renewz.test_redis_cache import free_port, redis_server, use_redis

pytestmark = pytest.mark.django_db


@pytest.fixture
def balancer():
    """The load balancer's probe: it reads the status and the JSON, never a traceback."""
    return Client(raise_request_exception=False)


def test_a_healthy_server_says_so_and_no_cache_keeps_the_answer(balancer, settings):
    settings.PAGE_CACHE_ENABLED = True
    response = balancer.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert not response.has_header("X-Page-Cache")


def test_with_the_database_down_the_server_answers_503_naming_it(balancer):
    with failing_database(OperationalError("server closed the connection unexpectedly")):
        response = balancer.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"database": "unavailable", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert "closed the connection" not in response.text  # what failed, not why


def test_a_hung_database_costs_the_probe_the_bound_once_then_nothing(balancer, monkeypatch, bounded, frozen_backend):
    hung = connect_to(frozen_backend)  # logs in, then never answers a query
    monkeypatch.setattr(health, "connection", hung)

    started = time.monotonic()
    response = balancer.get("/health/")
    assert time.monotonic() - started < 3.5, "0.5 s + 1 s grace, not gunicorn's 30 s"
    assert response.status_code == 503 and response.json()["database"] == "unavailable"

    started = time.monotonic()
    assert balancer.get("/health/").status_code == 503
    assert time.monotonic() - started < 0.5  # the circuit breaker: no second wait
    hung.close()


def test_with_redis_down_the_server_answers_503_naming_the_cache_within_a_second(balancer, settings):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there

    started = time.monotonic()
    response = balancer.get("/health/")

    assert time.monotonic() - started < 1
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable"}
    assert "127.0.0.1" not in response.text


def test_with_redis_up_the_cache_is_checked_in_redis(balancer, settings, tmp_path):
    with redis_server(tmp_path) as (url, _):
        use_redis(settings, url)
        assert balancer.get("/health/").json() == {"database": "ok", "cache": "ok"}


# ------------------------------------------------------------------------------ metrics


def sample(text, name, **labels):
    """The value of one sample in Prometheus's text format (0 if absent)."""
    wanted = ",".join(f'{key}="{value}"' for key, value in labels.items())
    pattern = rf"^{re.escape(name)}\{{{re.escape(wanted)}\}} (\S+)$" if labels else rf"^{re.escape(name)} (\S+)$"
    found = re.search(pattern, text, re.MULTILINE)
    return float(found[1]) if found else 0.0


@pytest.fixture
def prometheus(settings):
    """Prometheus's scraper, allowed by its token."""
    settings.METRICS_TOKEN = "test-only-metrics-token"
    scraper = Client(HTTP_AUTHORIZATION="Bearer test-only-metrics-token")

    def scrape():
        response = scraper.get("/metrics")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain; version=")
        assert "no-store" in response["Cache-Control"]
        return response.text

    return scrape


def test_a_readers_request_is_counted_with_its_status_and_latency(client, prometheus):
    article = make_article("Koalition einigt sich")
    before = prometheus()

    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get("/gibt-es-nicht/").status_code == 404

    after = prometheus()
    # 200: the article and the scrape before it (counted once answered); 404: the missing page.
    for status, more in (("200", 2), ("404", 1)):
        labels = {"method": "GET", "status": status}
        assert sample(after, "renewz_http_requests_total", **labels) == sample(before, "renewz_http_requests_total", **labels) + more, status
    latency = "renewz_http_request_duration_seconds_count"
    assert sample(after, latency) >= sample(before, latency) + 2


def test_page_cache_hits_and_misses_are_counted(client, prometheus, settings):
    settings.PAGE_CACHE_ENABLED = True
    make_article("Koalition einigt sich")
    before = prometheus()

    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert client.get("/")["X-Page-Cache"] == "hit"

    after = prometheus()
    hits = sample(after, "renewz_page_cache_lookups_total", result="hit") - sample(before, "renewz_page_cache_lookups_total", result="hit")
    misses = sample(after, "renewz_page_cache_lookups_total", result="miss") - sample(before, "renewz_page_cache_lookups_total", result="miss")
    assert (hits, misses) == (2, 1)
    # A hit never reaches a view, and is counted with its status all the same.
    ok = {"method": "GET", "status": "200"}
    assert sample(after, "renewz_http_requests_total", **ok) == sample(before, "renewz_http_requests_total", **ok) + 3 + 1  # and the scrape


def test_nobody_else_reads_the_metrics(settings):
    settings.METRICS_TOKEN = "test-only-metrics-token"
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8"]

    assert Client().get("/metrics").status_code == 403  # 127.0.0.1: what a proxy on the same box looks like
    assert Client(HTTP_AUTHORIZATION="Bearer wrong").get("/metrics").status_code == 403
    assert Client(REMOTE_ADDR="192.0.2.7").get("/metrics").status_code == 403
    assert Client(REMOTE_ADDR="10.1.2.3").get("/metrics").status_code == 200  # the monitoring network
    settings.METRICS_TOKEN = ""
    assert Client(HTTP_AUTHORIZATION="Bearer ").get("/metrics").status_code == 403  # no token set: none works


def test_without_any_setting_the_metrics_are_closed(client):
    response = client.get("/metrics")

    assert response.status_code == 403
    assert "renewz_http" not in response.text
