"""What every page shows of the site is kept in the cache (core/site_cache.py): a change to the
site shows on the next request, and a cache that fails costs queries, never the page."""

from unittest import mock

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.test import TestCase, override_settings
from wagtail.models import Site

from core import site_cache
from core.models import SiteSettings
from home.models import StandardPage
from tests import builders


class KeptPartsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = builders.build_site()
        cls.site["news"].show_in_menus = True
        cls.site["news"].save_revision().publish()

    def test_a_page_published_into_the_menu_shows_on_the_next_request(self):
        self.assertContains(self.client.get("/bg/"), 'href="/bg/novini/"')
        page = StandardPage(title="За мрежата", slug="za-mrezhata", show_in_menus=True)
        builders.publish(self.site["home"], page)
        self.assertContains(self.client.get("/bg/"), 'href="/bg/za-mrezhata/"')

    def test_a_page_taken_out_of_the_menu_leaves_it_on_the_next_request(self):
        self.assertContains(self.client.get("/bg/"), 'href="/bg/novini/"')
        self.site["news"].unpublish()
        self.assertNotContains(self.client.get("/bg/"), 'href="/bg/novini/"')

    def test_the_footers_phone_shows_on_the_next_request_once_changed(self):
        self.assertNotContains(self.client.get("/bg/"), "02 123 4567")
        footer = SiteSettings.for_site(Site.objects.get())
        footer.contact_phone = "02 123 4567"
        footer.save()
        self.assertContains(self.client.get("/bg/"), "02 123 4567")

    def test_a_centre_page_shows_news_about_it_published_after_it_was_kept(self):
        center = builders.add_center(self.site["centers"], title="ЦОП Перник")
        self.assertNotContains(self.client.get(center.url), "Лятно училище")
        builders.add_news(self.site["news"], title="Лятно училище", centers=[center])
        self.assertContains(self.client.get(center.url), "Лятно училище")

    def test_a_centre_page_changed_by_its_editor_shows_the_change(self):
        center = builders.add_center(self.site["centers"], title="ЦОП Перник")
        self.assertNotContains(self.client.get(center.url), "Нов текст за центъра")
        center.summary = "Нов текст за центъра."
        center.save_revision().publish()
        self.assertContains(self.client.get(center.url), "Нов текст за центъра")

    def test_a_pages_head_says_its_new_title_once_published(self):
        news = self.site["news"]
        self.assertContains(self.client.get(news.url), '<meta property="og:title" content="Новини">')
        news.title = "Новини от мрежата"
        news.save_revision().publish()
        self.assertContains(
            self.client.get(news.url), '<meta property="og:title" content="Новини от мрежата">'
        )

    def test_a_preview_shows_the_drafts_head_and_content_and_keeps_neither(self):
        news = self.site["news"]
        # The live page's head and content are kept, for the host a preview is made for too.
        self.client.get(news.url, HTTP_HOST="localhost")
        news.title = "Чернова"
        preview = news.make_preview_request().content.decode()
        self.assertIn('<meta property="og:title" content="Чернова">', preview)
        live = self.client.get(news.url, HTTP_HOST="localhost")
        self.assertNotContains(live, "Чернова")

    @override_settings(ALLOWED_HOSTS=["localhost", "other.example"])
    def test_each_host_gets_its_own_sites_pages(self):
        other_home = builders.add_standard_page(self.site["home"].get_parent(), title="Друг сайт")
        Site.objects.create(hostname="other.example", port=80, root_page=other_home, site_name="Друг")
        self.assertContains(self.client.get("/bg/", HTTP_HOST="localhost"), 'href="/bg/novini/"')
        other = self.client.get("/bg/", HTTP_HOST="other.example")
        self.assertContains(other, "Друг сайт")
        self.assertNotContains(other, 'href="/bg/novini/"')

    def test_a_site_given_another_home_page_serves_it_on_the_next_request(self):
        self.assertContains(self.client.get("/bg/"), 'href="/bg/novini/"')
        new_home = builders.add_standard_page(self.site["home"].get_parent(), title="Нов начален")
        site = Site.objects.get()
        site.root_page = new_home
        site.save()
        self.assertContains(self.client.get("/bg/"), "Нов начален")


class LostGenerationTests(TestCase):
    def test_a_generation_the_cache_lost_is_never_an_earlier_one(self):
        site_cache.forget_generation()
        first = site_cache.generation()
        self.assertEqual(site_cache.remember("part", lambda: "old"), "old")
        cache.delete(site_cache.GENERATION_KEY)  # evicted, as a full cache may
        site_cache.forget_generation()
        self.assertNotEqual(site_cache.generation(), first)
        self.assertEqual(site_cache.remember("part", lambda: "new"), "new")


class BrokenCache(LocMemCache):
    def get(self, *args, **kwargs):
        raise ConnectionError("the cache is down")

    set = get


class FailingCacheTests(TestCase):
    def test_a_part_is_read_from_the_database_when_the_cache_fails(self):
        broken = BrokenCache("broken", {})
        with mock.patch.object(site_cache, "cache", broken), self.assertLogs("core.site_cache", "WARNING"):
            site_cache.forget_generation()
            self.assertEqual(site_cache.remember("answer", lambda: 42), 42)
            self.assertEqual(site_cache.remember("answer", lambda: 43), 43)

    def test_a_change_is_saved_when_the_cache_cannot_be_told(self):
        broken = BrokenCache("broken", {})
        with mock.patch.object(site_cache, "cache", broken), self.assertLogs("core.site_cache", "WARNING"):
            footer = SiteSettings.for_site(builders.build_site()["home"].get_site())
            footer.contact_phone = "02 123 4567"
            footer.save()
        self.assertEqual(SiteSettings.objects.get().contact_phone, "02 123 4567")
