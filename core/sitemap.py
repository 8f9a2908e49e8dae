from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page, Site

from .site_cache import remember

# The request attribute where hreflang_alternates keeps every page's alternates for the request.
ALTERNATES_CACHE = "_core_sitemap_alternates"


class BilingualSitemap(Sitemap):
    """Every live page in both languages, each with its translations as hreflang alternates, which
    each page adds to its own entries (SearchEngineMixin.get_sitemap_urls in core/pages.py)."""

    def items(self):
        pages = Page.objects.none()
        for home in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()


def hreflang_alternates(page, request=None):
    """The live, public versions of `page` in each language, itself included, as a sitemap
    entry's `alternates`, with the default language's (Bulgarian) also as x-default.

    With a request, the first call reads the versions of every page in one query and keeps their
    alternates for the rest of the request: a whole sitemap costs one query, not one per page."""
    if request is None:
        return alternates(page.get_translations(inclusive=True).live().public().select_related("locale"))
    by_key = getattr(request, ALTERNATES_CACHE, None)
    if by_key is None:
        versions = defaultdict(list)
        for version in (
            Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path")
        ):
            versions[version.translation_key].append(version)
        by_key = {key: alternates(group, request) for key, group in versions.items()}
        setattr(request, ALTERNATES_CACHE, by_key)
    return list(by_key.get(page.translation_key, []))


def alternates(versions, request=None):
    """The alternates of one page's versions; a version outside every site has no address to give."""
    links = {}
    for version in versions:
        url = version.get_full_url(request)
        if url:
            links[version.locale.language_code] = url
    if settings.LANGUAGE_CODE in links:
        links["x-default"] = links[settings.LANGUAGE_CODE]
    return [{"lang_code": code, "location": url} for code, url in links.items()]


# The headers of Wagtail's sitemap answer that say something of its content.
SITEMAP_HEADERS = ("Content-Type", "X-Robots-Tag", "Last-Modified")


def sitemap(request):
    """Wagtail's sitemap of every page, drawn once per site and kept until the site changes
    (core/site_cache.py): a crawler asking for it again costs a cache read, not a walk over every
    page. Its addresses are on the Site's configured root (core/site_url.py), whatever host or
    scheme the crawler used."""

    def draw():
        response = wagtail_sitemap(request, sitemaps={"pages": BilingualSitemap})
        response.render()
        headers = {name: response[name] for name in SITEMAP_HEADERS if response.has_header(name)}
        return response.status_code, headers, response.content

    site = Site.find_for_request(request)
    status, headers, content = remember(f"sitemap:{getattr(site, 'pk', None)}", draw)
    return HttpResponse(content, status=status, headers=headers)
