"""An event as schema.org describes it: what EventPage.structured_data gives the head of its page."""

import datetime

from django.conf import settings

from centers.schema_org import postal_address
from core import seo

from . import schedule

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def moment(day, time):
    """A date, or a date and time with the site's offset, as ISO 8601."""
    if time is None:
        return day.isoformat()
    return datetime.datetime.combine(day, time, tzinfo=schedule.sofia()).isoformat()


def place(event):
    center = event.local_center()
    if event.place_name or event.address:
        data = {"@type": "Place", "name": event.place_name or event.address}
        if event.address:
            data["address"] = event.address
        return data
    if center is not None:
        return {"@type": "Place", "name": center.title, "address": postal_address(center)}
    return None


def weekly_schedule(event):
    return {
        "@type": "Schedule",
        "repeatFrequency": "P1W",
        "byDay": f"https://schema.org/{DAYS[event.repeats_on]}",
        "startDate": event.first_day.isoformat(),
        "endDate": event.repeats_until.isoformat(),
        "startTime": event.start_time.isoformat("minutes") if event.start_time else None,
        "endTime": event.end_time.isoformat("minutes") if event.end_time else None,
        "scheduleTimezone": settings.TIME_ZONE,
    }


def event_data(request, event, share_image):
    """A dated event: free, in person, at its place, organised by the network."""
    weekly = event.repeats_on is not None
    end_day = event.first_day if weekly else (event.end_date or event.start_date)
    data = {
        "@type": "Event",
        "name": event.title,
        "description": seo.plain_text(event.summary),
        "url": seo.page_url(request, event),
        "inLanguage": event.locale.language_code,
        "startDate": moment(event.first_day, event.start_time),
        "endDate": moment(end_day, event.end_time) if (event.end_time or event.end_date) else None,
        "eventSchedule": weekly_schedule(event) if weekly else None,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": True,
        "location": place(event),
        "audience": {"@type": "Audience", "audienceType": event.audience} if event.audience else None,
        "image": [share_image["url"]] if share_image["own"] else None,
    }
    home = seo.site_home(request)
    if home is not None:
        data["organizer"] = seo.network(request, home)
    return data
