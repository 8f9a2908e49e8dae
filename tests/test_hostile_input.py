"""Input no visitor would send on purpose, as a fuzzer or a broken client sends it: never a 500."""

from django.test import Client

from tests.content import SiteContentTestCase

PAGES = [
    "/bg/",
    "/en/",
    "/bg/novini/",
    "/bg/novini/nov-tsop-kazanlak/",
    "/bg/tsentrove/",
    "/bg/tsentrove/pernik/",
    "/bg/tsentrove/pernik/pishete-ni/",
    "/bg/programi/",
    "/bg/darete/",
    "/bg/tarsene/",
    "/en/search/",
    "/sitemap.xml",
    "/feeds/bg/rss.xml",
]
PARAMETERS = [
    "q",
    "town",
    "region",
    "service",
    "target_group",
    "topic",
    "center",
    "page",
    "purpose",
    "amount",
    "tag",
    "next",
]


class HostileInputTests(SiteContentTestCase):
    def test_a_nul_character_in_any_parameter_is_no_server_error(self):
        for url in PAGES:
            for name in PARAMETERS:
                with self.subTest(url=url, name=name):
                    response = self.client.get(url, {name: "a\x00b"})
                    self.assertLess(response.status_code, 500)

    def test_the_language_switch_goes_only_to_an_address_of_this_site(self):
        for given in (
            "foo",
            "index",
            "%00",
            "\x00",
            "//evil.example/",
            "https://evil.example/",
            "javascript:alert(1)",
            "",
        ):
            with self.subTest(next=given):
                response = self.client.get("/language/en/", {"next": given})
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], "/en/")
        response = self.client.get("/language/en/", {"next": "/en/centres/?town=Перник"})
        self.assertEqual(response["Location"], "/en/centres/?town=%D0%9F%D0%B5%D1%80%D0%BD%D0%B8%D0%BA")

    def test_a_form_sent_in_a_charset_other_than_utf8_gets_the_sites_400_page(self):
        # As a browser sends a form: with the CSRF cookie and token from the page, so the CSRF
        # check reads the form's data (without them it refuses before reading anything).
        body = "name=%D0%9C%D0%B0%D1%80%D0%B8%D1%8F&contact=0888&message=%D0%9F%D0%BE%D0%BC%D0%BE%D1%89&consent=on"
        for url, charset, words in (
            ("/bg/tsentrove/pernik/pishete-ni/", "utf-16", "Заявката не може да бъде прочетена"),
            ("/bg/deklaratsia-pernik/", "UTF8", "Заявката не може да бъде прочетена"),
            ("/en/centres/pernik/write-to-us/", "latin-1", "The request could not be read"),
            ("/admin/login/", "utf-32", "Заявката не може да бъде прочетена"),
        ):
            with self.subTest(url=url, charset=charset):
                client = Client(enforce_csrf_checks=True)
                client.get(url)
                token = client.cookies["csrftoken"].value
                response = client.generic(
                    "POST",
                    url,
                    f"{body}&csrfmiddlewaretoken={token}".encode(),
                    content_type=f"application/x-www-form-urlencoded; charset={charset}",
                )
                self.assertContains(response, words, status_code=400)
                self.assertTemplateUsed(response, "400.html")

    def test_an_unknown_host_name_gets_the_sites_400_page_in_the_addresss_language(self):
        response = self.client.get("/en/", HTTP_HOST="evil.example")
        self.assertContains(response, "The request could not be read", status_code=400)
        self.assertContains(response, '<html lang="en">', status_code=400)
