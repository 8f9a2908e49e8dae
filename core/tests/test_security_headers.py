"""The security headers as the browser gets them (core/headers.py): the strict policy on the
public site, the admin's own, previews framed by the admin, the cross-origin headers on every
response, and what production adds, checked against the MDN HTTP Observatory's rules."""

import importlib
import os
from unittest import mock

from django.contrib.auth import get_user_model
from django.test import override_settings

from home.models import HomePage
from tests.content import SiteContentTestCase

PUBLIC = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
ADMIN = {
    "default-src": "'self'",
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'self'",
}
SIGNED_OUT_ADMIN = {**ADMIN, "script-src": "'self'", "style-src": "'self'"}
CENTRE, CONTACT_FORM = "/bg/tsentrove/pernik/", "/bg/tsentrove/pernik/pishete-ni/"


def directives(response):
    """The Content-Security-Policy as {directive: its sources}, in whatever order it came."""
    return dict((part.split(" ", 1) + [""])[:2] for part in response["Content-Security-Policy"].split("; "))


class PublicHeadersTests(SiteContentTestCase):
    def test_public_pages_have_the_strict_policy_and_the_cross_origin_headers(self):
        for url in ("/bg/", CENTRE, CONTACT_FORM, "/bg/darete/", "/en/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(directives(response), PUBLIC)
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")
                self.assertEqual(response["Cross-Origin-Opener-Policy"], "same-origin")
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                self.assertEqual(response["Referrer-Policy"], "same-origin")
                self.assertEqual(response["X-Frame-Options"], "DENY")

    def test_an_error_page_and_a_static_file_carry_them_too(self):
        missing = self.client.get("/bg/no-such-page/")
        self.assertEqual(missing.status_code, 404)
        self.assertEqual(directives(missing), PUBLIC)
        static = self.client.get("/static/css/site.css")
        self.assertEqual(static.status_code, 200)
        self.assertEqual(static["Cross-Origin-Resource-Policy"], "same-origin")
        self.assertEqual(directives(static), PUBLIC)

    @override_settings(
        MEDIA_URL="https://media.example.net/sos/", STATIC_URL="https://cdn.example.net/static/"
    )
    def test_static_files_and_media_served_elsewhere_are_allowed_where_the_sites_own_are(self):
        policy = directives(self.client.get("/bg/"))
        self.assertEqual(policy["img-src"], "'self' https://cdn.example.net https://media.example.net")
        for directive in ("script-src", "style-src", "manifest-src"):
            self.assertEqual(policy[directive], "'self' https://cdn.example.net")
        self.assertEqual(policy["default-src"], "'none'")

    def test_a_preview_has_the_public_policy_but_may_be_framed_by_the_admin(self):
        home = HomePage.objects.filter(locale__language_code="bg").get()
        response = home.make_preview_request()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(directives(response), {**PUBLIC, "frame-ancestors": "'self'"})


class AdminHeadersTests(SiteContentTestCase):
    def test_the_admins_pages_for_anyone_have_no_inline_code(self):
        for url in ("/admin/login/", "/admin/password_reset/", "/django-admin/login/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(directives(response), SIGNED_OUT_ADMIN)
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")

    def test_signed_in_the_admin_has_its_own_policy(self):
        self.client.force_login(get_user_model().objects.create_superuser("csp", password="x"))
        for url in ("/admin/", "/django-admin/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(directives(response), ADMIN)
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")
        # A signed-in editor on the public site gets the public policy.
        self.assertEqual(directives(self.client.get("/bg/")), PUBLIC)


def production_settings():
    """The settings production.py gives that shape the headers, as that module computes them."""
    with mock.patch.dict(os.environ, {"SECRET_KEY": "x" * 50}):
        production = importlib.import_module("sosbg.settings.production")
    names = [
        name
        for name in dir(production)
        if name.startswith(("SECURE_", "SESSION_COOKIE", "CSRF_COOKIE", "LANGUAGE_COOKIE"))
        or name.endswith("CONTENT_SECURITY_POLICY")
        or name == "X_FRAME_OPTIONS"
    ]
    return {name: getattr(production, name) for name in names}


class ObservatoryTests(SiteContentTestCase):
    """Production's headers over HTTPS against each rule of the MDN HTTP Observatory that the
    site controls (its score starts at 100; a penalty below 90 forbids the bonuses)."""

    def setUp(self):
        override = override_settings(**production_settings())
        override.enable()
        self.addCleanup(override.disable)

    def get(self, url):
        response = self.client.get(url, secure=True, headers={"X-Forwarded-Proto": "https"})
        self.assertEqual(response.status_code, 200, url)
        return response

    def test_home_a_centre_and_a_contact_form_have_no_penalty_and_every_bonus_the_site_controls(self):
        for url in ("/bg/", CENTRE, CONTACT_FORM):
            with self.subTest(url=url):
                response = self.get(url)
                policy = directives(response)
                # CSP: default-src 'none' and nothing unsafe (+10); frame-ancestors (+5).
                self.assertEqual(policy["default-src"], "'none'")
                self.assertNotIn("unsafe", response["Content-Security-Policy"])
                self.assertIn("upgrade-insecure-requests", policy)
                self.assert_common_bonuses(response)
        self.assertIn("csrftoken", self.get(CONTACT_FORM).cookies)  # the form's cookie, checked above

    def test_the_admin_sign_in_page_has_no_penalty_and_every_bonus_the_site_controls(self):
        response = self.get("/admin/login/")
        self.assertNotIn("unsafe", response["Content-Security-Policy"])  # +5
        self.assertIn("upgrade-insecure-requests", directives(response))
        self.assert_common_bonuses(response)

    def test_the_signed_in_admin_keeps_unsafe_inline_out_of_nothing_but_scripts_and_styles(self):
        self.client.force_login(get_user_model().objects.create_superuser("csp", password="x"))
        policy = directives(self.get("/admin/"))
        unsafe = {name for name, sources in policy.items() if "unsafe" in sources}
        self.assertEqual(unsafe, {"script-src", "style-src"})
        self.assertIn("upgrade-insecure-requests", policy)

    def assert_common_bonuses(self, response):
        self.assertIn("frame-ancestors", directives(response))  # +5
        self.assertEqual(response["Referrer-Policy"], "same-origin")  # +5
        self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")  # +10
        self.assertEqual(response["Cross-Origin-Opener-Policy"], "same-origin")  # +10
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        hsts = response["Strict-Transport-Security"]
        self.assertGreaterEqual(int(hsts.split(";")[0].removeprefix("max-age=")), 183 * 24 * 3600)
        for cookie in response.cookies.values():  # Secure and SameSite on all: +5 when any
            self.assertTrue(cookie["secure"], cookie.key)
            self.assertIn(cookie["samesite"], ("Lax", "Strict"), cookie.key)
            if "sess" in cookie.key or "login" in cookie.key:
                self.assertTrue(cookie["httponly"], cookie.key)
