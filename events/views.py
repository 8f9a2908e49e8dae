from django.http import Http404
from wagtail.models import Page

from .calendar import calendar_response
from .models import EventPage


def event_ics(request, page_path):
    """/<language>/…/<event>/event.ics: the event's own calendar file. Wagtail's page addresses
    end with a slash, so the file has this route of its own, found through Wagtail's routing."""
    page = Page.find_for_request(request, "/" + page_path)
    if page is None or not isinstance(page.specific, EventPage):
        raise Http404("No event at this address.")
    event = page.specific
    if not event.live or event.get_view_restrictions().exists() or not event.is_dated:
        raise Http404("No calendar for this event.")
    return calendar_response(request, [event], f"{event.slug}.ics")
