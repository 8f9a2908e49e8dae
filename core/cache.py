"""A Redis cache the site survives. Wagtail keeps its site root paths and renditions in the
default cache and the site keeps its parts there (core/site_cache.py): with Django's own Redis
backend, a refused or hung Redis makes every page a 500.

Here, when Redis refuses, hangs (past OPTIONS' socket timeouts) or fails, a call answers as an
empty cache would (a miss, nothing stored), the fault is logged once, and for `retry_after`
seconds no call in this process waits on Redis at all: pages are built from the database. The
public forms' rate limit (core/protection.py) then lets submissions through, the honeypot still
applying: a message about a child is never refused because a counter is out of reach.

django-redis's IGNORE_EXCEPTIONS answers misses the same way but asks Redis again on every call,
so a hung server costs its timeout many times a page; hence this small subclass of Django's own
backend rather than another dependency.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# When a server failed, per location: shared by the threads of a process.
_down_until = {}


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("retry_after", 10))
        super().__init__(server, {**params, "OPTIONS": options})
        self.where = server if isinstance(server, str) else ",".join(server)

    def _guarded(self, call, fallback, *args, **kwargs):
        if time.monotonic() < _down_until.get(self.where, 0):
            return fallback
        try:
            return call(*args, **kwargs)
        except (RedisError, OSError) as error:
            _down_until[self.where] = time.monotonic() + self.retry_after
            logger.error(
                "The cache at %s failed (%s): the site goes on without it for %ss.",
                self.where,
                error.__class__.__name__,
                self.retry_after,
            )
            return fallback

    def get(self, key, default=None, version=None):
        return self._guarded(super().get, default, key, default, version)

    def get_many(self, keys, version=None):
        return self._guarded(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(super().has_key, False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().add, False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().set, None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().set_many, list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().touch, False, key, timeout, version)

    def incr(self, key, delta=1, version=None):
        # Unreachable is not "missing" (Django's ValueError): the caller's count is simply lost.
        return self._guarded(super().incr, None, key, delta, version)

    def delete(self, key, version=None):
        return self._guarded(super().delete, False, key, version)

    def delete_many(self, keys, version=None):
        return self._guarded(super().delete_many, None, keys, version)

    def clear(self):
        return self._guarded(super().clear, False)
