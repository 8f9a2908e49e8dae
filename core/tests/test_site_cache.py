"""What every page shows of the site is kept in the cache (core/site_cache.py): a change to the
site shows on the next request, and a cache that fails costs queries, never the page."""

from unittest import mock

from django.core.cache.backends.locmem import LocMemCache
from django.test import TestCase
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
