"""For load balancers and monitoring: `/health/` answers whether this app server can reach the
database and the cache, without being cached anywhere (README „Production“ → „Health and metrics“).

Both checks are bounded by the outage settings: PostgreSQL by renewz.postgresql's waits and
circuit breaker, Redis by its socket timeouts and renewz.cache's breaker. So a hung server costs
the check seconds at most, and the answer names what failed, never why (no hosts, no errors).
"""
import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("Health check: database unavailable: %s", error)
        return False
    return True


def cache_ok():
    # Our Redis cache answers an outage with silent misses: only a value read back proves it works.
    key, token = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, token, timeout=10)
    working = cache.get(key) == token
    cache.delete(key)
    if not working:
        logger.warning("Health check: cache unavailable")
    return working


@never_cache
def health(request):
    checks = {"database": database_ok(), "cache": cache_ok()}
    return JsonResponse(
        {name: "ok" if ok else "unavailable" for name, ok in checks.items()},
        status=200 if all(checks.values()) else 503,
    )
