"""When an event happens: its next day on or after a given day, in the site's time zone (Europe/Sofia).

An event is one day, a run of days (start to end), or a weekly session (a weekday from its start
until a last day). An event with no start date has no next day: it is listed nowhere."""

import datetime

from django.utils import timezone


def today():
    return timezone.localdate()  # TIME_ZONE is Europe/Sofia


def first_session(start, weekday):
    """The first day on or after `start` that falls on `weekday` (0 = Monday)."""
    return start + datetime.timedelta(days=(weekday - start.weekday()) % 7)


def last_day(event):
    if event.start_date is None:
        return None
    if event.repeats_on is not None:
        return event.repeats_until
    return event.end_date or event.start_date


def next_day(event, day):
    """The event's next day on or after `day` (today's, if it is on then), or None."""
    last = last_day(event)
    if last is None or last < day:
        return None
    if event.repeats_on is None:
        return max(event.start_date, day)
    session = first_session(max(event.start_date, day), event.repeats_on)
    return session if session <= last else None


def has_passed(event, day=None):
    last = last_day(event)
    return last is not None and last < (day or today())


def sofia():
    from zoneinfo import ZoneInfo

    from django.conf import settings

    return ZoneInfo(settings.TIME_ZONE)
