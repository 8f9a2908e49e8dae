"""Site search on the real content: results in the visitor's language with their type and a
summary, Cyrillic and Latin spellings find each other, Bulgarian word forms match, and odd
input gives an ordinary page that search engines do not index."""

from io import StringIO

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

from search.query import to_cyrillic, word_forms

BG = "/bg/tarsene/"
EN = "/en/search/"


def titles(response):
    return [result["page"].title for result in response.context["results"]]


class WordFormTests(SimpleTestCase):
    def test_forms_drop_the_definite_article_and_cross_alphabets(self):
        self.assertIn("деца", word_forms("децата"))
        self.assertIn("perni", word_forms("перни"))
        self.assertIn("перник", word_forms("pernik"))
        self.assertEqual(to_cyrillic("gabrovo"), "габрово")
        self.assertEqual(to_cyrillic("shtastie"), "щастие")


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_content", stdout=StringIO())

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

    def test_every_page_links_to_search_in_its_language(self):
        self.assertContains(self.client.get("/bg/"), 'href="/bg/tarsene/"')
        self.assertContains(self.client.get("/en/news/"), 'href="/en/search/"')
