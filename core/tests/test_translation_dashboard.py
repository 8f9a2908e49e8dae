"""The dashboard's "Translations out of date": the pages changed since their translations were
synced that the editor may edit, newest sync first, in as many queries for 200 pages as for 5."""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from centers.groups import ensure_editor_group, ensure_network_groups
from core.wagtail_hooks import out_of_date_translations
from home.models import StandardPage
from tests import builders

SYNCED = timezone.make_aware(datetime.datetime(2026, 1, 1))
CHANGED = SYNCED + datetime.timedelta(days=30)
_numbers = itertools.count()


class OutOfDateTranslationsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.english = Locale.objects.get_or_create(language_code="en")[0]
        cls.center = builders.add_center(cls.tree["centers"], title="SOS ЦОП Перник")
        cls.other_center = builders.add_center(cls.tree["centers"], title="SOS ЦОП Габрово")
        _, network_editors = ensure_network_groups()
        User = get_user_model()
        cls.network_editor = User.objects.create_user("network", password="x")
        cls.network_editor.groups.add(network_editors)
        cls.centre_editor = User.objects.create_user("pernik-editor", password="x")
        cls.centre_editor.groups.add(ensure_editor_group(cls.center))

    @classmethod
    def translated(cls, page, synced=SYNCED, changed=CHANGED):
        """`page` with an English translation last synced at `synced`, changed at `changed`."""
        source, _ = TranslationSource.get_or_create_from_instance(page)
        Translation.objects.get_or_create(source=source, target_locale=cls.english)
        TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=synced)
        type(page).objects.filter(pk=page.pk).update(last_published_at=changed)
        source.refresh_from_db()
        return source

    @classmethod
    def add_translated_pages(cls, count, changed=True):
        """`count` translated pages, each synced a minute after the one before; changed since
        their sync, or synced since their change."""
        home = cls.tree["home"]
        for number in itertools.islice(_numbers, count):
            page = home.add_child(
                instance=StandardPage(title=f"Страница {number}", slug=f"stranitsa-{number}")
            )
            synced = SYNCED + datetime.timedelta(minutes=number)
            cls.translated(page, synced=synced, changed=CHANGED if changed else synced)

    def stale(self, user, **kwargs):
        return [(item["page"].pk, item["source"].pk) for item in out_of_date_translations(user, **kwargs)]


class WhatTheListShowsTests(OutOfDateTranslationsTestCase):
    def test_a_page_changed_after_its_sync_is_listed_with_its_source(self):
        source = self.translated(self.center)
        self.assertEqual(self.stale(self.network_editor), [(self.center.pk, source.pk)])

    def test_a_page_not_changed_since_its_sync_is_not_listed(self):
        self.translated(self.center, synced=CHANGED, changed=SYNCED)
        self.assertEqual(self.stale(self.network_editor), [])

    def test_a_source_without_translations_is_not_listed(self):
        source = self.translated(self.center)
        source.translations.all().delete()
        self.assertEqual(self.stale(self.network_editor), [])

    def test_a_centre_editor_sees_only_the_pages_they_may_edit(self):
        own = self.translated(self.center)
        self.translated(self.other_center)
        self.assertEqual(self.stale(self.centre_editor), [(self.center.pk, own.pk)])

    def test_a_page_written_by_the_editor_where_they_may_only_add_is_theirs_to_edit(self):
        news = builders.add_news(self.tree["news"], owner=self.centre_editor)
        others = builders.add_news(self.tree["news"])
        own = self.translated(news)
        self.translated(others)
        self.assertEqual(self.stale(self.centre_editor), [(news.pk, own.pk)])

    def test_an_inactive_user_sees_nothing(self):
        self.translated(self.center)
        self.network_editor.is_active = False
        self.assertEqual(self.stale(self.network_editor), [])

    def test_the_latest_synced_come_first_and_the_list_stops_at_its_limit(self):
        self.add_translated_pages(5)
        stale = self.stale(self.network_editor, limit=3)
        synced = [TranslationSource.objects.get(pk=source).last_updated_at for _, source in stale]
        self.assertEqual(len(stale), 3)
        self.assertEqual(synced, sorted(synced, reverse=True))
        self.assertEqual(synced[0], SYNCED + datetime.timedelta(minutes=4))

    def test_the_dashboard_links_the_page_and_its_sync(self):
        source = self.translated(self.center)
        self.client.force_login(self.network_editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[self.center.pk]))
        self.assertContains(response, reverse("wagtail_localize:update_translations", args=[source.pk]))


class DashboardQueryCountTests(OutOfDateTranslationsTestCase):
    def dashboard_queries(self):
        self.client.force_login(self.network_editor)
        self.client.get(reverse("wagtailadmin_home"))  # fills the caches a first visit fills
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_the_dashboard_makes_as_many_queries_for_200_translated_pages_as_for_5(self):
        # Changed ones fill the list up to its limit; up-to-date ones are the sources it passes over.
        self.add_translated_pages(5)
        self.add_translated_pages(5, changed=False)
        with_5 = self.dashboard_queries()
        self.add_translated_pages(195)
        self.add_translated_pages(195, changed=False)
        self.assertEqual(self.dashboard_queries(), with_5)
