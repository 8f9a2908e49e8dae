"""The iCalendar files: one per event and a feed per language and per centre, parsed back by the
icalendar library and checked by a second, strict reading of RFC 5545 (line folding, CRLF,
BEGIN/END balance, required properties), with the weekly rule expanded by dateutil."""

import datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.test import TestCase
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale

from tests import builders

SOFIA = ZoneInfo("Europe/Sofia")
REQUIRED = {"VEVENT": {"UID", "DTSTAMP", "DTSTART"}, "VCALENDAR": {"PRODID", "VERSION"}}


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def strict_check(data):
    """The second parser: RFC 5545 §3.1 (content lines, folding) and §3.4–3.6 (components)."""
    assert data.endswith(b"\r\n"), "the last line ends with CRLF"
    assert b"\n" not in data.replace(b"\r\n", b""), "every line ends with CRLF"
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert len(line) <= 75, f"a line longer than 75 octets: {line!r}"
    unfolded = []
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    stack, seen = [], []
    for line in (raw.decode("utf-8") for raw in unfolded):
        name = line.split(":", 1)[0].split(";", 1)[0].upper()
        if name == "BEGIN":
            stack.append((line.split(":", 1)[1], set()))
        elif name == "END":
            component, props = stack.pop()
            assert component == line.split(":", 1)[1], f"END:{line} closes BEGIN:{component}"
            missing = REQUIRED.get(component, set()) - props
            assert not missing, f"{component} lacks {missing}"
            seen.append(component)
        else:
            stack[-1][1].add(name)
    assert not stack, "every BEGIN has its END"
    return seen


class CalendarTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.home = tree["home"]
        cls.center = builders.add_center(tree["centers"], street_address="ул. Струма 1")
        cls.other_center = builders.add_center(tree["centers"])
        cls.index = builders.add_event_index(cls.home)
        cls.first_monday = days(7 - days(0).weekday())
        cls.weekly = builders.add_event(
            cls.index, "Група за родители " + "с дълго име " * 8, start_date=cls.first_monday, repeats_on=0,
            repeats_until=cls.first_monday + datetime.timedelta(weeks=5), start_time=datetime.time(17, 30),
            end_time=datetime.time(19), center=cls.center,
        )  # fmt: skip
        cls.days_long = builders.add_event(
            cls.index, "Лятно училище", start_date=days(20), end_date=days(24), place_name="ОУ № 3",
            address="ул. Кракра 5, Перник", center=cls.other_center,
        )  # fmt: skip
        cls.undated = builders.add_event(cls.index, "Без дата")

    def get(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        strict_check(response.content)
        return Calendar.from_ical(response.content)

    def test_the_event_file_repeats_weekly_in_sofias_time(self):
        cal = self.get(self.weekly.url + "event.ics")
        (event,) = cal.walk("VEVENT")
        start = event.decoded("DTSTART")
        self.assertEqual(
            start, datetime.datetime.combine(self.first_monday, datetime.time(17, 30), tzinfo=SOFIA)
        )
        self.assertEqual(event["DTSTART"].params["TZID"], "Europe/Sofia")
        self.assertEqual([tz["TZID"] for tz in cal.walk("VTIMEZONE")], ["Europe/Sofia"])
        self.assertEqual(event["RRULE"]["FREQ"], ["WEEKLY"])
        self.assertEqual(event["RRULE"]["BYDAY"], ["MO"])
        self.assertEqual(str(event["UID"]), f"event-{self.weekly.translation_key}-bg@testserver")
        self.assertIn("ул. Струма 1", str(event["LOCATION"]))
        self.assertEqual(str(event["URL"]), "http://testserver" + self.weekly.url)
        self.assertIsNotNone(event.get("DTSTAMP"))

    def test_dateutil_expands_the_rule_to_the_six_mondays(self):
        data = self.client.get(self.weekly.url + "event.ics").content.decode()
        unfolded = data.replace("\r\n ", "")
        rule = next(line for line in unfolded.split("\r\n") if line.startswith("RRULE:"))
        start = datetime.datetime.combine(self.first_monday, datetime.time(17, 30), tzinfo=SOFIA)
        sessions = list(rrulestr(rule, dtstart=start))
        self.assertEqual(len(sessions), 6)
        self.assertTrue(all(s.weekday() == 0 and s.astimezone(SOFIA).hour == 17 for s in sessions))

    def test_a_run_of_whole_days_ends_the_day_after(self):
        (event,) = self.get(self.days_long.url + "event.ics").walk("VEVENT")
        self.assertEqual(event.decoded("DTSTART"), days(20))
        self.assertEqual(event.decoded("DTEND"), days(25))
        self.assertNotIn("RRULE", event)
        self.assertEqual(str(event["LOCATION"]), "ОУ № 3, ул. Кракра 5, Перник")

    def test_the_language_feed_has_every_dated_event_and_stable_uids(self):
        cal = self.get("/feeds/bg/events.ics")
        titles = {str(event["SUMMARY"]) for event in cal.walk("VEVENT")}
        self.assertEqual(titles, {self.weekly.title, self.days_long.title})
        again = self.get("/feeds/bg/events.ics")
        self.assertEqual(
            [str(e["UID"]) for e in cal.walk("VEVENT")], [str(e["UID"]) for e in again.walk("VEVENT")]
        )

    def test_the_centre_feed_has_only_its_events(self):
        cal = self.get(f"/feeds/bg/{self.center.slug}/events.ics")
        self.assertEqual([str(e["SUMMARY"]) for e in cal.walk("VEVENT")], [self.weekly.title])

    def test_unknown_language_or_centre_is_not_found(self):
        self.assertEqual(self.client.get("/feeds/xx/events.ics").status_code, 404)
        self.assertEqual(self.client.get("/feeds/bg/nowhere/events.ics").status_code, 404)
        self.assertEqual(self.client.get("/feeds/en/events.ics").status_code, 404)  # no English site yet

    def test_an_english_event_has_its_own_uid(self):
        english = Locale.objects.get_or_create(language_code="en")[0]
        for page in (self.home, self.index, self.weekly):
            page.copy_for_translation(english, copy_parents=False).save_revision().publish()
        cal = self.get("/feeds/en/events.ics")
        self.assertEqual(
            [str(e["UID"]) for e in cal.walk("VEVENT")],
            [f"event-{self.weekly.translation_key}-en@testserver"],
        )

    def test_the_strict_check_catches_a_broken_file(self):
        with self.assertRaises(AssertionError):
            strict_check(
                b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VCALENDAR\r\n"
            )
        with self.assertRaises(AssertionError):
            strict_check(b"BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n")
