"""A publish or unpublish purges from the front cache exactly the pages it changed: the page, its
translations, its listings (parent, home page, the centre and programme pages that show it, the
"How to get help" finder, the news index's centre filter), the sitemap, for news the feeds of its
language and for a centre the open data; no other page."""

from unittest import mock

from django.conf import settings
from django.test import TestCase, override_settings
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale

from core.frontend_cache import FRONT_CACHE_PURGE_HOOK
from home.models import HomeFeaturedCenter, HomeFeaturedProgram, StandardPage
from tests import builders

PURGED = []


class RecordingBackend(BaseBackend):
    """Keeps the addresses it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


def english_copy(page, english):
    copy = page.copy_for_translation(english)
    copy.save_revision().publish()
    return copy


def url(page):
    return page.get_full_url()


# The configured public address (SITE_URL) is the Site every purged address starts with.
SITE = settings.SITE_URL


@override_settings(
    WAGTAILFRONTENDCACHE={"recording": {"BACKEND": "tests.test_front_cache_purge.RecordingBackend"}},
    WAGTAILFRONTENDCACHE_LANGUAGES=[],
)
class PurgeOnPublishTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        english = Locale.objects.get_or_create(language_code="en")[0]
        cls.home, cls.news_index, cls.centers = tree["home"], tree["news"], tree["centers"]
        cls.programs = tree["programs"]
        cls.en = {name: english_copy(tree[name], english) for name in ("home", "centers", "programs", "news")}

        cls.program = builders.add_program(cls.programs)
        cls.other_program = builders.add_program(cls.programs)
        cls.center = builders.add_center(cls.centers, programs=[cls.program])
        cls.other_center = builders.add_center(cls.centers, programs=[cls.other_program])
        HomeFeaturedCenter.objects.create(home=cls.home, page=cls.center)
        HomeFeaturedProgram.objects.create(home=cls.home, page=cls.program)
        cls.how_to_get_help = builders.publish(
            cls.home,
            StandardPage(
                title="Как да получите помощ", slug="pomosht", body=[{"type": "finder", "value": {"title": "Намерете"}}]
            ),
        )  # fmt: skip
        cls.about = builders.add_standard_page(cls.home)
        cls.news = builders.add_news(cls.news_index, centers=[cls.center])
        cls.other_news = builders.add_news(cls.news_index, centers=[cls.other_center])

        cls.en_program = english_copy(cls.program, english)
        cls.en_center = english_copy(cls.center, english)
        cls.en_news = english_copy(cls.news, english)

    def purged_by(self, action):
        PURGED.clear()
        action()
        self.assertEqual(len(PURGED), len(set(PURGED)), "an address purged twice")
        return set(PURGED)

    def publish(self, page):
        return self.purged_by(lambda: page.save_revision().publish())

    def unpublish(self, page):
        return self.purged_by(page.unpublish)

    def news_set(self):
        return {
            url(self.news),
            url(self.en_news),  # its language switch and hreflang
            url(self.news_index),
            url(self.home),  # the latest news
            url(self.center),  # the centre's news
            f"{SITE}/sitemap.xml",
            f"{SITE}/feeds/bg/rss.xml",
            f"{SITE}/feeds/bg/atom.xml",
        }

    def test_publishing_a_news_item(self):
        self.assertEqual(self.publish(self.news), self.news_set())

    def test_unpublishing_a_news_item(self):
        self.assertEqual(self.unpublish(self.news), self.news_set())

    def test_publishing_an_english_news_item_purges_the_english_listings(self):
        self.assertEqual(
            self.publish(self.en_news),
            {
                url(self.en_news),
                url(self.news),
                url(self.en["news"]),
                url(self.en["home"]),
                url(self.en_center),
                f"{SITE}/sitemap.xml",
                f"{SITE}/feeds/en/rss.xml",
                f"{SITE}/feeds/en/atom.xml",
            },
        )

    def center_set(self):
        return {
            url(self.center),
            url(self.en_center),
            url(self.centers),
            url(self.home),  # featured
            url(self.how_to_get_help),  # the finder lists every centre
            url(self.program),  # the programme's centres
            url(self.news),  # the centres a news item is about
            url(self.news_index),  # the filter by centre
            f"{SITE}/sitemap.xml",
            f"{SITE}/data/centres.geojson",  # the open data lists every centre
            f"{SITE}/data/centres.csv",
            f"{SITE}/api/centres/",
        }

    def test_publishing_a_centre(self):
        self.assertEqual(self.publish(self.center), self.center_set())

    def test_unpublishing_a_centre(self):
        self.assertEqual(self.unpublish(self.center), self.center_set())

    def test_a_centre_not_featured_leaves_the_home_page(self):
        purged = self.publish(self.other_center)
        self.assertNotIn(url(self.home), purged)
        self.assertIn(url(self.other_news), purged)
        self.assertIn(url(self.other_program), purged)

    def program_set(self):
        return {
            url(self.program),
            url(self.en_program),
            url(self.programs),
            url(self.home),  # featured
            url(self.center),  # the centre's programmes
            f"{SITE}/sitemap.xml",
        }

    def test_publishing_a_programme(self):
        self.assertEqual(self.publish(self.program), self.program_set())

    def test_unpublishing_a_programme(self):
        self.assertEqual(self.unpublish(self.program), self.program_set())

    def test_a_plain_page_purges_its_parent_and_the_sitemap(self):
        self.assertEqual(self.publish(self.about), {url(self.about), url(self.home), f"{SITE}/sitemap.xml"})

    @override_settings(WAGTAILFRONTENDCACHE={})
    def test_nothing_without_a_front_cache(self):
        self.assertEqual(self.publish(self.news), set())

    def test_a_failing_listing_never_stops_the_publish(self):
        def broken(page, batch):
            raise RuntimeError("a query failed")

        with (
            hooks.register_temporarily(FRONT_CACHE_PURGE_HOOK, broken),
            self.assertLogs("wagtail.frontendcache", "ERROR"),
        ):
            purged = self.publish(self.news)
        self.news.refresh_from_db()
        self.assertTrue(self.news.live)
        self.assertIn(url(self.news), purged)

    def test_a_site_gone_from_the_database_never_stops_the_publish(self):
        with mock.patch("wagtail.models.Page.get_site", side_effect=AssertionError("no Site query")):
            self.assertEqual(self.publish(self.news), self.news_set())
