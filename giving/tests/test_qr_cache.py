"""The Donate page's QR code is drawn once per payload and kept in the cache: a second visit for
the same gift does not draw it again, a changed account gets a new code, and a cache that is down
costs the drawing time, never the page."""

from unittest import mock

from django.core.cache import cache
from django.test import SimpleTestCase, TestCase, override_settings

from giving import epc
from giving.models import GivingSettings

from .helpers import broken_cache, build_giving_site, real_looking_iban

DATA = "BCD\n002\n1\nSCT\n\nСдружение Пример\nBG80BNBG96611020345678\nEUR25\nCHAR\n\nДарение"


def drawing():
    """A spy on the drawing: it still draws, and counts."""
    return mock.patch("giving.epc.draw_svg", wraps=epc.draw_svg)


class DonatePageCodeCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site(iban=real_looking_iban())

    def setUp(self):
        cache.clear()

    def get(self, **query):
        return self.client.get(self.site["donate"].url, query)

    def test_the_second_request_for_the_same_gift_does_not_draw_the_code(self):
        with drawing() as draw:
            first = self.get(purpose="pernik", amount="25")
            second = self.get(purpose="pernik", amount="25")
        self.assertEqual(draw.call_count, 1)
        self.assertEqual(second.context["qr_svg"], first.context["qr_svg"])
        self.assertContains(second, epc.draw_svg(first.context["qr_payload"]))

    def test_another_amount_or_purpose_draws_its_own_code(self):
        with drawing() as draw:
            codes = {
                self.get(purpose="pernik", amount="25").context["qr_svg"],
                self.get(purpose="pernik", amount="30").context["qr_svg"],
                self.get(purpose="general", amount="25").context["qr_svg"],
            }
        self.assertEqual(draw.call_count, 3)
        self.assertEqual(len(codes), 3)

    def test_a_changed_iban_gives_a_new_code(self):
        before = self.get(amount="25")
        new_iban = real_looking_iban(bban="TEST96611020345680")
        GivingSettings.objects.filter(pk=self.site["settings"].pk).update(iban=new_iban)
        after = self.get(amount="25")
        self.assertIn(new_iban, after.context["qr_payload"].split("\n"))
        self.assertNotEqual(after.context["qr_svg"], before.context["qr_svg"])
        self.assertEqual(after.context["qr_svg"], epc.draw_svg(after.context["qr_payload"]))

    def test_a_cache_that_is_down_still_gives_the_page_with_its_code(self):
        with (
            override_settings(CACHES=broken_cache(failing=epc.SVG_CACHE_PREFIX)),
            self.assertLogs("giving.epc", "WARNING"),
        ):
            response = self.get(purpose="pernik", amount="25")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, epc.draw_svg(response.context["qr_payload"]))


@override_settings(CACHES=broken_cache())
class BrokenCacheTests(SimpleTestCase):
    def test_a_cache_that_cannot_be_read_draws_the_code_and_warns(self):
        with self.assertLogs("giving.epc", "WARNING") as logs:
            self.assertEqual(epc.svg(DATA), epc.draw_svg(DATA))
        self.assertIn("QR code cache unavailable", logs.output[0])

    @override_settings(CACHES=broken_cache(operations=("set",)))
    def test_a_cache_that_cannot_be_written_draws_the_code_and_warns(self):
        with self.assertLogs("giving.epc", "WARNING"), drawing() as draw:
            self.assertEqual(epc.svg(DATA), epc.draw_svg(DATA))
        self.assertEqual(draw.call_count, 2)  # one in svg(), one here: nothing was kept
