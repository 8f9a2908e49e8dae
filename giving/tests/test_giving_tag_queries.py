"""What the giving tags cost in SQL: the Donate button on every page is one query, however often
a page asks for the Donate page, and none while the site's parts are kept (core/site_cache.py); a
centre's support box and the Donate page add one for their campaigns (the centre's none while its
content is kept). Pinned, so a tag that starts querying per call fails here."""

import traceback
from contextlib import contextmanager

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from centers.models import CenterPage
from giving.models import DonatePage
from home.models import StandardPage
from tests.content import SiteContentTestCase

from .helpers import build_giving_site

TAGS = "giving/templatetags/giving_tags.py"


@contextmanager
def giving_tag_queries():
    """The queries made while a giving tag runs (by the stack that made them), within all a
    request makes (CaptureQueriesContext), so a count can say what the tags add to a page."""
    ours = []

    def spot(execute, sql, params, many, context):
        if any(frame.filename.endswith(TAGS) for frame in traceback.extract_stack()):
            ours.append(sql)
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as everything, connection.execute_wrapper(spot):
        yield ours, everything


class GivingTagQueryTests(SiteContentTestCase):
    def count(self, page, cold=True):
        self.client.get(page.url)  # Wagtail's cached lookups (site root paths) are warm after one
        if cold:  # the site's parts and the centre's content drawn again, as after a change
            cache.clear()
        with giving_tag_queries() as (ours, everything):
            response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        self.assertGreater(len(everything), len(ours))
        return ours

    def test_the_donate_button_costs_a_plain_page_one_query_in_each_language(self):
        for language in ("bg", "en"):
            page = StandardPage.objects.live().filter(locale__language_code=language).first()
            with self.subTest(page=page.url):
                ours = self.count(page)
                self.assertEqual(len(ours), 1, [sql[:120] for sql in ours])
                self.assertEqual(self.count(page, cold=False), [])

    def test_a_centre_that_runs_on_donations_adds_only_its_campaigns(self):
        """The support box asks for the Donate page again (the request keeps it) and matches the
        centre by its own address name without asking for its translations."""
        for language in ("bg", "en"):
            pernik = CenterPage.objects.live().get(slug="pernik", locale__language_code=language)
            with self.subTest(page=pernik.url):
                ours = self.count(pernik)
                self.assertEqual(len(ours), 2, [sql[:120] for sql in ours])
                self.assertEqual(self.count(pernik, cold=False), [])

    def test_the_donate_page_adds_only_its_campaigns(self):
        for page in DonatePage.objects.live():
            with self.subTest(page=page.url):
                ours = self.count(page)
                self.assertEqual(len(ours), 2, [sql[:120] for sql in ours])
                self.assertEqual(len(self.count(page, cold=False)), 1)  # its campaigns


class DonateButtonLanguageTests(TestCase):
    """The one query still finds the page in the visitor's language, else the default one's."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site()
        cls.english_home = cls.site["donate_en"].get_parent()

    def button(self, url):
        return f'<a class="button site-donate" href="{url}"'

    def test_an_english_page_leads_to_the_english_donate_page(self):
        self.assertContains(self.client.get(self.english_home.url), self.button(self.site["donate_en"].url))
        self.assertContains(self.client.get(self.site["home"].url), self.button(self.site["donate"].url))

    def test_without_an_english_donate_page_it_leads_to_the_bulgarian_one(self):
        DonatePage.objects.get(
            pk=self.site["donate_en"].pk
        ).unpublish()  # the built one is not live in memory
        self.assertContains(self.client.get(self.english_home.url), self.button(self.site["donate"].url))
