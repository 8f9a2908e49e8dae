"""robots.txt read by a first-match parser, as Python's urllib.robotparser (and older crawlers)
read it: the admin stays out, the public site is open."""

from urllib.robotparser import RobotFileParser

from django.test import TestCase


class RobotsParsingTests(TestCase):
    def setUp(self):
        self.robots = RobotFileParser()
        self.robots.parse(self.client.get("/robots.txt").content.decode().splitlines())

    def test_every_crawler_is_kept_out_of_the_admins(self):
        for agent in ("*", "Googlebot", "SomeCrawler/1.0"):
            for path in ("/admin/", "/admin/pages/", "/django-admin/", "/django-admin/login/"):
                with self.subTest(agent=agent, path=path):
                    self.assertFalse(self.robots.can_fetch(agent, f"http://testserver{path}"))

    def test_the_public_site_is_open(self):
        for path in ("/", "/bg/", "/en/centres/", "/sitemap.xml", "/feeds/bg/rss.xml"):
            with self.subTest(path=path):
                self.assertTrue(self.robots.can_fetch("*", f"http://testserver{path}"))

    def test_the_sitemap_is_named(self):
        self.assertEqual(self.robots.site_maps(), ["http://testserver/sitemap.xml"])
