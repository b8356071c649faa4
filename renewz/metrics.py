"""`/metrics` for Prometheus: requests by method and status, their latency, and the page cache's
hits and misses (renewz.pagecache), in Prometheus's text format (prometheus_client).

The middleware sits outermost (settings.MIDDLEWARE), so page-cache hits are counted and timed
too. It makes two updates per request, not django-prometheus's dozen: measured with
bench/instructions.py, django-prometheus's middlewares added 0.7–0.9 M instructions to a page-cache
hit of 2.0–2.3 M (+29–43 %), this one 0.04 M (bench/results/2026-12-02-metrics-instructions.md).

Readers never get it: a scraper must send `Authorization: Bearer <RENEWZ_METRICS_TOKEN>` or come
from an address in RENEWZ_METRICS_ALLOWED_IPS (empty by default: behind a proxy on the same box
every request comes from 127.0.0.1). With several gunicorn workers, PROMETHEUS_MULTIPROC_DIR makes
the figures those of all workers together (renewz.gunicorn_conf).
"""
import hmac
import ipaddress
import os
import time

import prometheus_client
from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.cache import never_cache
from prometheus_client import Counter, Histogram, multiprocess

REQUESTS = Counter("renewz_http_requests_total", "HTTP requests by method and response status", ["method", "status"])
LATENCY = Histogram(
    "renewz_http_request_duration_seconds",
    "Time from the request entering Django to its response leaving it",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}  # any other counts as "other"
_counters = {}  # (method, status) → its child: labels() takes a lock on every call


class RequestMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        LATENCY.observe(time.perf_counter() - started)
        key = (request.method if request.method in METHODS else "other", response.status_code)
        counter = _counters.get(key)
        if counter is None:
            counter = _counters[key] = REQUESTS.labels(method=key[0], status=str(key[1]))
        counter.inc()
        return response


def is_allowed(request):
    token = settings.METRICS_TOKEN
    if token and hmac.compare_digest(request.headers.get("Authorization", "").encode(), f"Bearer {token}".encode()):
        return True
    try:
        client = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(client in ipaddress.ip_network(allowed, strict=False) for allowed in settings.METRICS_ALLOWED_IPS)


@never_cache
def metrics(request):
    if not is_allowed(request):
        return HttpResponseForbidden("Kein Zugriff.", content_type="text/plain; charset=utf-8")
    registry = prometheus_client.REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = prometheus_client.CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return HttpResponse(prometheus_client.generate_latest(registry), content_type=prometheus_client.CONTENT_TYPE_LATEST)
