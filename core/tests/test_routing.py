"""The page at an address is found in two queries however deep (core/pages.py DirectRouteMixin),
and what Wagtail's walk down the tree decides still holds: privacy, drafts, aliases, 404s."""

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from news.models import NewsPage
from tests import builders


class DirectRouteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = builders.build_site()
        cls.item = builders.add_news(cls.site["news"], title="Лятно училище")

    def get(self, page, **kwargs):
        return self.client.get(page.url, **kwargs)

    def test_a_page_is_served_at_its_address(self):
        response = self.get(self.item)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Лятно училище")

    def test_finding_a_page_costs_one_query_at_any_depth_and_none_once_kept(self):
        def routing_queries(page, kept):
            self.get(page)
            if not kept:
                cache.clear()
            with CaptureQueriesContext(connection) as queries:
                self.get(page)
            return [q for q in queries if '"url_path" IN' in q["sql"]]

        for page in (self.item, self.site["news"]):
            self.assertEqual(len(routing_queries(page, kept=False)), 1)
            self.assertEqual(routing_queries(page, kept=True), [])

    def test_a_password_on_a_section_guards_the_pages_under_it(self):
        PageViewRestriction.objects.create(
            page=self.site["news"], restriction_type=PageViewRestriction.PASSWORD, password="тайна"
        )
        response = self.get(self.item)
        self.assertNotContains(response, "Какво се случи.")
        self.assertContains(response, 'name="password"')

    def test_a_section_for_signed_in_visitors_sends_others_to_sign_in(self):
        PageViewRestriction.objects.create(page=self.site["news"], restriction_type=PageViewRestriction.LOGIN)
        response = self.get(self.item)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])

    def test_an_alias_is_guarded_by_its_sources_password(self):
        alias = self.item.create_alias(parent=self.site["programs"], update_slug="alias-lyatno")
        PageViewRestriction.objects.create(
            page=self.item, restriction_type=PageViewRestriction.PASSWORD, password="тайна"
        )
        response = self.client.get(alias.url)
        self.assertEqual(alias.url, "/bg/programi/alias-lyatno/")
        self.assertContains(response, 'name="password"')

    def test_an_unpublished_page_is_not_found(self):
        self.item.unpublish()
        self.assertEqual(self.client.get("/bg/novini/" + self.item.slug + "/").status_code, 404)

    def test_a_live_page_under_an_unpublished_section_is_served_as_wagtail_serves_it(self):
        url = self.item.url
        self.site["news"].unpublish()
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_an_address_that_is_no_page_is_not_found(self):
        self.assertEqual(self.client.get("/bg/novini/nyama-takava/").status_code, 404)
        self.assertEqual(self.client.get("/bg/nyama/takava/stranitsa/").status_code, 404)

    def test_a_page_moved_is_found_at_its_new_address(self):
        old_url = self.item.url
        self.item.move(self.site["programs"], pos="last-child")
        item = NewsPage.objects.get(pk=self.item.pk)
        self.assertEqual(self.client.get(item.url).status_code, 200)
        self.assertRedirects(self.client.get(old_url), item.url, status_code=301)
