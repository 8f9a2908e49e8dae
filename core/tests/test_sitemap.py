"""/sitemap.xml: every live public page in both languages, each with its live versions as hreflang
alternates and Bulgarian as x-default, in as many queries for 200 news items as for 5."""

import datetime
import itertools
import xml.etree.ElementTree as ET

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date
from wagtail.models import Locale, Page, PageViewRestriction

from home.models import StandardPage
from news.models import NewsPage
from tests import builders

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
PUBLISHED = timezone.make_aware(datetime.datetime(2026, 11, 20, 10, 0))
_numbers = itertools.count()


def english_copy(page, english):
    """`page`'s English version, published: the translation wagtail-localize would make."""
    copy = page.copy_for_translation(english)
    copy.save_revision().publish()
    return copy


class SitemapTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.english = Locale.objects.get_or_create(language_code="en")[0]
        cls.english_home = english_copy(cls.tree["home"], cls.english)
        cls.english_news = english_copy(cls.tree["news"], cls.english)

    @classmethod
    def add_news(cls, count):
        """`count` news items, each in Bulgarian and English, live (made without revisions, which
        the sitemap does not read, to keep 200 of them quick)."""
        items = []
        for number in itertools.islice(_numbers, count):
            fields = {"date": datetime.date(2026, 1, 1), "lead": "Какво се случи.", "body": []}
            bulgarian = cls.tree["news"].add_child(
                instance=NewsPage(
                    title=f"Новина {number}", slug=f"novina-{number}", last_published_at=PUBLISHED, **fields
                )
            )
            english = cls.english_news.add_child(
                instance=NewsPage(
                    title=f"News {number}", slug=f"news-{number}", locale=cls.english,
                    translation_key=bulgarian.translation_key, last_published_at=PUBLISHED, **fields,
                )
            )  # fmt: skip
            items.append((bulgarian, english))
        return items

    def sitemap(self):
        """{address: {hreflang: address}} for every <url> in the sitemap."""
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        entries = {}
        for url in ET.fromstring(response.content).iterfind("sm:url", NS):
            links = url.iterfind("xhtml:link", NS)
            entries[url.findtext("sm:loc", namespaces=NS)] = {
                link.get("hreflang"): link.get("href") for link in links
            }
        return entries


class SitemapContentTests(SitemapTestCase):
    def test_a_translated_page_is_listed_in_both_languages_each_with_both_and_bulgarian_as_default(self):
        [(bulgarian, english)] = self.add_news(1)
        both = {"bg": bulgarian.full_url, "en": english.full_url, "x-default": bulgarian.full_url}
        entries = self.sitemap()
        self.assertEqual(entries[bulgarian.full_url], both)
        self.assertEqual(entries[english.full_url], both)
        self.assertEqual(bulgarian.full_url, f"http://testserver/bg/novini/{bulgarian.slug}/")

    def test_the_home_pages_and_indexes_are_listed_with_their_alternates(self):
        entries = self.sitemap()
        home = {
            "bg": "http://testserver/bg/",
            "en": "http://testserver/en/",
            "x-default": "http://testserver/bg/",
        }
        self.assertEqual(entries["http://testserver/bg/"], home)
        self.assertEqual(entries["http://testserver/en/"], home)
        self.assertEqual(entries[self.tree["centers"].full_url], {"bg": self.tree["centers"].full_url} | {
            "x-default": self.tree["centers"].full_url
        })  # fmt: skip

    def test_a_page_only_in_bulgarian_has_only_its_own_alternates(self):
        page = builders.add_standard_page(self.tree["home"], "Само на български")
        self.assertEqual(self.sitemap()[page.full_url], {"bg": page.full_url, "x-default": page.full_url})

    def test_a_page_only_in_english_has_no_default_language_version(self):
        page = self.english_home.add_child(
            instance=StandardPage(title="Only in English", slug="only-english")
        )
        self.assertEqual(self.sitemap()[page.full_url], {"en": page.full_url})

    def test_a_draft_translation_is_neither_listed_nor_an_alternate(self):
        page = builders.add_standard_page(self.tree["home"], "С чернова")
        draft = page.copy_for_translation(self.english)
        entries = self.sitemap()
        self.assertNotIn(draft.full_url, entries)
        self.assertEqual(entries[page.full_url], {"bg": page.full_url, "x-default": page.full_url})

    def test_a_private_translation_is_neither_listed_nor_an_alternate(self):
        page = builders.add_standard_page(self.tree["home"], "Със затворен превод")
        private = english_copy(page, self.english)
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
        entries = self.sitemap()
        self.assertNotIn(private.full_url, entries)
        self.assertEqual(entries[page.full_url], {"bg": page.full_url, "x-default": page.full_url})

    def test_a_page_gives_the_same_alternates_without_the_sitemap(self):
        [(bulgarian, english)] = self.add_news(1)
        [entry] = NewsPage.objects.get(pk=english.pk).get_sitemap_urls()
        self.assertEqual(entry["location"], english.full_url)
        self.assertEqual(
            self.sitemap()[english.full_url], {a["lang_code"]: a["location"] for a in entry["alternates"]}
        )

    def test_the_sitemap_says_when_its_newest_page_changed(self):
        [(_, english)] = self.add_news(1)
        Page.objects.update(last_published_at=PUBLISHED)
        newest = PUBLISHED + datetime.timedelta(days=1)
        Page.objects.filter(pk=english.pk).update(last_published_at=newest)
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response["Last-Modified"], http_date(newest.timestamp()))


class SitemapQueryCountTests(SitemapTestCase):
    def sitemap_queries(self, cold=False):
        self.client.get("/sitemap.xml")  # fills the caches a first visit fills (the sites' root paths)
        if cold:  # everything drawn again, as after a change to the site
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        return len(queries), response.content.count(b"<url>")

    def test_the_sitemap_makes_as_many_queries_for_200_news_items_as_for_5(self):
        self.add_news(5)
        with_5, listed = self.sitemap_queries()
        self.add_news(195)
        with_200, listed_then = self.sitemap_queries()
        self.assertEqual(listed_then - listed, 2 * 195)
        self.assertEqual(with_200, with_5)

    def test_drawing_the_sitemap_makes_as_many_queries_for_200_news_items_as_for_5(self):
        self.add_news(5)
        with_5, listed = self.sitemap_queries(cold=True)
        self.add_news(195)
        with_200, listed_then = self.sitemap_queries(cold=True)
        self.assertEqual(listed_then - listed, 2 * 195)
        self.assertEqual(with_200, with_5)

    def test_the_sitemap_is_read_from_the_cache_until_the_site_changes(self):
        self.add_news(5)
        queries, listed = self.sitemap_queries()
        self.assertLessEqual(queries, 2)
        self.add_news(1)
        self.assertEqual(self.client.get("/sitemap.xml").content.count(b"<url>"), listed + 2)
