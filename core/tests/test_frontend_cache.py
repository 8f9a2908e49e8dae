"""The purge backend for nginx's cache purge module: a PURGE of the address with the site's host,
to the front server's address; "not in the cache" (404) is no error, any other failure is logged."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import SimpleTestCase

from core.frontend_cache import NginxPurgeBackend


class FrontServer:
    """A stand-in for nginx on a free loopback port, answering every PURGE with `status`."""

    def __init__(self, status):
        self.requests = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
                outer.requests.append((self.command, self.path, self.headers["Host"]))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.location = f"http://127.0.0.1:{self.server.server_port}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class NginxPurgeBackendTests(SimpleTestCase):
    def purge(self, status, url="https://localhost:8443/bg/novini/?page=2"):
        server = FrontServer(status)
        self.addCleanup(server.close)
        expect = self.assertLogs if status >= 500 else self.assertNoLogs
        with expect("wagtail.frontendcache", "ERROR") as logs:
            NginxPurgeBackend({"LOCATION": server.location}).purge(url)
        return server.requests, logs

    def test_sends_a_purge_of_the_address_with_the_sites_host(self):
        requests, _ = self.purge(200)
        self.assertEqual(requests, [("PURGE", "/bg/novini/?page=2", "localhost:8443")])

    def test_an_address_not_in_the_cache_is_no_error(self):
        requests, _ = self.purge(404)
        self.assertEqual(len(requests), 1)

    def test_a_failing_front_server_is_logged(self):
        _, logs = self.purge(500)
        self.assertIn("/bg/novini/?page=2", logs.output[0])

    def test_a_front_server_that_is_down_is_logged_not_raised(self):
        server = FrontServer(200)
        location = server.location
        server.close()
        with self.assertLogs("wagtail.frontendcache", "ERROR"):
            NginxPurgeBackend({"LOCATION": location}).purge("http://localhost/bg/")
