"""A news item's two dates: the day it is published here, and when it happened, as precisely as its source."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import translation

from tests import builders


class NewsDatesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.index = cls.tree["news"]
        cls.month = builders.add_news(
            cls.index, "Откриване", datetime.date(2026, 11, 21), event_year=2020, event_month=3
        )
        cls.year = builders.add_news(cls.index, "Година", datetime.date(2026, 11, 20), event_year=2019)
        cls.undated = builders.add_news(cls.index, "Без дата", datetime.date(2026, 11, 19))

    def test_the_page_and_the_card_show_the_event_month_apart_from_the_publication_date(self):
        for url in (self.month.url, self.index.url):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, 'Събитието е от <time datetime="2020-03">март 2020 г.</time>')
                self.assertContains(response, 'Публикувано на <time datetime="2026-11-21">')

    def test_a_year_alone_is_shown_as_a_year(self):
        response = self.client.get(self.year.url)
        self.assertContains(response, 'Събитието е от <time datetime="2019">2019</time>')

    def test_without_an_event_date_only_the_publication_date_is_shown(self):
        response = self.client.get(self.undated.url)
        self.assertContains(response, 'Публикувано на <time datetime="2026-11-19">')
        self.assertNotContains(response, "Събитието е от")

    def test_a_month_without_a_year_is_refused_with_a_clear_message(self):
        self.undated.event_month = 3
        with translation.override("bg"), self.assertRaises(ValidationError) as refused:
            self.undated.full_clean()
        self.assertEqual(
            refused.exception.message_dict["event_year"],
            ["Посочете и годината на събитието, не само месеца."],
        )

    def test_the_news_page_links_its_topics_to_the_filtered_index(self):
        topic = builders.add_topic("Перник", "pernik")
        item = builders.add_news(self.index, "С тема", topics=[topic])
        self.assertContains(
            self.client.get(item.url), f'<a href="{self.index.url}?topic=pernik">Перник</a>', html=False
        )
