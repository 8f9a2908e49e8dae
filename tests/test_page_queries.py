"""Every page in a handful of SQL queries, and as many with 200 news items (or 50 centres) as with
the seeded few: warm, as a visitor meets a page someone has just seen, and cold, with the cache
empty, so that no query per item hides behind the cache."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from centers.models import CenterIndexPage
from news.models import NewsIndexPage, NewsPage
from tests import builders
from tests.content import SiteContentTestCase

# The most queries a warm request may make (the speed issue's goals).
BUDGETS = {
    "/bg/": 10,
    "/en/": 10,
    "/bg/novini/": 10,
    "/en/news/": 10,
    "/bg/novini/nov-tsop-kazanlak/": 10,
    "/bg/tsentrove/": 10,
    "/bg/tsentrove/veliko-tarnovo/": 10,
    "/en/centres/veliko-tarnovo/": 10,
    "/bg/tsentrove/pernik/": 10,
    "/bg/programi/ritam-karti-daga/": 10,
    "/bg/darete/": 10,
    "/en/donate/": 10,
    "/bg/tsentrove/?town=Радомир": 10,
    "/en/centres/?town=Radomir": 10,
    "/bg/za-mrezhata/": 10,
    "/en/accessibility/": 10,
    "/bg/tarsene/?q=деца": 15,
    "/en/search/?q=children": 15,
}
SITEMAP = "/sitemap.xml"
CENTRE_PAGES = ["/bg/tsentrove/", "/bg/tsentrove/?town=Радомир", "/en/centres/?town=Radomir", SITEMAP]


class PageQueryTests(SiteContentTestCase):
    def count(self, url):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(queries)

    def warm(self, url):
        self.client.get(url)
        return self.count(url)

    def cold(self, url):
        cache.clear()
        return self.count(url)

    def counts(self, urls):
        return {url: (self.warm(url), self.cold(url)) for url in urls}

    def add_news(self, up_to):
        index = NewsIndexPage.objects.get(locale__language_code="bg")
        for number in range(NewsPage.objects.filter(locale=index.locale).count(), up_to):
            builders.add_news(index, title=f"Новина {number}")

    def add_centres(self, up_to):
        index = CenterIndexPage.objects.get(locale__language_code="bg")
        for number in range(index.get_children().count(), up_to):
            builders.add_center(index, title=f"ЦОП {number}")

    def test_each_page_keeps_to_its_budget(self):
        for url, budget in BUDGETS.items():
            with self.subTest(url=url):
                self.assertLessEqual(self.warm(url), budget)

    def assert_counts_stay(self, urls, grow):
        """Each url's (warm, cold) query counts are the same after `grow()` adds content."""
        before = self.counts(urls)
        grow()
        after = self.counts(urls)
        for url in urls:
            with self.subTest(url=url):
                self.assertEqual(after[url], before[url], "(warm, cold)")

    def test_no_page_makes_more_queries_with_200_news_items_than_with_5(self):
        self.add_news(5)
        self.assert_counts_stay([*BUDGETS, SITEMAP], lambda: self.add_news(200))

    def test_the_centres_pages_make_no_more_queries_with_50_centres_than_with_7(self):
        self.assertEqual(CenterIndexPage.objects.get(locale__language_code="bg").get_children().count(), 7)
        self.assert_counts_stay(CENTRE_PAGES, lambda: self.add_centres(50))

    def test_a_page_looks_its_language_up_once_for_all_its_parts(self):
        # Wagtail's routing asks once; the site's own parts keep theirs in the cache.
        self.client.get("/en/")
        with CaptureQueriesContext(connection) as queries:
            self.client.get("/en/")
        locale_queries = [q for q in queries if 'FROM "wagtailcore_locale"' in q["sql"]]
        self.assertEqual(len(locale_queries), 1)
