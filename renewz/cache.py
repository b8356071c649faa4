"""A Redis cache that degrades to "no cache" instead of failing or slowing the request.

With Redis down, readers get uncached pages (slower, correct) and the failure is
logged, rather than every page answering 500. A circuit breaker keeps a dead or hung
Redis from costing a socket timeout on every cache call (a page makes about nine):
after one failure this process skips Redis for REDIS_RETRY_SECONDS, then one call
tries again.
"""
import functools
import logging

import redis
from circuitbreaker import CircuitBreaker
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# Per process and server, not per cache object: Django makes one cache object per thread.
_breakers = {}


def _tolerant(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            breaker = self.breaker
            if breaker.opened:
                return default(*args, **kwargs) if callable(default) else default
            try:
                with breaker:
                    return method(self, *args, **kwargs)
            except redis.RedisError as error:
                # The breaker is open now: this happens at most once per interval.
                logger.warning(
                    "Redis cache unavailable, serving without cache for %s s: %s", settings.REDIS_RETRY_SECONDS, error
                )
                return default(*args, **kwargs) if callable(default) else default

        return wrapper

    return decorate


def is_shared(alias="default"):
    """Whether every process sees the same cache (Redis), so deleting a key reaches them all;
    a per-process cache (local memory) learns of a change in this process only."""
    return not isinstance(caches[alias], LocMemCache)


def _get_default(key, default=None, version=None):
    return default


class ResilientRedisCache(RedisCache):
    @property
    def breaker(self):
        key = (tuple(self._servers), settings.REDIS_RETRY_SECONDS)
        if key not in _breakers:
            _breakers[key] = CircuitBreaker(
                failure_threshold=1,
                recovery_timeout=settings.REDIS_RETRY_SECONDS,
                expected_exception=redis.RedisError,
                name=f"redis {self._servers[0]}",
            )
        return _breakers[key]

    get = _tolerant(_get_default)(RedisCache.get)
    get_many = _tolerant({})(RedisCache.get_many)
    set = _tolerant(None)(RedisCache.set)
    set_many = _tolerant([])(RedisCache.set_many)
    add = _tolerant(False)(RedisCache.add)
    delete = _tolerant(False)(RedisCache.delete)
    delete_many = _tolerant(None)(RedisCache.delete_many)
    touch = _tolerant(False)(RedisCache.touch)
    has_key = _tolerant(False)(RedisCache.has_key)
    incr = _tolerant(None)(RedisCache.incr)
    clear = _tolerant(False)(RedisCache.clear)
