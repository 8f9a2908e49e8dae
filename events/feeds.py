"""Subscribable calendars: every dated event of one language (/feeds/bg/events.ics), or of one
centre (/feeds/bg/<centre's address name>/events.ics)."""

import datetime

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from centers.models import CenterPage

from . import schedule
from .calendar import calendar_response
from .models import EventPage, dated

# How far back a feed reaches: a subscriber's calendar keeps recent events, the feed stays small.
FEED_PAST_DAYS = 365


def site_home(request, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404("No calendar in that language.")
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site at this address.")
    home = site.root_page.get_translations(inclusive=True).filter(locale__language_code=language).first()
    if home is None or not home.live:
        raise Http404("No site in that language.")
    return home


def feed_events(home):
    since = schedule.today() - datetime.timedelta(days=FEED_PAST_DAYS)
    events = EventPage.objects.live().public().descendant_of(home).select_related("locale")
    return dated(events).filter(last_day__gte=since).order_by("start_date", "pk")


def language_feed(request, language):
    home = site_home(request, language)
    with translation.override(language):
        name = f"{_('Events')} · {settings.WAGTAIL_SITE_NAME}"
        response = calendar_response(request, feed_events(home), f"events-{language}.ics", name)
    response["Content-Language"] = language
    return response


def center_feed(request, language, center):
    home = site_home(request, language)
    centre = CenterPage.objects.live().public().descendant_of(home).filter(slug=center).first()
    if centre is None:
        raise Http404("No such centre.")
    events = feed_events(home).filter(center__translation_key=centre.translation_key)
    with translation.override(language):
        name = f"{centre.title} · {_('Events')}"
        response = calendar_response(request, events, f"events-{centre.slug}.ics", name)
    response["Content-Language"] = language
    return response
