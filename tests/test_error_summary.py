"""A form sent back with errors (issue 11): "Error:" / "Грешка:" first in the <title>, a summary
at the top that links each problem to its field, and what the visitor typed kept. Every public
form with validation: a centre's contact form, the declaration, the donate amount, the finder."""

import re
from html import unescape

from django.core.cache import cache
from wagtail.models import Locale

from centers.models import CenterIndexPage
from contact.models import ContactPage
from declaration.models import DeclarationPage
from giving.models import DonatePage
from tests.content import SiteContentTestCase

PREFIX = {"bg": "Грешка:", "en": "Error:"}
SUMMARY_TITLE = {"bg": "Моля, поправете следното", "en": "Please correct the following"}
SUMMARY = re.compile(r'<section class="error-summary"[^>]*>(.*?)</section>', re.S)


def first_live(model, language):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=language)).first()


class ErrorSummaryTests(SiteContentTestCase):
    def setUp(self):
        cache.clear()  # the public forms' rate limit counts per address

    def title(self, response):
        return unescape(re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)).strip()

    def summary(self, response):
        """The summary's HTML, checked to be named by its heading and focusable by the script."""
        html = response.content.decode()
        match = SUMMARY.search(html)
        self.assertIsNotNone(match, "no error summary on the page")
        opening = re.search(r'<section class="error-summary"[^>]*>', html).group(0)
        self.assertIn('tabindex="-1"', opening)
        self.assertIn('aria-labelledby="error-summary-title"', opening)
        self.assertIn("js/error-summary.js", html)
        self.assertLess(match.start(), html.index('class="field'))  # above the fields it is about
        return match.group(1)

    def assert_no_summary(self, response, language):
        html = response.content.decode()
        self.assertNotIn("error-summary", html)
        self.assertFalse(self.title(response).startswith(PREFIX[language]))

    def test_contact_form_with_errors(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                page = first_live(ContactPage, language)
                self.assert_no_summary(self.client.get(page.url), language)
                response = self.client.post(page.url, {"name": "Мария Иванова", "message": "Търся логопед."})
                self.assertEqual(response.status_code, 400)
                self.assertTrue(self.title(response).startswith(PREFIX[language] + " "), self.title(response))
                summary = self.summary(response)
                self.assertIn(SUMMARY_TITLE[language], summary)
                self.assertIn('href="#id_contact"', summary)
                self.assertIn('href="#id_consent"', summary)
                self.assertNotIn('href="#id_name"', summary)  # what was filled in is not an error
                self.assertContains(response, 'value="Мария Иванова"', status_code=400)
                self.assertContains(response, "Търся логопед.</textarea>", status_code=400)

    def test_declaration_with_errors(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                page = first_live(DeclarationPage, language)
                self.assert_no_summary(self.client.get(page.url), language)
                response = self.client.post(
                    page.url, {"name": "Петър Петров", "town": "Перник", "email": "не-е-имейл"}
                )
                self.assertEqual(response.status_code, 400)
                self.assertTrue(self.title(response).startswith(PREFIX[language] + " "))
                summary = self.summary(response)
                self.assertIn('href="#id_email"', summary)
                self.assertIn('href="#id_consent"', summary)
                self.assertContains(response, 'value="Петър Петров"', status_code=400)
                self.assertContains(response, 'value="не-е-имейл"', status_code=400)

    def test_donate_amount_with_errors(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                page = first_live(DonatePage, language)
                self.assert_no_summary(self.client.get(page.url, {"amount": "20"}), language)
                response = self.client.get(page.url, {"amount": "двайсет"})
                self.assertTrue(self.title(response).startswith(PREFIX[language] + " "))
                self.assertIn('href="#amount"', self.summary(response))
                self.assertContains(response, 'value="двайсет"')

    def test_finder_with_errors(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                page = first_live(CenterIndexPage, language)
                self.assert_no_summary(self.client.get(page.url, {"town": "Перник"}), language)
                response = self.client.get(page.url, {"town": "Перник", "region": "nowhere"})
                self.assertEqual(response.status_code, 200)
                self.assertTrue(self.title(response).startswith(PREFIX[language] + " "))
                self.assertIn('href="#id_region"', self.summary(response))
                self.assertContains(response, 'value="Перник"')
