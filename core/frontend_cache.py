"""Purging the front cache (nginx here, a CDN on a real host) when a page is published or unpublished.

Wagtail purges the page's own address (wagtail.contrib.frontend_cache). A publish also changes
the pages that show the page: its translations (their language switch and hreflang lead to it),
its parent (the listing it appears in) and the sitemap, which this module adds; and the pages of
other apps that list it (the home page's latest news, a centre's news and programmes…), which
each app adds through the FRONT_CACHE_PURGE_HOOK it registers in its wagtail_hooks.py, since
core imports no app of the site. One batch per publish, sent as one task.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.urls import reverse
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch

logger = logging.getLogger("wagtail.frontendcache")

# Each function registered under this name is called as fn(page, batch) with the specific page
# just published or unpublished, and adds to the PurgeBatch the pages of its own app that show it.
FRONT_CACHE_PURGE_HOOK = "front_cache_purge"


class NginxPurgeBackend(HTTPBackend):
    """Wagtail's HTTP backend for nginx's cache purge module, which answers 404 for an address it
    does not hold: that address was simply not cached, no error to log."""

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        target = urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""])
        request = Request(target, method="PURGE", headers={"Host": host})
        try:
            with urlopen(request, timeout=5):
                pass
        except HTTPError as error:
            if error.code != 404:
                logger.error("Could not purge %s from the front cache: HTTP %d", url, error.code)
        except (URLError, OSError) as error:
            logger.error("Could not purge %s from the front cache: %s", url, error)


def purging_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def site_url(page, path):
    """An address of the page's site (the sitemap, a feed) as a full URL, or None."""
    # From the site root paths Wagtail keeps, as its own purge does: no query, and no Site that
    # may have gone since (load_content rebuilds the Site on a new database).
    parts = page.get_url_parts()
    return parts[1] + path if parts and parts[1] else None


def add_neighbours(page, batch):
    """What every page's publish changes besides the page itself."""
    batch.add_pages(page.get_translations().live().specific())
    parent = page.get_parent()
    if parent is not None and parent.live:
        batch.add_page(parent.specific)
    sitemap = site_url(page, reverse("sitemap"))
    if sitemap:
        batch.add_url(sitemap)


def purge_what_shows(sender, instance, **kwargs):
    """page_published / page_unpublished: purge the pages that show this one (not itself: Wagtail
    does that)."""
    if not purging_enabled():
        return
    page = instance.specific
    batch = PurgeBatch()
    try:
        add_neighbours(page, batch)
        for add in hooks.get_hooks(FRONT_CACHE_PURGE_HOOK):
            add(page, batch)
    except Exception:
        # The publish stands; the pages not purged show the change when their s-maxage ends.
        logger.exception("Could not list the pages that show %r for the front cache", page)
    batch.purge()
