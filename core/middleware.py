"""Headers that let a shared cache keep the public site for anonymous visitors, and nothing else.

A shared cache (the front server's, a CDN) may keep a page only when it is the same for every
visitor. Django marks a response `Vary: Cookie` as soon as anything reads the session, which makes
it useless to such a cache; so nothing may read the session of a visitor who has none, and only
the responses that read nothing personal are marked public.
"""

from django.conf import settings
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils.cache import has_vary_header, patch_cache_control
from wagtail.models import Site
from wagtail_2fa.middleware import VerifyUserMiddleware

from .site_cache import remember


def admin_prefixes():
    # Asked of the URLconf, not written here, so that moving the admin moves these too.
    return (reverse("wagtailadmin_home"), reverse("admin:index"))


def is_admin_path(request):
    return request.path_info.startswith(admin_prefixes())


def has_session_cookie(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class SessionVerifyUserMiddleware(VerifyUserMiddleware):
    """wagtail-2fa's check of the one-time code, only where there can be someone to check.

    wagtail-2fa evaluates `request.user` on every request, which reads the session and so marks
    every public page `Vary: Cookie`. Without a session cookie the user can only be anonymous, and
    wagtail-2fa lets anonymous users through anyway, so skipping it then changes nothing for who
    must give a code: a signed-in admin user (who has the cookie) is checked on every address as
    before. The admin's own addresses are always checked, since wagtail-2fa's views expect the
    `is_verified()` it gives every user."""

    def __call__(self, request):
        if not has_session_cookie(request) and not is_admin_path(request):
            return self.get_response(request)
        return super().__call__(request)


class PublicCacheMiddleware:
    """Marks a public page `Cache-Control: public, max-age=PUBLIC_CACHE_SECONDS` when a shared
    cache may give it to anyone, and `private` what a signed-in visitor sees.

    Public only when all of these hold: a GET or HEAD without a session cookie (so an anonymous
    visitor: asking `request.user` would read the session), outside the admin, answered 200, no
    Cache-Control chosen by the view (the forms choose `private, no-cache`), no cookie set, no CSRF
    token used and no `Vary: Cookie` (something read the session or the CSRF cookie). It sits
    above the session, CSRF and messages middleware so that it sees what they add.

    With PUBLIC_CACHE_SHARED_SECONDS a shared cache that is purged on publish (the front server,
    a CDN: wagtail.contrib.frontend_cache) may keep an address without a query longer than
    browsers do (`s-maxage`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request) or response.has_header("Cache-Control"):
            return response
        if has_session_cookie(request):
            # Perhaps signed in: the page may show the user bar or a restricted page's content.
            patch_cache_control(response, private=True)
        elif self.is_public(request, response):
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
            if settings.PUBLIC_CACHE_SHARED_SECONDS > 0 and not request.META.get("QUERY_STRING"):
                # A purge on publish reaches a page's own address only, never its variants with a
                # query (a filter, a page number, a search), so only those may be kept longer.
                patch_cache_control(response, s_maxage=settings.PUBLIC_CACHE_SHARED_SECONDS)
        return response

    @staticmethod
    def is_public(request, response):
        return (
            settings.PUBLIC_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not has_vary_header(response, "Cookie")
        )


class KnownSiteMiddleware:
    """Wagtail finds a request's Site by its host and port with a query on every request, and
    keeps it on the request (`_wagtail_site`, Site.find_for_request's own place for it). This
    keeps the answer per host and port with the site's parts (core/site_cache.py), which forget
    it when a Site or a page changes, and leaves it where Wagtail looks first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail reads the host without the ALLOWED_HOSTS check, which CommonMiddleware makes.
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = remember(f"site:{hostname}:{request.get_port()}", lambda: find_site(request))
        return self.get_response(request)


def find_site(request):
    """The request's Site with its home page as its own type: Wagtail routes every page from it
    (`site.root_page.localized.specific`), which then costs no query in the default language."""
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site
