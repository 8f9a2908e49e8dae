from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail import hooks

from centers.models import CENTER_PAGE_CONTEXT_HOOK, CenterPage
from core.frontend_cache import FRONT_CACHE_PURGE_HOOK, site_url
from programs.models import PROGRAM_PAGE_CONTEXT_HOOK, ProgramPage

from .models import EventIndexPage, EventPage, upcoming

UPCOMING_SHOWN = 5


def events_in(page):
    return EventPage.objects.live().public().filter(locale_id=page.locale_id).select_related("image")


@hooks.register(CENTER_PAGE_CONTEXT_HOOK)
def centre_events(center):
    """The centre's next events, in the centre page's language."""

    def events():
        return upcoming(events_in(center).filter(center__translation_key=center.translation_key))[
            :UPCOMING_SHOWN
        ]

    # Read when shown: not while the page is kept. The centre's calendar feed is offered with them.
    return {
        "upcoming_events": SimpleLazyObject(events),
        "events_feed_url": reverse("center_events_feed", args=[center.locale.language_code, center.slug]),
    }


@hooks.register(PROGRAM_PAGE_CONTEXT_HOOK)
def programme_events(program):
    """The programme's next events, in the programme page's language."""

    def events():
        return upcoming(events_in(program).filter(program__translation_key=program.translation_key))[
            :UPCOMING_SHOWN
        ]

    return {"upcoming_events": SimpleLazyObject(events)}


def feed_urls(page, centers):
    language = page.locale.language_code
    paths = [reverse("events_feed", args=[language])]
    paths += [reverse("center_events_feed", args=[language, center.slug]) for center in centers]
    return [url for url in (site_url(page, path) for path in paths) if url]


@hooks.register(FRONT_CACHE_PURGE_HOOK)
def event_pages_that_show(page, batch):
    """An event shows on its calendar file, the events index, the home page, its centre's and its
    programme's pages and in the calendar feeds; a centre or a programme shows on its events."""
    if isinstance(page, EventPage):
        center, program = page.local_center(), page.local_program()
        batch.add_pages([p for p in (center, program) if p is not None])
        batch.add_pages(EventIndexPage.objects.live().filter(locale_id=page.locale_id))
        batch.add_pages(page.get_ancestors().live().filter(depth=2).specific())  # the home page
        parts = page.get_url_parts()
        own = site_url(page, parts[2] + "event.ics") if parts else None
        for url in [own, *feed_urls(page, [center] if center else [])]:
            if url:
                batch.add_url(url)
    elif isinstance(page, (CenterPage, ProgramPage)):
        field = "center" if isinstance(page, CenterPage) else "program"
        batch.add_pages(events_in(page).filter(**{f"{field}__translation_key": page.translation_key}))
