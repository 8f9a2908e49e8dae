"""The site's own address (settings.SITE_URL), and the absolute addresses built on it.

Every absolute address the site gives out — the canonical link, the hreflang alternates, the
sitemap, the feeds, the JSON-LD, robots.txt — starts with the root of the request's Wagtail Site,
whose hostname and port are set from SITE_URL (configure_default_site, run after every
`migrate` and by `manage.py configure_site`). A visitor who reaches the site by another allowed
name, or by its IP address, gets the same canonical addresses: search engines see one site.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Site

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"http": 80, "https": 443}


def configured_address(site_url=None):
    """(hostname, port) of SITE_URL as a Wagtail Site holds them.

    Wagtail writes a Site's root as https only on port 443 (Site.root_url), so an https address on
    another port cannot be expressed and is refused rather than silently served as http."""
    site_url = settings.SITE_URL if site_url is None else site_url
    parts = urlsplit(site_url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or port == -1 or parts.path not in ("", "/"):
        raise ImproperlyConfigured(
            f"SITE_URL must be the site's root address, like https://cop.sosbg.org (not {site_url!r})."
        )
    if parts.scheme == "https" and port not in (None, 443):
        raise ImproperlyConfigured("SITE_URL: Wagtail can only give https addresses on port 443.")
    return parts.hostname, port or DEFAULT_PORTS[parts.scheme]


def configure_default_site(using=DEFAULT_DB_ALIAS):
    """Gives the default Wagtail Site the hostname and port of SITE_URL; returns it, or None when
    the database has no default site yet (a fresh or flushed database)."""
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = configured_address()
    if (site.hostname, site.port) != (hostname, port):
        clash = Site.objects.using(using).filter(hostname=hostname, port=port).exclude(pk=site.pk)
        if clash.exists():
            raise ImproperlyConfigured(
                f"SITE_URL names {hostname}:{port}, which another Wagtail Site already has: "
                "change or delete that site in Settings → Sites first."
            )
        site.hostname, site.port = hostname, port
        site.save(using=using)
    return site


def configure_site_after_migrate(using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate: a database migrated anywhere names the site as this host's SITE_URL says."""
    if Site._meta.db_table not in connections[using].introspection.table_names():
        return  # Wagtail's tables are not (or no longer) there: nothing to name
    try:
        configure_default_site(using)
    except ImproperlyConfigured as problem:
        # The migration itself went well; the site keeps its old address until this is put right.
        logger.error("%s", problem)


def site_root(request):
    """The root address (no trailing slash) of the request's Wagtail Site: the configured one for
    any allowed host name that has no Site of its own."""
    site = Site.find_for_request(request) if request is not None else None
    return site.root_url if site is not None else settings.SITE_URL.rstrip("/")


def absolute(request, url):
    """`url` (a path on this site, or already absolute) as an address on the site's root."""
    return on_root(site_root(request), url)


def on_root(root, url):
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):  # protocol-relative: a media or static host of its own
        return f"{urlsplit(root).scheme}:{url}"
    return root + ("" if url.startswith("/") else "/") + url
