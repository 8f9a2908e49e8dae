"""The news feeds, RSS 2.0 and Atom, in each language, parsed back as a feed reader would."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

from django.test import TestCase

from news.feeds import FEED_LENGTH
from news.models import NewsPage
from tests import builders
from tests.content import SiteContentTestCase

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def rss(response):
    """(channel, items) of an RSS 2.0 document."""
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0", root.tag
    channel = root.find("channel")
    return channel, channel.findall("item")


def atom(response):
    """(feed, entries) of an Atom 1.0 document."""
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed", root.tag
    return root, root.findall(f"{ATOM}entry")


class FeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.index = cls.tree["news"]
        cls.news = [
            builders.add_news(cls.index, f"Новина {day}", datetime.date(2026, 10, day))
            for day in range(1, FEED_LENGTH + 3)
        ]
        cls.draft = builders.add_news(cls.index, "Чернова", datetime.date(2026, 11, 30))
        cls.draft.unpublish()

    def test_rss_lists_the_twenty_newest_live_items_newest_first(self):
        response = self.client.get("/feeds/bg/rss.xml")
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        channel, items = rss(response)
        newest = sorted(self.news, key=lambda item: item.date, reverse=True)[:FEED_LENGTH]
        self.assertEqual([item.findtext("title") for item in items], [news.title for news in newest])
        self.assertNotIn("Чернова", response.content.decode())

    def test_rss_items_carry_link_description_date_and_guid(self):
        channel, items = rss(self.client.get("/feeds/bg/rss.xml"))
        first, news = items[0], self.news[-1]
        self.assertEqual(first.findtext("link"), "http://testserver" + news.url)
        self.assertEqual(first.findtext("guid"), "http://testserver" + news.url)
        self.assertEqual(first.findtext("description"), news.lead)
        published = parsedate_to_datetime(first.findtext("pubDate"))
        self.assertEqual(published.date(), news.date)
        self.assertEqual((published.hour, published.minute), (0, 0))  # the day starts in Sofia

    def test_rss_channel_names_its_language_and_links_to_the_news(self):
        channel, items = rss(self.client.get("/feeds/bg/rss.xml"))
        self.assertEqual(channel.findtext("language"), "bg")
        self.assertEqual(channel.findtext("link"), "http://testserver/bg/novini/")
        self.assertEqual(channel.findtext("title"), "Новини · SOS Центрове за обществена подкрепа")
        self.assertEqual(
            channel.find(f"{ATOM}link").get("href"), "http://testserver/feeds/bg/rss.xml"
        )  # the feed's own address

    def test_atom_gives_the_same_news_with_ids_dates_and_summaries(self):
        response = self.client.get("/feeds/bg/atom.xml")
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        feed, entries = atom(response)
        self.assertEqual(feed.get(XML_LANG), "bg")
        self.assertEqual(len(entries), FEED_LENGTH)
        first, news = entries[0], self.news[-1]
        self.assertEqual(first.findtext(f"{ATOM}title"), news.title)
        self.assertEqual(first.find(f"{ATOM}link").get("href"), "http://testserver" + news.url)
        self.assertEqual(first.findtext(f"{ATOM}id"), "http://testserver" + news.url)
        self.assertEqual(first.findtext(f"{ATOM}summary"), news.lead)
        self.assertTrue(datetime.datetime.fromisoformat(first.findtext(f"{ATOM}updated")))
        self.assertEqual(
            feed.find(f"{ATOM}link[@rel='self']").get("href"), "http://testserver/feeds/bg/atom.xml"
        )

    def test_links_are_absolute_on_the_site_address_whatever_host_was_asked(self):
        channel, items = rss(self.client.get("/feeds/bg/rss.xml", secure=True, HTTP_HOST="localhost"))
        self.assertTrue(
            all(item.findtext("link").startswith("http://testserver/bg/novini/") for item in items)
        )

    def test_a_feed_in_an_unknown_language_is_not_found(self):
        for url in ("/feeds/xx/rss.xml", "/feeds/xx/atom.xml", "/feeds/%3Cscript%3E/rss.xml"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_a_language_the_site_has_no_pages_in_yet_has_no_feed(self):
        self.assertEqual(self.client.get("/feeds/en/rss.xml").status_code, 404)

    def test_a_site_without_a_news_index_has_no_feed(self):
        self.index.unpublish()
        self.assertEqual(self.client.get("/feeds/bg/rss.xml").status_code, 404)

    def test_the_feed_does_not_depend_on_the_visitors_language(self):
        self.client.cookies["django_language"] = "en"
        channel, items = rss(self.client.get("/feeds/bg/rss.xml", HTTP_ACCEPT_LANGUAGE="en"))
        self.assertEqual(channel.findtext("language"), "bg")
        self.assertIn("SOS Центрове за обществена подкрепа", channel.findtext("title"))


class BilingualFeedTests(SiteContentTestCase):
    """The real content's news, one feed per language, each speaking only its own language."""

    def test_each_language_has_its_own_rss_and_atom_feed(self):
        for language in ("bg", "en"):
            live = NewsPage.objects.live().filter(locale__language_code=language)
            titles = {news.title for news in live}
            urls = {"http://testserver" + news.url for news in live}
            expected = min(len(titles), FEED_LENGTH)
            with self.subTest(language=language, feed="rss"):
                response = self.client.get(f"/feeds/{language}/rss.xml")
                self.assertEqual(response["Content-Language"], language)
                channel, items = rss(response)
                self.assertEqual(channel.findtext("language"), language)
                self.assertTrue(channel.findtext("link").startswith(f"http://testserver/{language}/"))
                self.assertEqual(len(items), expected)
                self.assertGreater(len(items), 0)
                for item in items:
                    self.assertIn(item.findtext("title"), titles)
                    self.assertIn(item.findtext("link"), urls)
                    self.assertTrue(item.findtext("description"))
                    self.assertTrue(parsedate_to_datetime(item.findtext("pubDate")))
            with self.subTest(language=language, feed="atom"):
                feed, entries = atom(self.client.get(f"/feeds/{language}/atom.xml"))
                self.assertEqual(feed.get(XML_LANG), language)
                self.assertEqual(len(entries), expected)
                for entry in entries:
                    self.assertIn(entry.findtext(f"{ATOM}title"), titles)
                    self.assertIn(entry.find(f"{ATOM}link").get("href"), urls)

    def test_english_feed_has_an_english_title(self):
        channel, items = rss(self.client.get("/feeds/en/rss.xml"))
        self.assertEqual(channel.findtext("title"), "News · SOS Community Support Centres")

    def test_the_news_pages_link_to_the_feed_in_their_language(self):
        for url, feed in (("/bg/novini/", "/feeds/bg/rss.xml"), ("/en/news/", "/feeds/en/atom.xml")):
            with self.subTest(url=url):
                self.assertContains(self.client.get(url), f'href="http://testserver{feed}"')


class FeedAuthorTests(SiteContentTestCase):
    """Atom requires an author on the feed or on every entry (RFC 4287 §4.1.1)."""

    def test_each_atom_feed_names_the_organisation_in_its_language(self):
        for language, name in (
            ("bg", "SOS Детски селища България"),
            ("en", "SOS Children's Villages Bulgaria"),
        ):
            with self.subTest(language=language):
                feed, entries = atom(self.client.get(f"/feeds/{language}/atom.xml"))
                self.assertGreater(len(entries), 0)
                self.assertEqual(feed.findtext(f"{ATOM}author/{ATOM}name"), name)
