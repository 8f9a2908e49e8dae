"""/health/: whether this process can serve the site, for the front server and the process manager.

Answered by the first middleware, before anything else runs: no host check (a process manager
probes 127.0.0.1 over plain HTTP, whatever ALLOWED_HOSTS says), no HTTPS redirect, no language
redirect, no session, no cookie, no Site lookup (which would query the database the probe is
about), never cached. It says nothing but the state of each service.

- database unreachable → 503: no page can be served, the front server should stop sending here.
- cache unreachable → 200, "degraded": the site serves every page without it (core/cache.py),
  only slower, so taking the process out of service would be worse than keeping it.
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

HEALTH_PATH = "/health/"
PROBE_KEY = "health:probe"


def database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("Health check: the database is unavailable (%s).", error.__class__.__name__)
        return "unavailable"
    return "ok"


def cache_state():
    # FailSoftRedisCache answers a miss rather than raising when Redis is down: the value read back
    # is what tells.
    try:
        cache.set(PROBE_KEY, "ok", 60)
        kept = cache.get(PROBE_KEY) == "ok"
    except Exception:
        logger.warning("Health check: the cache failed.", exc_info=True)
        kept = False
    return "ok" if kept else "degraded"


def health(request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    state = {"database": database_state(), "cache": cache_state()}
    response = JsonResponse(state, status=200 if state["database"] == "ok" else 503)
    add_never_cache_headers(response)  # no-store, and private for any cache on the way
    return response


class HealthCheckMiddleware:
    """First in MIDDLEWARE: answers /health/ before the others see the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH:
            return health(request)
        return self.get_response(request)
