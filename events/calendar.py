"""Events as iCalendar (RFC 5545): a file per event and a feed per language and per centre, made
with the icalendar library. Times are Europe/Sofia's, with its VTIMEZONE; a weekly event carries
its RRULE; each event keeps one UID for good (its translation key and language), so a calendar
that subscribed updates the event instead of adding it again."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from core.seo import plain_text
from core.site_url import absolute

from . import schedule

ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid(event):
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"event-{event.translation_key}-{event.locale.language_code}@{host}"


def at(day, time):
    """A date (an all-day event) or a date and time in Sofia's zone."""
    return day if time is None else datetime.datetime.combine(day, time, tzinfo=schedule.sofia())


def times(event):
    """(DTSTART, DTEND or None) of the event's first day."""
    first = event.first_day
    if event.start_time is None:
        last = first if event.repeats_on is not None else (event.end_date or first)
        return first, last + datetime.timedelta(days=1)  # an all-day DTEND is the day after
    end_day = first if event.repeats_on is not None else (event.end_date or first)
    return at(first, event.start_time), at(end_day, event.end_time) if event.end_time else None


def recurrence(event):
    # RFC 5545 §3.3.10: with a DTSTART in a time zone, UNTIL is in UTC; with a date, a date.
    until = event.repeats_until
    if event.start_time is not None:
        until = at(until, event.start_time).astimezone(datetime.UTC)
    return vRecur({"FREQ": "WEEKLY", "BYDAY": ICAL_DAYS[event.repeats_on], "UNTIL": until})


def location(event):
    center = event.local_center()
    parts = [event.place_name, event.address] if (event.place_name or event.address) else []
    if not parts and center is not None:
        parts = [center.title, center.street_address, center.town]
    return ", ".join(part for part in parts if part)


def vevent(request, event):
    item = Event()
    item.add("uid", uid(event))
    item.add("dtstamp", event.last_published_at or timezone.now())
    item.add("summary", event.title)
    start, end = times(event)
    item.add("dtstart", start)
    if end is not None:
        item.add("dtend", end)
    if event.repeats_on is not None:
        item.add("rrule", recurrence(event))
    url = absolute(request, event.get_url(request=request))
    item.add("url", url)
    item.add("description", f"{plain_text(event.summary)}\n\n{url}")
    place = location(event)
    if place:
        item.add("location", place)
    return item


def calendar(request, events, name=None):
    cal = Calendar()
    cal.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        if event.is_dated:
            cal.add_component(vevent(request, event))
    cal.add_missing_timezones()
    return cal


def calendar_response(request, events, filename, name=None):
    response = HttpResponse(calendar(request, events, name).to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
