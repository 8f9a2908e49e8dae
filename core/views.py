from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .middleware import is_admin_path
from .protection import HONEYPOT
from .site_url import absolute


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
        f"Sitemap: {absolute(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# What a form sends that the visitor did not type.
NOT_TYPED = {"csrfmiddlewaretoken", HONEYPOT}


def csrf_failure(request, reason=""):
    """The site's own page when a form's security check fails (the form stayed open for hours, or
    the browser keeps no cookies): in the visitor's language, with what they typed shown, so a
    message to a centre is not lost. Django's page is technical, in English, and keeps nothing."""
    typed = [
        value
        for name, values in request.POST.lists()
        if name not in NOT_TYPED and "password" not in name
        for value in values
        if value.strip() and value != "on"
    ]
    if is_admin_path(request):  # a sign-in: nothing of it on screen
        typed = []
    back = request.path if request.method == "POST" else ""
    return render(request, "403_csrf.html", {"typed": typed, "back": back}, status=403)


def bad_request(request, exception):
    """The site's own page for a request it cannot read, in the language of the address.

    Django's default view is marked to need the CSRF token, so on a POST it reads the form's data
    again, and a form declaring a charset other than UTF-8 (which Django refuses with BadRequest,
    without remembering that it did) raises once more: a bare 500 from the server. Rendered
    without the request, like 500.html, so nothing in it can fail the same way (an unknown host
    name comes here too)."""
    return HttpResponseBadRequest(loader.render_to_string("400.html"))
