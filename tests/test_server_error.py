"""When the site fails — the database down included — visitors get a calm page in their
language with the emergency numbers, rendered without touching the database."""

from unittest import mock

from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, TestCase

from tests import builders


def database_down():
    """Every attempt to reach the database fails, as when the server is unreachable."""
    return mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=OperationalError("database is down"))


class ServerErrorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        builders.build_site()

    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def test_database_down_gives_the_static_500_page_in_bulgarian(self):
        with database_down():
            response = self.client.get("/bg/")
        self.assertEqual(response.status_code, 500)
        self.assertTemplateUsed(response, "500.html")
        html = response.content.decode()
        self.assertIn('<html lang="bg">', html)
        self.assertIn("Нещо се обърка", html)
        self.assertIn('href="tel:112"', html)
        self.assertIn('href="tel:116111"', html)
        self.assertIn('<link rel="stylesheet" href="/static/css/site.css">', html)
        self.assertIn(
            '<a href="/en/" lang="en" hreflang="en">English</a>', html
        )  # its own name, untranslated

    def test_database_down_gives_the_500_page_in_english_on_english_addresses(self):
        with database_down():
            response = self.client.get("/en/centres/")
        self.assertEqual(response.status_code, 500)
        html = response.content.decode()
        self.assertIn('<html lang="en">', html)
        self.assertIn("Something went wrong", html)
        self.assertIn('<a href="/bg/" lang="bg" hreflang="bg">Български</a>', html)

    def test_the_500_page_itself_makes_no_database_query(self):
        with database_down() as cursor:
            self.client.get("/bg/")
            attempts_by_the_page = cursor.call_count
        with database_down() as cursor, self.assertRaises(OperationalError):
            Client().get("/bg/")  # the same request, re-raised instead of rendered
        self.assertEqual(attempts_by_the_page, cursor.call_count)
