"""Who the client is: the connection's own address, unless the connection is the trusted front
server, whose X-Forwarded-For then names the client; never a header anyone else wrote."""

from django.test import RequestFactory, SimpleTestCase, override_settings

from core.protection import client_address

PROXY = "127.0.0.1"


def request(remote=PROXY, forwarded=None):
    extra = {"REMOTE_ADDR": remote} if remote is not None else {}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    factory_request = RequestFactory().get("/", **extra)
    if remote is None:
        del factory_request.META["REMOTE_ADDR"]
    return factory_request


@override_settings(TRUSTED_PROXIES=["127.0.0.1/32", "::1/128", "10.0.0.0/8"])
class BehindTrustedProxyTests(SimpleTestCase):
    def test_the_proxy_names_its_client(self):
        self.assertEqual(client_address(request(forwarded="203.0.113.5")), "203.0.113.5")

    def test_the_rightmost_address_no_trusted_proxy_added_is_the_client(self):
        # The client wrote the first entry itself; nginx added the client; an inner proxy added nginx's.
        chain = "198.51.100.1, 203.0.113.5, 10.1.2.3"
        self.assertEqual(client_address(request(forwarded=chain)), "203.0.113.5")

    def test_addresses_are_written_one_way_whatever_the_header_spelling(self):
        self.assertEqual(client_address(request(forwarded=" 2001:DB8:0:0::7 ")), "2001:db8::7")
        self.assertEqual(
            client_address(request(remote="::ffff:127.0.0.1", forwarded="203.0.113.5")), "203.0.113.5"
        )

    def test_without_the_header_or_with_only_proxies_in_it_the_proxy_is_the_client(self):
        self.assertEqual(client_address(request()), PROXY)
        self.assertEqual(client_address(request(forwarded="")), PROXY)
        self.assertEqual(client_address(request(forwarded="10.0.0.5, 127.0.0.1")), PROXY)

    def test_a_list_that_breaks_off_in_no_address_falls_back_to_the_proxy(self):
        for chain in (
            "203.0.113.5, unknown",
            "203.0.113.5:4711",
            "203.0.113.5,,",
            "[2001:db8::7]",
            "\x00" * 50,
        ):
            with self.subTest(chain=chain):
                self.assertEqual(client_address(request(forwarded=chain)), PROXY)

    def test_a_connection_from_outside_the_proxies_is_its_own_client_whatever_it_claims(self):
        self.assertEqual(
            client_address(request(remote="198.51.100.9", forwarded="203.0.113.5")), "198.51.100.9"
        )


class WithoutTrustedProxyTests(SimpleTestCase):
    def test_the_header_is_ignored_even_from_the_local_host(self):
        self.assertEqual(client_address(request(forwarded="203.0.113.5")), PROXY)

    def test_a_request_without_a_usable_address_has_none(self):
        self.assertIsNone(client_address(request(remote=None)))
        self.assertIsNone(client_address(request(remote="")))
        self.assertIsNone(client_address(request(remote="unix:/run/gunicorn.sock")))
