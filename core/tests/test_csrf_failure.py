"""A form whose security check fails (open for hours, cookies off) gets the site's own page in the
visitor's language, with what they typed shown to copy, not Django's technical 403."""

from django.test import Client, TestCase

from contact.models import ContactSubmission
from contact.tests.test_contact import message
from contact.tests.test_form_flow import FormFlowTestCase


class CsrfFailureTests(FormFlowTestCase):
    def post_without_token(self, page, **fields):
        return Client(enforce_csrf_checks=True).post(page.url, message(**fields))

    def test_the_visitor_is_told_in_bulgarian_and_keeps_what_they_typed(self):
        response = self.post_without_token(
            self.contact, message="Синът ми има нужда от логопед.\nМоже ли в петък?"
        )
        self.assertEqual(response.status_code, 403)
        self.assertContains(response, '<html lang="bg">', status_code=403)
        self.assertContains(response, "Формулярът не можа да бъде изпратен", status_code=403)
        self.assertContains(response, "Синът ми има нужда от логопед.\nМоже ли в петък?", status_code=403)
        self.assertContains(response, f'href="{self.contact.url}"', status_code=403)
        self.assertNotContains(response, "CSRF", status_code=403)
        self.assertFalse(ContactSubmission.objects.exists())

    def test_what_was_typed_is_shown_as_text(self):
        response = self.post_without_token(self.contact, message="<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;", status_code=403)
        self.assertNotContains(response, "<script>alert(1)", status_code=403)


class CsrfFailureLanguageTests(TestCase):
    def test_an_english_form_gets_the_page_in_english(self):
        response = Client(enforce_csrf_checks=True).post("/en/search/", {"message": "Hello"})
        self.assertContains(response, "The form could not be sent", status_code=403)
        self.assertContains(response, "Hello", status_code=403)


class CsrfFailureSignInTests(TestCase):
    def test_a_sign_in_that_fails_the_check_shows_nothing_typed(self):
        response = Client(enforce_csrf_checks=True).post(
            "/admin/login/", {"username": "редактор", "password": "тайна-парола-123"}
        )
        self.assertEqual(response.status_code, 403)
        self.assertNotContains(response, "тайна-парола-123", status_code=403)
        self.assertNotContains(response, "редактор", status_code=403)
