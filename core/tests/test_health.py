"""/health/ for the process manager and the front server: 200 while pages can be served (the cache
down included, which the site survives), 503 when the database is down; never redirected, never
cached, no cookie."""

from unittest import mock

from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, TestCase, override_settings

# A Redis nobody listens on: connections are refused at once. (core.cache then keeps it marked
# down for this process; no other test uses this address.)
REFUSED_REDIS = {
    "default": {
        "BACKEND": "core.cache.FailSoftRedisCache",
        "LOCATION": "redis://127.0.0.1:1/13",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25, "retry_after": 10},
    }
}


class HealthTests(TestCase):
    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def assertNeverKept(self, response):
        self.assertIn("no-store", response["Cache-Control"])
        self.assertNotIn("public", response["Cache-Control"])
        self.assertFalse(response.cookies)
        self.assertNotIn("Cookie", response.get("Vary", ""))

    def test_all_well_is_200_with_each_service_ok(self):
        response = self.client.get("/health/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(response.json(), {"database": "ok", "cache": "ok"})
        self.assertNeverKept(response)

    def test_database_down_is_503(self):
        with (
            mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=OperationalError("down")),
            self.assertLogs("core.health", "ERROR") as logs,
        ):
            response = self.client.get("/health/")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json(), {"database": "unavailable", "cache": "ok"})
        self.assertNeverKept(response)
        self.assertIn("database is unavailable", logs.output[0])

    @override_settings(CACHES=REFUSED_REDIS)
    def test_cache_down_is_still_200_and_says_degraded(self):
        with self.assertLogs("core.cache", "ERROR"):
            response = self.client.get("/health/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"database": "ok", "cache": "degraded"})

    @override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["cop.example"])
    def test_a_plain_http_probe_on_loopback_is_answered_not_redirected(self):
        response = self.client.get("/health/", HTTP_HOST="127.0.0.1:8000")
        self.assertEqual(response.status_code, 200)
        # The same settings send a page to HTTPS: the probe's answer is not an accident of them.
        self.assertEqual(self.client.get("/bg/", HTTP_HOST="cop.example").status_code, 301)

    def test_neither_the_language_nor_a_session_changes_it(self):
        self.client.cookies["django_language"] = "en"
        self.client.cookies["sessionid"] = "someone"
        response = self.client.get("/health/", HTTP_ACCEPT_LANGUAGE="en")
        self.assertEqual(response.status_code, 200)
        self.assertNeverKept(response)
        self.assertNotIn("Content-Language", response)

    def test_only_get_and_head(self):
        self.assertEqual(self.client.head("/health/").status_code, 200)
        self.assertEqual(self.client.post("/health/").status_code, 405)
