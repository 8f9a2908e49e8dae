"""The opening of a centre's page (issue 11): the summary, "free", how to get in and the ways to
write or call come first; asking for support comes after the services (tests/browser/test_center_page.py)."""

import re

from django.test import TestCase

from tests import builders


def intro(response):
    html = response.content.decode()
    return re.search(r'<header class="prose center__intro">(.*?)</header>', html, re.S).group(1)


class CenterIntroTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()

    def test_a_known_phone_is_a_button_to_call_beside_the_summary(self):
        center = builders.add_center(self.tree["centers"], phone="0888 123 456")
        opening = intro(self.client.get(center.url))
        self.assertIn('class="lead"', opening)
        self.assertIn('href="tel:0888123456"', opening)

    def test_no_phone_no_call_button(self):
        center = builders.add_center(self.tree["centers"])
        self.assertNotIn("tel:", intro(self.client.get(center.url)))

    def test_the_ways_in_are_said_in_short_in_the_opening(self):
        cases = {
            (True, True): "елате или се обадете сами, или чрез насочване",
            (True, False): "Как да получите подкрепа</a>: елате или се обадете сами.</p>",
            (False, True): "Как да получите подкрепа</a>: чрез насочване от социалните служби",
        }
        for (direct, referrals), words in cases.items():
            with self.subTest(direct=direct, referrals=referrals):
                center = builders.add_center(
                    self.tree["centers"], accepts_direct_requests=direct, accepts_referrals=referrals
                )
                response = self.client.get(center.url)
                opening = intro(response)
                self.assertIn(words, opening)
                self.assertIn('href="#ways-in-title"', opening)
                self.assertIn('id="ways-in-title"', response.content.decode())  # the full ways, further down
