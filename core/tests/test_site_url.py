"""SITE_URL names the site: the default Wagtail Site takes its hostname and port from it, and the
sitemap, canonical and hreflang links, JSON-LD, feeds and robots.txt all give addresses on it,
whichever allowed host name (or IP address) the visitor used."""

import xml.etree.ElementTree as ET

from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase, TestCase, override_settings
from wagtail.models import Locale, Site

from core.site_url import configured_address
from core.tests.test_seo import head, structured_data
from tests import builders

SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


class ConfiguredAddressTests(SimpleTestCase):
    def test_the_scheme_gives_the_port_wagtail_derives_it_from(self):
        self.assertEqual(configured_address("https://cop.sosbg.org"), ("cop.sosbg.org", 443))
        self.assertEqual(configured_address("https://cop.sosbg.org/"), ("cop.sosbg.org", 443))
        self.assertEqual(configured_address("http://127.0.0.1:8000"), ("127.0.0.1", 8000))
        self.assertEqual(configured_address("http://example.org"), ("example.org", 80))

    def test_an_address_wagtail_cannot_give_is_refused_with_a_reason(self):
        for wrong in (
            "https://example.org:8443",
            "example.org",
            "ftp://example.org",
            "https://example.org/bg/",
        ):
            with self.subTest(wrong=wrong), self.assertRaisesMessage(ImproperlyConfigured, "SITE_URL"):
                configured_address(wrong)


class DefaultSiteTests(TestCase):
    @override_settings(SITE_URL="https://example.org")
    def test_migrate_gives_the_default_site_the_configured_address(self):
        call_command("migrate", verbosity=0)
        site = Site.objects.get(is_default_site=True)
        self.assertEqual(
            (site.hostname, site.port, site.root_url), ("example.org", 443, "https://example.org")
        )

    @override_settings(SITE_URL="http://cop.example:8000")
    def test_configure_site_names_it_without_migrating(self):
        call_command("configure_site", verbosity=0)
        self.assertEqual(Site.objects.get(is_default_site=True).root_url, "http://cop.example:8000")

    @override_settings(SITE_URL="https://example.org")
    def test_an_address_another_site_has_is_refused(self):
        other = Site.objects.get(is_default_site=True)
        Site.objects.create(hostname="example.org", port=443, root_page=other.root_page)
        with self.assertRaisesMessage(CommandError, "another Wagtail Site already has"):
            call_command("configure_site", verbosity=0)


@override_settings(SITE_URL="https://example.org")
class AddressesOnTheConfiguredRootTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        english = Locale.objects.get_or_create(language_code="en")[0]
        cls.tree["home"].copy_for_translation(english).save_revision().publish()
        cls.news = builders.add_news(cls.tree["news"], "Новина")
        call_command("configure_site", verbosity=0)

    # Another allowed host name, and the server's address, over plain HTTP.
    HOSTS = ("localhost", "127.0.0.1")

    def test_the_sitemap_lists_every_page_on_the_configured_root(self):
        for host in self.HOSTS:
            with self.subTest(host=host):
                response = self.client.get("/sitemap.xml", HTTP_HOST=host)
                self.assertEqual(response.status_code, 200)
                root = ET.fromstring(response.content)
                addresses = [loc.text for loc in root.iterfind("sm:url/sm:loc", SITEMAP)]
                addresses += [link.get("href") for link in root.iterfind("sm:url/xhtml:link", SITEMAP)]
                self.assertIn(f"https://example.org/bg/novini/{self.news.slug}/", addresses)
                self.assertIn("https://example.org/en/", addresses)
                self.assertTrue(all(url.startswith("https://example.org/") for url in addresses), addresses)

    def test_a_page_reached_by_another_host_gives_the_configured_canonical_alternates_and_json_ld(self):
        for host in self.HOSTS:
            with self.subTest(host=host):
                response = self.client.get(self.news.url, HTTP_HOST=host)
                self.assertEqual(response.status_code, 200)
                links = head(response).links
                canonical = [link["href"] for link in links if link.get("rel") == "canonical"]
                self.assertEqual(canonical, [f"https://example.org/bg/novini/{self.news.slug}/"])
                alternates = {link["hreflang"]: link["href"] for link in links if link.get("hreflang")}
                self.assertEqual(alternates["bg"], canonical[0])
                self.assertEqual(alternates["x-default"], canonical[0])
                self.assertEqual(head(response).meta["og:url"], canonical[0])
                article = structured_data(response)["NewsArticle"]
                self.assertEqual(article["mainEntityOfPage"]["@id"], canonical[0])
                self.assertEqual(article["publisher"]["logo"], "https://example.org/static/img/logo-512.png")

    def test_the_feeds_link_the_configured_root(self):
        for host in self.HOSTS:
            with self.subTest(host=host):
                response = self.client.get("/feeds/bg/rss.xml", HTTP_HOST=host)
                self.assertEqual(response.status_code, 200)
                channel = ET.fromstring(response.content).find("channel")
                self.assertEqual(channel.findtext("link"), "https://example.org/bg/novini/")
                self.assertEqual(
                    channel.find("{http://www.w3.org/2005/Atom}link").get("href"),
                    "https://example.org/feeds/bg/rss.xml",
                )
                item = channel.find("item")
                self.assertEqual(item.findtext("link"), f"https://example.org/bg/novini/{self.news.slug}/")

    def test_robots_names_the_configured_sitemap(self):
        response = self.client.get("/robots.txt", HTTP_HOST="127.0.0.1")
        self.assertIn("Sitemap: https://example.org/sitemap.xml", response.content.decode().splitlines())
