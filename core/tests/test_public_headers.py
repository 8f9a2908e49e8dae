"""What a shared cache in front may keep: the public pages an anonymous visitor sees, for
PUBLIC_CACHE_SECONDS, and never the admin, a form, a signed-in visitor's page or an error."""

import gzip

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory, SimpleTestCase, override_settings
from django.utils.cache import has_vary_header, patch_cache_control, patch_vary_headers

from core.middleware import PublicCacheMiddleware
from tests.content import SiteContentTestCase, every_page_url

PUBLIC = "public, max-age=60"


def vary(response):
    return response.get("Vary", "")


class AnonymousVisitorTests(SiteContentTestCase):
    """The pages as a visitor without cookies gets them, through the whole middleware stack."""

    pages = ("/bg/", "/en/", "/bg/tsentrove/", "/bg/tsentrove/pernik/", "/bg/novini/", "/bg/darete/")

    def assert_public(self, response):
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("Cookie", vary(response))
        self.assertNotIn("sessionid", response.cookies)
        self.assertEqual(response["Cache-Control"], PUBLIC)

    def test_public_pages_read_no_session_and_may_be_kept_by_a_shared_cache(self):
        for url in self.pages:
            with self.subTest(url=url):
                self.assert_public(self.client.get(url))

    def test_search_results_may_be_kept_too(self):
        self.assert_public(self.client.get("/bg/tarsene/", {"q": "деца"}))

    @override_settings(WAGTAIL_2FA_REQUIRED=True)
    def test_two_factor_sign_in_reads_no_session_of_a_visitor_without_one(self):
        self.assert_public(self.client.get("/bg/"))

    def test_every_page_with_a_form_token_is_not_public_and_every_other_page_is(self):
        for url in every_page_url():
            response = self.rendered(url)
            with self.subTest(url=url):
                if b"csrfmiddlewaretoken" in response.content:
                    self.assertNotIn("public", response["Cache-Control"])
                    self.assertIn("Cookie", vary(response))
                else:
                    self.assert_public(response)

    def test_a_missing_page_is_not_kept(self):
        response = self.client.get("/bg/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertNotIn("public", response.get("Cache-Control", ""))

    def test_the_admin_is_never_public(self):
        for url in ("/admin/login/", "/django-admin/login/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("public", response.get("Cache-Control", ""))

    def test_the_admin_still_sends_a_visitor_without_a_session_to_sign_in(self):
        with override_settings(WAGTAIL_2FA_REQUIRED=True):
            response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])

    def test_the_language_choice_at_the_root_varies_on_the_visitor(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("Accept-Language", vary(response))
        self.assertNotIn("public", response.get("Cache-Control", ""))

    def test_a_page_is_compressed_for_a_browser_that_accepts_gzip(self):
        plain = self.client.get("/bg/")
        response = self.client.get("/bg/", headers={"accept-encoding": "gzip, deflate, br"})
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertTrue(has_vary_header(response, "Accept-Encoding"))
        self.assertLess(len(response.content), len(plain.content) / 3)
        self.assertEqual(gzip.decompress(response.content), plain.content)
        self.assertEqual(response["Cache-Control"], PUBLIC)


class SignedInVisitorTests(SiteContentTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.user = get_user_model().objects.create_superuser("admin", password="x")

    def test_a_signed_in_visitor_gets_private_pages(self):
        self.client.force_login(self.user)
        response = self.client.get("/bg/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "private")
        self.assertIn("Cookie", vary(response))

    @override_settings(WAGTAIL_2FA_REQUIRED=True)
    def test_a_signed_in_admin_without_a_code_is_still_stopped_on_public_pages(self):
        # As wagtail-2fa did before it was limited to requests with a session.
        self.client.force_login(self.user)
        response = self.client.get("/bg/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/2fa/", response["Location"])


class PublicCacheRuleTests(SimpleTestCase):
    """Each rule of PublicCacheMiddleware on its own, with a view that breaks only that rule."""

    def respond(self, view=None, method="get", path="/bg/", cookies=None, **response_kwargs):
        request = getattr(RequestFactory(), method)(path)
        request.COOKIES.update(cookies or {})

        def get_response(request):
            response = HttpResponse("<p>page</p>", **response_kwargs)
            if view:
                view(request, response)
            return response

        return PublicCacheMiddleware(get_response)(request)

    def assert_not_public(self, response):
        self.assertNotIn("public", response.get("Cache-Control", ""))

    def test_a_plain_anonymous_page_is_public(self):
        self.assertEqual(self.respond()["Cache-Control"], PUBLIC)

    @override_settings(PUBLIC_CACHE_SECONDS=300)
    def test_the_setting_gives_the_time(self):
        self.assertEqual(self.respond()["Cache-Control"], "public, max-age=300")

    @override_settings(PUBLIC_CACHE_SECONDS=60, PUBLIC_CACHE_SHARED_SECONDS=600)
    def test_a_purged_shared_cache_may_keep_an_address_longer(self):
        self.assertEqual(self.respond()["Cache-Control"], "public, max-age=60, s-maxage=600")

    @override_settings(PUBLIC_CACHE_SECONDS=60, PUBLIC_CACHE_SHARED_SECONDS=600)
    def test_not_longer_with_a_query_which_no_purge_reaches(self):
        self.assertEqual(self.respond(path="/bg/novini/?page=2")["Cache-Control"], "public, max-age=60")

    @override_settings(PUBLIC_CACHE_SECONDS=0, PUBLIC_CACHE_SHARED_SECONDS=600)
    def test_zero_turns_it_off(self):
        self.assertFalse(self.respond().has_header("Cache-Control"))

    def test_not_for_a_response_that_sets_a_cookie(self):
        self.assert_not_public(self.respond(lambda request, response: response.set_cookie("x", "1")))

    def test_not_for_a_page_that_uses_a_csrf_token(self):
        self.assert_not_public(self.respond(lambda request, response: get_token(request)))

    def test_not_for_a_response_that_varies_on_cookie(self):
        self.assert_not_public(
            self.respond(lambda request, response: patch_vary_headers(response, ["Cookie"]))
        )

    def test_not_for_a_visitor_with_a_session_who_gets_private(self):
        self.assertEqual(self.respond(cookies={"sessionid": "abc"})["Cache-Control"], "private")

    def test_the_views_own_choice_is_kept(self):
        response = self.respond(lambda request, response: patch_cache_control(response, no_store=True))
        self.assertEqual(response["Cache-Control"], "no-store")

    def test_not_for_errors_or_redirects(self):
        for status in (301, 302, 400, 403, 404, 500, 503):
            with self.subTest(status=status):
                self.assert_not_public(self.respond(status=status))

    def test_not_for_a_post(self):
        self.assert_not_public(self.respond(method="post"))

    def test_the_admin_is_left_alone(self):
        for path in ("/admin/pages/", "/django-admin/"):
            for cookies in ({}, {"sessionid": "abc"}):
                with self.subTest(path=path, cookies=cookies):
                    self.assertFalse(self.respond(path=path, cookies=cookies).has_header("Cache-Control"))
