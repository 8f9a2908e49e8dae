"""No e-mail is lost when the mail server is down: it is kept and sent by send_pending_mail."""

import threading
from io import StringIO

from django.core import mail
from django.core.mail import get_connection, send_mail
from django.core.management import call_command
from django.test import TestCase, override_settings

from core.models import OutgoingEmail

RETRYING = "core.mail.RetryingEmailBackend"
DOWN = "contact.tests.test_contact.FailingBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@override_settings(EMAIL_BACKEND=RETRYING)
class RetryingBackendTests(TestCase):
    def test_a_refused_message_is_kept_and_sent_later(self):
        with override_settings(OUTGOING_EMAIL_BACKEND=DOWN), self.assertLogs("core.mail", "WARNING"):
            # Sent with a connection that holds a lock, as an SMTP connection does.
            connection = get_connection()
            connection.lock = threading.RLock()
            send_mail(
                "Промени по новина", "Моля, добавете дата.", "site@example.org", ["editor@example.org"],
                connection=connection,
            )  # fmt: skip
        kept = OutgoingEmail.objects.get()
        self.assertEqual((kept.subject, kept.recipients), ("Промени по новина", "editor@example.org"))
        self.assertIn("mail server down", kept.error)

        with override_settings(OUTGOING_EMAIL_BACKEND=DOWN):
            call_command("send_pending_mail", stdout=StringIO())
        self.assertEqual(OutgoingEmail.objects.count(), 1)  # still down: still kept

        with override_settings(OUTGOING_EMAIL_BACKEND=LOCMEM):
            out = StringIO()
            call_command("send_pending_mail", stdout=out)
        self.assertIn("Sent 1", out.getvalue())
        self.assertFalse(OutgoingEmail.objects.exists())
        self.assertEqual(mail.outbox[0].body, "Моля, добавете дата.")

    @override_settings(OUTGOING_EMAIL_BACKEND=LOCMEM)
    def test_a_working_server_gets_the_message_at_once(self):
        send_mail("Тема", "Текст", "site@example.org", ["a@example.org"])
        self.assertEqual(len(mail.outbox), 1)
        self.assertFalse(OutgoingEmail.objects.exists())
