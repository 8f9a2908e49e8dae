"""What every page shares (header, footer, breadcrumbs, language switch, head) must cost the same
few queries however much content the site has: the same for the seeded news and 200 more."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage
from tests import builders
from tests.content import SiteContentTestCase

PAGES = [
    "/bg/",
    "/en/",
    "/bg/za-mrezhata/",
    "/en/about/",
    "/bg/programi/",
    "/bg/tsentrove/pernik/",
    "/en/centres/veliko-tarnovo/",
]
# The chrome's budget today (Wagtail's own routing takes 7 of it); the speed issue lowers it.
PLAIN_PAGE_BUDGET = 20


class SharedPartsQueryTests(SiteContentTestCase):
    def count_queries(self, url):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(queries)

    def add_news(self, count):
        index = NewsIndexPage.objects.get(locale__language_code="bg")
        for number in range(count):
            builders.add_news(index, title=f"Новина {number}")

    def test_pages_make_as_many_queries_with_200_more_news_items(self):
        for url in PAGES:
            self.count_queries(url)  # Wagtail's site-root cache and the locales, once per process
        before = {url: self.count_queries(url) for url in PAGES}
        self.add_news(200)
        for url in PAGES:
            with self.subTest(url=url):
                self.assertEqual(self.count_queries(url), before[url])

    def test_a_plain_page_keeps_to_its_query_budget(self):
        self.count_queries("/bg/za-mrezhata/")
        self.assertLessEqual(self.count_queries("/bg/za-mrezhata/"), PLAIN_PAGE_BUDGET)

    def test_a_page_looks_its_language_up_once_for_all_its_parts(self):
        # Wagtail's routing asks once, the site's parts (header, footer, relations) once between them.
        self.count_queries("/en/")
        with CaptureQueriesContext(connection) as queries:
            self.client.get("/en/")
        locale_queries = [q for q in queries if 'FROM "wagtailcore_locale"' in q["sql"]]
        self.assertLessEqual(len(locale_queries), 2)
