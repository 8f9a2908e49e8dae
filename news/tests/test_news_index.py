"""The news index: newest first, filters by topic and by centre, pages, and bad input."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from news.models import NEWS_PER_PAGE, NewsIndexPage, NewsPage
from tests import builders


def titles(response):
    return [item.title for item in response.context["news_page"]]


class NewsIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.index = cls.tree["news"]
        cls.pernik = builders.add_center(cls.tree["centers"], title="SOS ЦОП Перник")
        cls.razlog = builders.add_center(
            cls.tree["centers"], title="ЦОП Разлог", town="Разлог", region="blagoevgrad"
        )
        cls.old = builders.add_news(
            cls.index,
            "Стара",
            datetime.date(2025, 3, 1),
            centers=[cls.razlog],
            topics=[builders.add_topic("Разлог", "razlog")],
        )
        cls.new = builders.add_news(
            cls.index,
            "Нова",
            datetime.date(2026, 11, 20),
            centers=[cls.pernik],
            topics=[builders.add_topic("Перник", "pernik")],
        )

    def get(self, **params):
        return self.client.get(self.index.url, params)

    def test_lists_newest_first(self):
        self.assertEqual(titles(self.get()), ["Нова", "Стара"])

    def test_filters_by_topic(self):
        topic = self.new.topics.get()
        response = self.get(topic=topic.slug)
        self.assertEqual(titles(response), ["Нова"])
        self.assertEqual(response.context["current_topic"], topic)

    def test_filters_by_center(self):
        self.assertEqual(titles(self.get(center=self.razlog.slug)), ["Стара"])

    def test_unknown_center_or_topic_shows_all_news_with_a_note(self):
        for params in ({"center": "no-such-centre"}, {"topic": "<script>alert(1)</script>"}):
            with self.subTest(**params):
                response = self.get(**params)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(titles(response), ["Нова", "Стара"])
                self.assertContains(response, "Не намерихме такъв център или тема")
                self.assertNotContains(response, "<script>alert(1)</script>")

    def test_bad_page_numbers_give_a_normal_page(self):
        for page in ("abc", "99999", "-1", "0", ""):
            with self.subTest(page=page):
                response = self.get(page=page)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(titles(response))

    def test_paginates_and_keeps_the_filter_in_the_page_links(self):
        for day in range(1, NEWS_PER_PAGE + 2):
            builders.add_news(self.index, date=datetime.date(2024, 1, day), centers=[self.pernik])
        first = self.get(center=self.pernik.slug)
        self.assertEqual(len(titles(first)), NEWS_PER_PAGE)
        self.assertContains(first, f'href="?center={self.pernik.slug}&amp;page=2"')
        second = self.get(center=self.pernik.slug, page=2)
        self.assertEqual(len(titles(second)), 2)  # the 11 new items and "Нова", ten a page

    def test_a_center_page_lists_the_news_that_names_it(self):
        response = self.client.get(self.pernik.url)
        self.assertContains(response, "Нова")
        self.assertNotContains(response, "Стара")


class NewsIndexQueryCountTests(TestCase):
    """The list must not make a query per item: 5 items and 200 items cost the same."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.center = builders.add_center(cls.tree["centers"])
        cls.topics = [builders.add_topic(f"тема {number}") for number in range(7)] + [
            builders.add_topic("Перник")
        ]

    def add_items(self, start, stop):
        for number in range(start, stop):
            item = NewsPage(
                title=f"Новина {number}",
                slug=f"bulk-{number}",
                date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
                lead="Какво се случи.",
                body=[],
            )
            item.topics = [self.topics[number % 7], self.topics[7]]
            self.tree["news"].add_child(instance=item)

    def count_queries(self, url):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_same_number_of_queries_for_5_and_200_items(self):
        url = NewsIndexPage.objects.get().url
        self.add_items(0, 5)
        self.count_queries(url)  # warm Wagtail's site-root cache
        with_five = self.count_queries(url)
        self.add_items(5, 200)
        self.count_queries(url)  # warm again: adding news changed the site (core/site_cache.py)
        self.assertEqual(self.count_queries(url), with_five)
