"""Events: their rules, what is upcoming and past, the listings that show them, the JSON-LD."""

import datetime
import json
import re

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import timezone, translation
from wagtail.models import Locale

from centers.models import TargetGroup
from events.models import EventPage
from tests import builders

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def event_data(response):
    for text in LD_JSON.findall(response.content.decode()):
        data = json.loads(text)
        for item in data if isinstance(data, list) else [data]:
            if item["@type"] == "Event":
                return item
    return None


class EventRulesTests(TestCase):
    def check(self, **fields):
        event = EventPage(title="Лятно училище", slug="lyatno", summary="Какво.", **fields)
        with self.assertRaises(ValidationError) as caught:
            event.clean()
        return caught.exception.message_dict

    def test_an_end_before_the_start_is_refused_with_a_clear_message(self):
        with translation.override("en"):
            errors = self.check(start_date=days(5), end_date=days(4))
            self.assertIn("end date is before the start date", errors["end_date"][0])
        with translation.override("bg"):
            errors = self.check(start_date=days(5), end_date=days(4))
            self.assertIn("крайната дата е преди началната", errors["end_date"][0])

    def test_an_end_time_before_the_start_time_on_one_day_is_refused(self):
        errors = self.check(start_date=days(5), start_time=datetime.time(12), end_time=datetime.time(10))
        self.assertIn("end_time", errors)

    def test_times_or_recurrence_without_a_start_date_are_refused(self):
        errors = self.check(start_time=datetime.time(10), repeats_on=0, repeats_until=days(30))
        self.assertEqual(set(errors), {"start_time", "repeats_on", "repeats_until"})

    def test_weekly_sessions_need_their_last_day_after_the_first(self):
        self.assertIn("repeats_until", self.check(start_date=days(1), repeats_on=2))
        monday = days(7 - days(0).weekday())
        self.assertIn("repeats_until", self.check(start_date=monday, repeats_on=2, repeats_until=monday))

    def test_a_valid_weekly_event_passes(self):
        event = EventPage(
            title="Група", slug="grupa", summary="Какво.", start_date=days(1), repeats_on=2,
            repeats_until=days(60), start_time=datetime.time(17), end_time=datetime.time(18, 30),
        )  # fmt: skip
        event.clean()


class EventListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.home = tree["home"]
        cls.program = builders.add_program(tree["programs"])
        cls.other_program = builders.add_program(tree["programs"])
        cls.center = builders.add_center(tree["centers"], programs=[cls.program])
        cls.other_center = builders.add_center(tree["centers"])
        cls.index = builders.add_event_index(cls.home)
        cls.soon = builders.add_event(
            cls.index, "Работилница скоро", start_date=days(8), center=cls.center, program=cls.program
        )
        cls.later = builders.add_event(
            cls.index, "Работилница по-късно", start_date=days(40), center=cls.other_center
        )
        monday = days(-14 - days(0).weekday())
        cls.weekly = builders.add_event(
            cls.index, "Група за родители", start_date=monday, repeats_on=0, repeats_until=days(50),
            start_time=datetime.time(17), end_time=datetime.time(18), program=cls.program,
        )  # fmt: skip
        cls.gone = builders.add_event(cls.index, "Минало събитие", start_date=days(-10), end_date=days(-8))
        cls.undated = builders.add_event(cls.index, "Лятно училище без дати")
        cls.at_centre = builders.add_event(cls.center, "Ден на отворените врати", start_date=days(10))

    def test_the_index_lists_upcoming_soonest_first_and_past_apart(self):
        response = self.client.get(self.index.url)
        self.assertEqual(response.status_code, 200)
        upcoming = [event.title for event in response.context["upcoming_events"]]
        # The weekly group's next session is within a week; the others come later.
        self.assertEqual(upcoming[0], self.weekly.title)
        self.assertEqual(upcoming[1:], [self.soon.title, self.at_centre.title, self.later.title])
        self.assertEqual([event.title for event in response.context["past_events"]], [self.gone.title])
        self.assertContains(response, 'id="past-title"')

    def test_an_event_without_dates_is_listed_nowhere(self):
        for url in (self.index.url, self.home.url, self.center.url, "/sitemap.xml"):
            self.assertNotContains(
                self.client.get(url), self.undated.title if url != "/sitemap.xml" else self.undated.slug
            )
        response = self.client.get(self.undated.url)
        self.assertContains(response, "Датите на това събитие още не са определени.")
        self.assertIsNone(event_data(response))

    def test_the_index_filters_by_centre_programme_and_month(self):
        by_center = self.client.get(self.index.url, {"center": self.center.slug}).context["upcoming_events"]
        self.assertEqual({e.title for e in by_center}, {self.soon.title, self.at_centre.title})
        by_program = self.client.get(self.index.url, {"program": self.program.slug}).context[
            "upcoming_events"
        ]
        self.assertEqual({e.title for e in by_program}, {self.soon.title, self.weekly.title})
        month = days(40)
        by_month = self.client.get(self.index.url, {"month": f"{month:%Y-%m}"}).context["upcoming_events"]
        self.assertIn(self.later.title, {e.title for e in by_month})
        self.assertIn(self.weekly.title, {e.title for e in by_month})
        if month.month != days(10).month:
            self.assertNotIn(self.at_centre.title, {e.title for e in by_month})

    def test_bad_filters_are_ignored_with_a_notice_never_an_error(self):
        for params in ({"month": "2026-13"}, {"month": "x" * 500}, {"center": "nowhere"}, {"program": "%00"}):
            response = self.client.get(self.index.url, params)
            self.assertEqual(response.status_code, 200)
            self.assertEqual(len(response.context["upcoming_events"]), 4)
            self.assertContains(response, "затова не е използван")

    def test_a_past_event_stays_readable_and_says_it_has_passed(self):
        response = self.client.get(self.gone.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Това събитие вече е минало.")
        self.assertNotContains(response, "Добавете в календара")

    def test_the_centre_page_shows_its_upcoming_events(self):
        response = self.client.get(self.center.url)
        self.assertContains(response, self.soon.title)
        self.assertContains(response, self.at_centre.title)
        self.assertNotContains(response, self.later.title)
        self.assertContains(response, f'href="/feeds/bg/{self.center.slug}/events.ics"')

    def test_the_programme_page_shows_its_upcoming_events(self):
        response = self.client.get(self.program.url)
        self.assertContains(response, self.soon.title)
        self.assertContains(response, self.weekly.title)
        self.assertNotContains(self.client.get(self.other_program.url), "Предстоящи събития")

    def test_the_home_page_shows_the_next_three(self):
        response = self.client.get(self.home.url)
        self.assertContains(response, self.weekly.title)
        self.assertContains(response, self.soon.title)
        self.assertNotContains(response, self.later.title)
        self.assertNotContains(response, self.gone.title)

    def test_an_event_under_a_centre_takes_that_centre_as_its_place(self):
        self.assertEqual(self.at_centre.center_id, self.center.pk)

    def test_the_event_page_shows_time_elements_free_and_add_to_calendar(self):
        response = self.client.get(self.weekly.url)
        self.assertContains(response, f'<time datetime="{self.weekly.repeats_until:%Y-%m-%d}">')
        self.assertContains(response, '<time datetime="17:00">')
        self.assertContains(response, "Безплатно")
        self.assertContains(response, f'href="{self.weekly.url}event.ics"')

    def test_json_ld_describes_a_free_weekly_event_at_its_centre(self):
        data = event_data(self.client.get(self.weekly.url))
        self.assertTrue(data["isAccessibleForFree"])
        self.assertEqual(data["eventSchedule"]["byDay"], "https://schema.org/Monday")
        self.assertEqual(data["eventSchedule"]["scheduleTimezone"], "Europe/Sofia")
        self.assertEqual(data["startDate"][:10], self.weekly.start_date.isoformat())
        self.assertIn("organizer", data)
        place = event_data(self.client.get(self.soon.url))["location"]
        self.assertEqual(place["name"], self.center.title)
        self.assertEqual(place["address"]["addressLocality"], "Перник")

    def test_dated_events_are_in_the_sitemap(self):
        self.assertContains(self.client.get("/sitemap.xml"), self.soon.slug)


class EventTranslationTests(TestCase):
    def test_the_english_event_lists_under_the_english_centre_and_target_groups_sync(self):
        tree = builders.build_site()
        english = Locale.objects.get_or_create(language_code="en")[0]
        group = TargetGroup.objects.create(name="Родители", locale=Locale.get_default())
        center = builders.add_center(tree["centers"])
        index = builders.add_event_index(tree["home"])
        event = builders.add_event(index, start_date=days(2), center=center, target_groups=[group])
        copies = {}
        for page in (tree["home"], tree["centers"], center, index, event):
            copies[page.pk] = page.copy_for_translation(english, copy_parents=False)
            copies[page.pk].save_revision().publish()
        en_event, en_center = copies[event.pk], copies[center.pk]
        self.assertEqual(en_event.center_id, center.pk)  # synchronised, shown in the reader's language
        response = self.client.get(en_center.url)
        self.assertContains(response, en_event.title)
        self.assertEqual(en_event.specific.local_center().pk, en_center.pk)


class EventSearchTests(TestCase):
    def test_site_search_finds_a_dated_event_and_not_an_undated_one(self):
        tree = builders.build_site()
        index = builders.add_event_index(tree["home"])
        builders.add_event(index, "Работилница за родители", start_date=days(5))
        builders.add_event(index, "Работилница без дата")
        response = self.client.get("/bg/tarsene/", {"q": "работилница"})
        found = [result["page"].title for result in response.context["results"]]
        self.assertEqual(found, ["Работилница за родители"])
