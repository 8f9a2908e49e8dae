from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def switch_language(request, code):
    """Remembers the visitor's choice of language and goes to the page in that language.

    Django's set_language does the same, but only by POST with a CSRF token: a form on every
    page would set a CSRF cookie on every page and make public pages uncacheable.
    """
    if code not in dict(settings.LANGUAGES):
        code = settings.LANGUAGE_CODE
    next_url = request.GET.get("next", "")
    # Only a path on this site: redirect() would take a bare word for a URL name to reverse.
    is_path = next_url.startswith("/") and "\x00" not in next_url
    if not is_path or not url_has_allowed_host_and_scheme(
        next_url, {request.get_host()}, request.is_secure()
    ):
        next_url = f"/{code}/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    return response


def robots_txt(request):
    """Lets every crawler read the public site, keeps the admin out, and names the sitemap.

    The Disallow lines come first: parsers that take the first matching rule (Python's
    urllib.robotparser among them) would otherwise let `Allow: /` open the admin too."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
