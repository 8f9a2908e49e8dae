"""The security headers every response carries besides SecurityMiddleware's: a Content-Security-
Policy (django-csp), the admin's own where Wagtail needs more than the public site, and
Cross-Origin-Resource-Policy.

The public site loads only its own files, with no inline script or style (the templates have
none): CONTENT_SECURITY_POLICY. Wagtail's admin writes inline scripts and styles, so its pages
get ADMIN_CONTENT_SECURITY_POLICY once signed in, and SIGNED_OUT_ADMIN_CONTENT_SECURITY_POLICY
(no inline code) before. A view may still choose its own (django-csp's decorators, or Wagtail's
documents, which set theirs).
"""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings

from .middleware import is_admin_path

CORP = "Cross-Origin-Resource-Policy"


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def asset_origins():
    """Where static files and media are served from when that is not this site (a CDN, an
    object store): the policies allow their files where they allow the site's own."""
    static, media = origin(settings.STATIC_URL), origin(settings.MEDIA_URL)
    return {
        "script-src": [static],
        "style-src": [static],
        "manifest-src": [static],
        "img-src": [static, media],
    }


def chosen_directives(request):
    """The site's policy, or on the admin's addresses the admin's: with inline code for someone
    signed in, without for the pages anyone sees (sign-in, password reset). Wagtail's preview
    of a page (its own request, `is_dummy`, with the page's address) gets the site's policy, as
    visitors will, but may be framed by the admin that shows it."""
    if getattr(request, "is_dummy", False):
        return {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}
    if not is_admin_path(request):
        return settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
    return settings.SIGNED_OUT_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]


def policy(request):
    """The directives for this request, with where static files and media come from."""
    directives = default_config(chosen_directives(request))
    for directive, origins in asset_origins().items():
        if directives.get(directive) is not None:
            directives[directive] = list(dict.fromkeys([*directives[directive], *filter(None, origins)]))
    return directives


class SecurityHeadersMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None:  # a view's own policy comes first
            parts.config = policy(request)
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        # Nothing here is meant to be loaded by another site's pages (a share image is fetched
        # by the other site's server, which this does not concern).
        response.headers.setdefault(CORP, "same-origin")
        return response
