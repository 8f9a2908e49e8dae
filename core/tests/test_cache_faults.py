"""A Redis that refuses or hangs costs the site its cache, never a page: pages are built from the
database, the fault is logged, a hung server is waited for once and then left alone, and the
public forms take what people send (core/cache.py)."""

import socket
import threading

from django.core.cache import cache
from django.test import TestCase, override_settings

from contact.models import ContactSubmission
from contact.tests.test_form_flow import FormFlowTestCase
from core import cache as fail_soft
from tests import builders


def redis_cache(location, **options):
    options = {"socket_connect_timeout": 0.2, "socket_timeout": 0.2, "retry_after": 30, **options}
    return {"default": {"BACKEND": "core.cache.FailSoftRedisCache", "LOCATION": location, "OPTIONS": options}}


REFUSED = redis_cache("redis://127.0.0.1:1/0")  # nothing listens on port 1


class HungServer:
    """A server that takes connections and never answers, as a hung Redis does."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.connections = []
        threading.Thread(target=self.accept, daemon=True).start()

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.socket.getsockname()[1]}/0"

    def accept(self):
        while True:
            try:
                self.connections.append(self.socket.accept()[0])
            except OSError:  # closed
                return

    def close(self):
        self.socket.close()
        for connection in self.connections:
            connection.close()


class PagesWithoutRedisTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = builders.build_site()
        cls.item = builders.add_news(cls.site["news"], title="Лятно училище")

    def setUp(self):
        fail_soft._down_until.clear()

    def test_pages_are_served_and_the_fault_logged_when_redis_refuses(self):
        with override_settings(CACHES=REFUSED), self.assertLogs("core.cache", "ERROR") as logged:
            for url in ("/bg/", self.site["news"].url, self.item.url, "/sitemap.xml"):
                with self.subTest(url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)
            self.assertContains(self.client.get(self.item.url), "Лятно училище")
        self.assertIn("redis://127.0.0.1:1/0", logged.output[0])

    def test_a_hung_redis_is_waited_for_once_then_left_alone(self):
        server = HungServer()
        self.addCleanup(server.close)
        with override_settings(CACHES=redis_cache(server.url)), self.assertLogs("core.cache", "ERROR"):
            for _ in range(3):
                self.assertContains(self.client.get(self.item.url), "Лятно училище")
        self.assertEqual(len(server.connections), 1)

    def test_redis_is_asked_again_once_its_time_out_is_over(self):
        server = HungServer()
        self.addCleanup(server.close)
        with override_settings(CACHES=redis_cache(server.url, retry_after=0)), self.assertLogs("core.cache"):
            cache.get("a")
            cache.get("b")
        self.assertEqual(len(server.connections), 2)


@override_settings(CACHES=redis_cache("redis://127.0.0.1:6379/15"))
class WorkingRedisTests(TestCase):
    """The same backend, Redis up: an ordinary cache (the machine's Redis, as in production)."""

    def setUp(self):
        fail_soft._down_until.clear()
        cache.clear()

    def test_it_keeps_counts_and_forgets_as_django_redis_cache_does(self):
        self.assertTrue(cache.add("count", 1, timeout=60))
        self.assertFalse(cache.add("count", 5, timeout=60))
        self.assertEqual(cache.incr("count"), 2)
        cache.set_many({"a": 1, "b": [2]}, timeout=60)
        self.assertEqual(cache.get_many(["a", "b", "c"]), {"a": 1, "b": [2]})
        cache.delete("a")
        self.assertIsNone(cache.get("a"))
        with self.assertRaises(ValueError):
            cache.incr("missing")


class FormsWithoutRedisTests(FormFlowTestCase):
    def setUp(self):
        super().setUp()
        fail_soft._down_until.clear()

    @override_settings(CACHES=REFUSED, SUBMISSION_RATE_LIMIT=(1, 600))
    def test_the_rate_limit_lets_messages_through_while_it_cannot_count(self):
        with self.assertLogs("core.cache", "ERROR"):
            for text in ("Първо съобщение.", "Второ съобщение."):
                self.assertContains(self.write(message=text), "Благодарим ви: съобщението ви пристигна")
        self.assertEqual(ContactSubmission.objects.count(), 2)
