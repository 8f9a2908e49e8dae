"""Publishing an event purges the pages and calendars that show it; publishing its centre or
programme purges the event (it shows their names)."""

import datetime

from django.conf import settings
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends import BaseBackend

from tests import builders

PURGED = []
SITE = settings.SITE_URL


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@override_settings(
    WAGTAILFRONTENDCACHE={"recording": {"BACKEND": "events.tests.test_front_cache_purge.RecordingBackend"}},
    WAGTAILFRONTENDCACHE_LANGUAGES=[],
)
class EventPurgeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.home = tree["home"]
        cls.program = builders.add_program(tree["programs"])
        cls.center = builders.add_center(tree["centers"], programs=[cls.program])
        cls.index = builders.add_event_index(cls.home)
        cls.event = builders.add_event(
            cls.index,
            start_date=timezone.localdate() + datetime.timedelta(days=3),
            center=cls.center,
            program=cls.program,
        )

    def purged_by(self, action):
        PURGED.clear()
        action()
        self.assertEqual(len(PURGED), len(set(PURGED)), "an address purged twice")
        return set(PURGED)

    def event_set(self):
        return {
            self.event.get_full_url(),
            self.event.get_full_url() + "event.ics",
            self.index.get_full_url(),
            self.home.get_full_url(),
            self.center.get_full_url(),
            self.program.get_full_url(),
            f"{SITE}/sitemap.xml",
            f"{SITE}/feeds/bg/events.ics",
            f"{SITE}/feeds/bg/{self.center.slug}/events.ics",
        }

    def test_publishing_an_event(self):
        self.assertEqual(self.purged_by(lambda: self.event.save_revision().publish()), self.event_set())

    def test_unpublishing_an_event(self):
        self.assertEqual(self.purged_by(self.event.unpublish), self.event_set())

    def test_publishing_its_centre_or_programme_purges_the_event(self):
        self.assertIn(
            self.event.get_full_url(), self.purged_by(lambda: self.center.save_revision().publish())
        )
        self.assertIn(
            self.event.get_full_url(), self.purged_by(lambda: self.program.save_revision().publish())
        )
