"""`/metrics` for Prometheus: request counts, latencies and statuses (django-prometheus's
middlewares) and the page cache's hits and misses (renewz.pagecache), in Prometheus's text format.

Readers never get it: a scraper must send `Authorization: Bearer <RENEWZ_METRICS_TOKEN>` or come
from an address in RENEWZ_METRICS_ALLOWED_IPS (empty by default: behind a proxy on the same box
every request comes from 127.0.0.1). With several gunicorn workers, PROMETHEUS_MULTIPROC_DIR makes
the figures those of all workers together (README „Production“ → „Health and metrics“).
"""
import hmac
import ipaddress

from django.conf import settings
from django.http import HttpResponseForbidden
from django.views.decorators.cache import never_cache
from django_prometheus.exports import ExportToDjangoView


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
    return ExportToDjangoView(request)
