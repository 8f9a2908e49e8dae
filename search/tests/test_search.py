"""Site search on the real content: results in the visitor's language with their type and a
summary, Cyrillic and Latin spellings find each other, Bulgarian word forms and English plurals
match, every match is found and paged through, and odd input gives an ordinary page that search
engines do not index."""

import re
from html import unescape

from django.db import connection
from django.http import QueryDict
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage
from search.query import to_cyrillic, word_forms
from tests.builders import build_site
from tests.content import SiteContentTestCase

BG = "/bg/tarsene/"
EN = "/en/search/"


def titles(response):
    return [result["page"].title for result in response.context["results"]]


def every_result(client, url, query):
    """The addresses of all results, through every page of them, as a visitor reads them."""
    found, address, params = [], url, {"q": query}
    while address:
        html = client.get(address, params).content.decode()
        found += re.findall(r'<h2[^>]*><a href="([^"]+)"', html)
        following = re.search(r'<a rel="next" href="\?([^"]+)"', html)
        address, params = (url, QueryDict(unescape(following[1]))) if following else (None, None)
    return found


def kinds(response):
    return re.findall(r'<p class="search-results__kind">([^<]*)</p>', response.content.decode())


class WordFormTests(SimpleTestCase):
    def test_forms_drop_the_definite_article_and_cross_alphabets(self):
        self.assertIn("деца", word_forms("децата"))
        self.assertTrue(any("perni".startswith(form) for form in word_forms("перни")))
        self.assertIn("перник", word_forms("pernik"))
        self.assertEqual(to_cyrillic("gabrovo"), "габрово")
        self.assertEqual(to_cyrillic("shtastie"), "щастие")


class SearchTests(SiteContentTestCase):
    def test_results_are_in_the_visitors_language_with_type_and_summary(self):
        response = self.client.get(BG, {"q": "Перник"})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(any("Перник" in title for title in titles(response)))
        self.assertTrue(
            all(result["page"].locale.language_code == "bg" for result in response.context["results"])
        )
        self.assertContains(response, "Център")  # the page type, in Bulgarian
        english = self.client.get(EN, {"q": "Pernik"})
        self.assertTrue(any("Pernik" in title for title in titles(english)))
        self.assertTrue(
            all(result["page"].locale.language_code == "en" for result in english.context["results"])
        )
        self.assertTrue(any(result["summary"] for result in english.context["results"]))

    def test_latin_finds_cyrillic_and_cyrillic_finds_latin(self):
        self.assertTrue(any("Перник" in title for title in titles(self.client.get(BG, {"q": "pernik"}))))
        self.assertTrue(any("Gabrovo" in title for title in titles(self.client.get(EN, {"q": "Габрово"}))))

    def test_bulgarian_word_forms_match(self):
        with_article = set(titles(self.client.get(BG, {"q": "децата"})))
        without = set(titles(self.client.get(BG, {"q": "деца"})))
        self.assertTrue(without)
        self.assertTrue(with_article)
        self.assertTrue(with_article <= without)

    def test_each_bulgarian_word_form_finds_the_pages_of_the_others(self):
        for forms in (("логопед", "логопеди", "логопедична"), ("психолог", "психолога"), ("дарение", "дарения"), ("център", "центрове")):  # fmt: skip
            found = {form: sorted(every_result(self.client, BG, form)) for form in forms}
            with self.subTest(forms=forms):
                self.assertTrue(found[forms[0]])
                for form in forms[1:]:
                    self.assertEqual(found[form], found[forms[0]], form)

    def test_an_english_plural_finds_the_singular_and_back(self):
        plural = sorted(every_result(self.client, EN, "therapists"))
        self.assertTrue(plural)
        self.assertEqual(plural, sorted(every_result(self.client, EN, "therapist")))

    def test_result_types_are_named_in_the_readers_words_and_language(self):
        bulgarian = kinds(self.client.get(BG, {"q": "Перник"}))
        english = kinds(self.client.get(EN, {"q": "Pernik"}))
        self.assertIn("Център", bulgarian)
        self.assertIn("Centre", english)
        self.assertTrue(set(bulgarian) <= {"Център", "Програма", "Новина", "Кампания", "Дарения", "Декларация", "Форма за връзка", "Страница"})  # fmt: skip
        self.assertTrue(set(english) <= {"Centre", "Programme", "News", "Campaign", "Giving", "Declaration", "Contact form", "Page"})  # fmt: skip

    def test_every_word_must_match(self):
        both = titles(self.client.get(BG, {"q": "Перник декларация"}))
        self.assertTrue(both)
        self.assertTrue(set(both) <= set(titles(self.client.get(BG, {"q": "Перник"}))))

    def test_odd_empty_and_very_long_queries_give_a_normal_noindex_page(self):
        for query in ("", "%", "'", "<script>alert(1)</script>", "я" * 1200, "  ", "\x00"):
            with self.subTest(query=query[:20]):
                response = self.client.get(BG, {"q": query})
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, '<meta name="robots" content="noindex">')
                self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(self.client.get(BG, {"q": "я" * 1200}), "само началото")
        for page in ("abc", "999", "-1", "0"):
            with self.subTest(page=page):
                self.assertContains(
                    self.client.get(BG, {"q": "Перник", "page": page}), "search-results__kind"
                )

    def test_every_page_links_to_search_in_its_language(self):
        self.assertContains(self.client.get("/bg/"), 'href="/bg/tarsene/"')
        self.assertContains(self.client.get("/en/news/"), 'href="/en/search/"')


class ManyResultsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_site()["home"]
        for number in range(1, 206):
            home.add_child(instance=StandardPage(title=f"Приемна {number}", slug=f"priemna-{number}"))

    def test_a_page_of_twenty_results_costs_as_many_queries_as_a_page_of_one(self):
        def queries(words):
            self.client.get(BG, {"q": words})  # the site's parts, as for any visitor after the first
            with CaptureQueriesContext(connection) as captured:
                response = self.client.get(BG, {"q": words})
            return len(response.context["results"]), len(captured)

        twenty, one = queries("приемна"), queries("приемна 205")
        self.assertEqual((twenty[0], one[0]), (20, 1))
        self.assertEqual(twenty[1], one[1])

    def test_every_match_is_counted_and_reachable_page_by_page(self):
        response = self.client.get(BG, {"q": "приемна"})
        self.assertContains(response, "205 резултата за „приемна“.")
        self.assertContains(response, 'href="?q=%D0%BF%D1%80%D0%B8%D0%B5%D0%BC%D0%BD%D0%B0&amp;page=2"')
        found = every_result(self.client, BG, "приемна")
        self.assertEqual(sorted(found), sorted(f"/bg/priemna-{number}/" for number in range(1, 206)))
