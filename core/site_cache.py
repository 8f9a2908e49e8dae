"""What pages read again and again, kept in Django's cache per language until the site changes:
what every page shows of the site (the menu, the footer's links and settings, the Donate button),
the request's Site and the pages on the way to an address, a page's head and language versions,
the sitemap, and, through {% wagtailpagecache … site_generation %}, a page's whole content.

Any change to a page, a setting, a snippet, a site or a locale starts a new generation, which
leaves every kept value behind at once: with a shared cache (Redis) in every worker; with each
process's own memory, the other workers keep theirs at most SITE_CACHE_SECONDS, as long as a
shared cache in front may keep a whole page (PUBLIC_CACHE_SECONDS). A cache that fails costs
the queries it saves, never the page.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone, translation
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Locale, Page, Site, TranslatableMixin
from wagtail.signals import post_page_move

logger = logging.getLogger(__name__)

GENERATION_KEY = "site-cache:generation"
# What a change to any of these may alter on every page.
WATCHED = (Page, BaseSiteSetting, BaseGenericSetting, TranslatableMixin, Site, Locale)
_MISSING = object()
# The generation, read once per request (forgotten when the next one starts).
_current = {}


def generation():
    """The current generation: a number that changes whenever the site does. One the cache has
    lost (evicted, or a new cache) is started anew, never taken as 0, which could bring back
    parts kept under an earlier 0."""
    if "generation" not in _current:
        try:
            number = cache.get(GENERATION_KEY)
            if number is None:
                cache.add(GENERATION_KEY, time.time_ns(), None)
                number = cache.get(GENERATION_KEY)
            _current["generation"] = number
        except Exception:
            logger.warning("The cache could not be read; the site's parts are read from the database.")
            _current["generation"] = None
    return _current["generation"]


def remember(name, compute):
    """compute() for the active language, kept until anything on the site changes.

    `name` says what it is and for which page or site (e.g. "menu:3"). The value must pickle:
    plain data, or a few small rows (base pages, snippets) rather than whole pages with their
    StreamFields (the kept Site's home page is the one: core/middleware.py). An exception from compute() keeps nothing (core/pages.py uses it for a miss)."""
    number = generation()
    if number is None:
        return compute()
    key = f"site-cache:{number}:{translation.get_language()}:{name}"
    try:
        value = cache.get(key, _MISSING)
    except Exception:
        logger.warning("The cache could not be read for %s.", name)
        return compute()
    if value is _MISSING:
        value = compute()
        try:
            cache.set(key, value, settings.SITE_CACHE_SECONDS)
        except Exception:
            logger.warning("The cache could not keep %s.", name)
    return value


def link(page, request=None):
    """A page as a menu or footer link: its title and address, plain data to keep."""
    return {"title": page.title, "url": page.get_url(request=request), "path": page.path}


def context(request):
    """For a template that keeps a fragment with {% wagtailpagecache site_cache_seconds "name"
    site_generation … %}: it is rendered again after any change to the site. A fragment that lists
    what is upcoming (events) also names `site_day`, so it is rendered again each day."""
    return {
        "site_cache_seconds": settings.SITE_CACHE_SECONDS,
        "site_generation": generation(),
        "site_day": timezone.localdate().isoformat(),
    }


@receiver(request_started)
def forget_generation(**kwargs):
    _current.clear()


def start_new_generation():
    _current.clear()
    try:
        cache.set(GENERATION_KEY, time.time_ns(), None)
    except Exception:
        logger.warning(
            "The cache could not be told of a change; its parts expire in %ss.", settings.SITE_CACHE_SECONDS
        )


@receiver(post_save)
@receiver(post_delete)
def changed(sender, created=False, **kwargs):
    # A settings row is made with its defaults the first time a page asks for it: what that page
    # showed (and keeps) is already those defaults.
    if created and issubclass(sender, (BaseSiteSetting, BaseGenericSetting)):
        return
    if issubclass(sender, WATCHED):
        start_new_generation()
        # Once more when the change is committed: a page's own rows (its inline items, its tags,
        # a centre's places) are written after the page, and a request in between must not keep
        # the old ones for the new generation.
        transaction.on_commit(start_new_generation)


@receiver(post_page_move)
def moved(**kwargs):
    start_new_generation()
