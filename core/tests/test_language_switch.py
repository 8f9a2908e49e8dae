"""The language switch keeps the visitor's place: the search words on search, the town on the
finder, the amount and purpose on the Donate page; and nothing else of the address it came from."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from tests.content import SiteContentTestCase


def switch_link(response, code):
    html = response.content.decode()
    return unescape(re.search(rf'<a href="(/language/{code}/\?next=[^"]*)" lang="{code}"', html)[1])


def switch_target(response, code):
    """Where the rendered page's switch to `code` leads, after /language/<code>/ redirects."""
    return parse_qs(urlsplit(switch_link(response, code)).query)["next"][0]


def address_and_query(url):
    parts = urlsplit(url)
    return parts.path, parse_qs(parts.query)


class LanguageSwitchTests(SiteContentTestCase):
    def test_search_keeps_the_words_and_nothing_else(self):
        response = self.client.get("/bg/tarsene/", {"q": "Перник & деца", "page": "2", "utm_source": "x"})
        target = switch_target(response, "en")
        self.assertEqual(address_and_query(target), ("/en/search/", {"q": ["Перник & деца"]}))
        self.assertIn("q=%D0%9F%D0%B5%D1%80%D0%BD%D0%B8%D0%BA+%26+%D0%B4%D0%B5%D1%86%D0%B0", target)
        self.assertRedirects(
            self.client.get(switch_link(response, "en")), target, fetch_redirect_response=False
        )
        english = self.client.get(target)
        self.assertEqual(english.status_code, 200)
        self.assertContains(english, 'value="Перник &amp; деца"')
        self.assertEqual(address_and_query(switch_target(english, "bg"))[0], "/bg/tarsene/")

    def test_the_finder_keeps_the_town_and_the_english_finder_answers(self):
        response = self.client.get("/bg/tsentrove/", {"town": "Дебелец", "ref": "newsletter"})
        target = switch_target(response, "en")
        self.assertEqual(address_and_query(target), ("/en/centres/", {"town": ["Дебелец"]}))
        english = self.client.get(target)
        self.assertEqual(english.status_code, 200)
        self.assertContains(english, "Centres that serve")
        self.assertContains(english, "Veliko Tarnovo")

    def test_donate_keeps_the_amount_and_purpose(self):
        response = self.client.get("/bg/darete/", {"amount": "20", "purpose": "pernik", "x": "<b>"})
        target = switch_target(response, "en")
        self.assertEqual(
            address_and_query(target), ("/en/donate/", {"amount": ["20"], "purpose": ["pernik"]})
        )
        english = self.client.get(target)
        self.assertEqual(english.status_code, 200)
        self.assertContains(english, 'value="20"')

    def test_other_pages_keep_no_parameters(self):
        response = self.client.get("/bg/novini/", {"q": "Перник", "town": "Дебелец", "page": "2"})
        self.assertEqual(address_and_query(switch_target(response, "en")), ("/en/news/", {}))
