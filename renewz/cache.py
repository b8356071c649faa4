"""A Redis cache that degrades to "no cache" instead of failing the request.

With Redis down, readers get uncached pages (slower, correct) and the failure is
logged, rather than every page answering 500.
"""
import functools
import logging
import time

import redis
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# One warning per interval is enough for an outage that lasts minutes.
WARNING_INTERVAL_SECONDS = 30


def _tolerant(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except redis.RedisError as error:
                now = time.monotonic()
                if now - self._last_warning > WARNING_INTERVAL_SECONDS:
                    self._last_warning = now
                    logger.warning("Redis cache unavailable, serving without cache: %s", error)
                return default(*args, **kwargs) if callable(default) else default

        return wrapper

    return decorate


def _get_default(key, default=None, version=None):
    return default


class ResilientRedisCache(RedisCache):
    _last_warning = float("-inf")

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
