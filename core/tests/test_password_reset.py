"""The admin's password reset sends its e-mail a few times an hour per client and per e-mail
address, and past that answers as always but sends nothing."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from core.password_reset import ThrottledPasswordResetForm

EDITOR = "editor@example.org"


@override_settings(PASSWORD_RESET_LIMIT_PER_ADDRESS=3, PASSWORD_RESET_LIMIT_PER_EMAIL=2)
class PasswordResetThrottleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = get_user_model().objects.create_user("editor", EDITOR, "correct horse battery")
        for number in range(3):
            get_user_model().objects.create_user(f"editor{number}", f"editor{number}@example.org", "x" * 20)

    def setUp(self):
        cache.clear()

    def ask(self, email, remote="203.0.113.5"):
        response = self.client.post(
            reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=remote
        )
        self.assertRedirects(response, reverse("wagtailadmin_password_reset_done"))
        return response

    def test_the_admin_uses_the_throttled_form(self):
        response = self.client.get(reverse("wagtailadmin_password_reset"))
        self.assertIsInstance(response.context["form"], ThrottledPasswordResetForm)

    def test_one_address_asked_for_gets_its_first_emails_then_the_same_answer_and_none(self):
        self.ask(EDITOR, remote="203.0.113.5")
        self.ask(EDITOR.upper(), remote="198.51.100.7")
        self.assertEqual([message.to for message in mail.outbox], [[EDITOR], [EDITOR]])
        with self.assertLogs("core.password_reset", "WARNING") as logs:
            self.ask(EDITOR, remote="192.0.2.9")
        self.assertEqual(len(mail.outbox), 2)
        self.assertIn("192.0.2.9", logs.output[0])
        self.assertNotIn(EDITOR, logs.output[0])

    def test_one_client_gets_its_first_emails_then_the_same_answer_and_none(self):
        for number in range(3):
            self.ask(f"editor{number}@example.org")
        self.assertEqual(len(mail.outbox), 3)
        with self.assertLogs("core.password_reset", "WARNING"):
            self.ask(EDITOR)
        self.assertEqual(len(mail.outbox), 3)
        self.ask(EDITOR, remote="198.51.100.7")  # another client still can
        self.assertEqual(mail.outbox[-1].to, [EDITOR])

    def test_an_address_without_an_account_counts_the_same_and_is_answered_the_same(self):
        nobody = self.ask("nobody@example.org")
        self.ask("nobody@example.org")
        with self.assertLogs("core.password_reset", "WARNING"):
            throttled = self.ask("nobody@example.org")
        self.assertEqual(mail.outbox, [])
        self.assertEqual(throttled["Location"], nobody["Location"])
        self.ask(EDITOR)  # the client's third request: still within its own limit
        self.assertEqual(len(mail.outbox), 1)
