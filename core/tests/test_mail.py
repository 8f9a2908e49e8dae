"""Every e-mail leaves by the outbox: stored as data, sent by a task after the commit (by the
worker in production, never in the request), by one sender only, and retried until it goes."""

import base64
import pickle
from datetime import timedelta
from email.mime.text import MIMEText
from importlib import import_module
from io import StringIO
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.mail import CLAIM_LEASE, as_data, as_message, send_one, send_pending
from core.models import OutgoingEmail

from .outbox import DATABASE_TASKS, HUNG, LOCMEM, REFUSING, HungServer, in_a_while, run_worker

OUTBOX = "core.mail.OutboxEmailBackend"


def review_notice(**extra):
    """What Wagtail sends a reviewer: text and HTML, here with everything a message can carry."""
    message = EmailMultiAlternatives(
        "Промени по новина",
        "Моля, добавете дата.",
        "site@example.org",
        ["editor@example.org"],
        bcc=["archive@example.org"],
        cc=["team@example.org"],
        reply_to=["network@example.org"],
        headers={"Auto-Submitted": "auto-generated"},
        alternatives=[("<p>Моля, добавете <b>дата</b>.</p>", "text/html")],
        **extra,
    )
    message.attach("бележки.txt", "Дата: 1 юни", "text/plain")
    message.attach("снимка.png", b"\x89PNG\r\n\x1a\n\x00\xff", "image/png")
    message.attach(MIMEText("част сама по себе си", "plain", "utf-8"))
    return message


class MessageAsDataTests(SimpleTestCase):
    def test_a_message_comes_back_from_its_data_as_it_went_in(self):
        original = review_notice()
        data = as_data(original)
        self.assertEqual(
            data["attachments"][1]["content"], base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\xff").decode()
        )
        rebuilt = as_message(data)
        for attribute in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to", "extra_headers"):
            with self.subTest(attribute=attribute):
                self.assertEqual(getattr(rebuilt, attribute), getattr(original, attribute))
        self.assertEqual(rebuilt.alternatives, original.alternatives)
        self.assertEqual(rebuilt.attachments[:2], original.attachments[:2])
        self.assertEqual(rebuilt.attachments[2].as_bytes(), original.attachments[2].as_bytes())
        self.assertIn(b"Auto-Submitted: auto-generated", rebuilt.message().as_bytes())

    def test_the_migration_turns_kept_pickles_into_data(self):
        migration = import_module("core.migrations.0003_outbox_as_data")

        class Kept:  # a row of the historical model, before the migration
            message = pickle.dumps(review_notice())
            attempts = 0

            def save(self, update_fields):
                self.saved = update_fields

        kept = Kept()
        historical = mock.Mock(**{"get_model.return_value.objects.all.return_value": [kept]})
        migration.unpickle_messages(historical, schema_editor=None)
        self.assertEqual(kept.saved, ["data", "attempts"])
        self.assertEqual(kept.data, as_data(review_notice()))


@override_settings(EMAIL_BACKEND=OUTBOX, OUTGOING_EMAIL_BACKEND=LOCMEM)
class OutboxTests(TestCase):
    def test_an_email_is_stored_as_data_and_sent_once_committed(self):
        with self.captureOnCommitCallbacks() as commit:
            review_notice(connection=mail.get_connection()).send()
        kept = OutgoingEmail.objects.get()
        self.assertEqual((kept.subject, kept.message["body"]), ("Промени по новина", "Моля, добавете дата."))
        self.assertEqual(kept.recipients, "editor@example.org, team@example.org, archive@example.org")
        self.assertEqual(mail.outbox, [])  # not before the commit

        commit[0]()
        [sent] = mail.outbox
        self.assertEqual(sent.alternatives, [("<p>Моля, добавете <b>дата</b>.</p>", "text/html")])
        self.assertEqual(sent.bcc, ["archive@example.org"])
        self.assertFalse(OutgoingEmail.objects.exists())

    @override_settings(TASKS=DATABASE_TASKS, OUTGOING_EMAIL_BACKEND=HUNG)
    def test_with_the_database_backend_the_sender_never_reaches_the_mail_server(self):
        HungServer.attempts.clear()
        with self.captureOnCommitCallbacks(execute=True):
            send_mail("Преглед", "Страница чака преглед.", "site@example.org", ["reviewer@example.org"])
        self.assertEqual(HungServer.attempts, [])
        self.assertEqual(DBTaskResult.objects.ready().get().task_path, "core.mail.send_email")

        with override_settings(OUTGOING_EMAIL_BACKEND=LOCMEM):
            run_worker()
            run_worker()
        self.assertEqual([sent.subject for sent in mail.outbox], ["Преглед"])
        self.assertFalse(OutgoingEmail.objects.exists())

    @override_settings(TASKS=DATABASE_TASKS, OUTGOING_EMAIL_BACKEND=REFUSING)
    def test_the_worker_retries_a_refused_email_later_until_it_goes(self):
        with self.captureOnCommitCallbacks(execute=True):
            send_mail("Преглед", "Страница чака преглед.", "site@example.org", ["reviewer@example.org"])
        with self.assertLogs("core.mail", "WARNING") as logs:
            run_worker()
        self.assertIn("mail server down", logs.output[0])
        kept = OutgoingEmail.objects.get()
        self.assertEqual((kept.attempts, kept.error, kept.claimed_at), (1, "mail server down", None))
        retry = DBTaskResult.objects.get(status="READY")
        self.assertEqual(retry.run_after, kept.next_attempt_at)  # due again, not at once
        self.assertGreater(kept.next_attempt_at, timezone.now())

        with override_settings(OUTGOING_EMAIL_BACKEND=LOCMEM):
            self.assertEqual(run_worker(), 0)  # not due yet
            with in_a_while(timedelta(minutes=2)):
                run_worker()
        self.assertEqual(len(mail.outbox), 1)
        self.assertFalse(OutgoingEmail.objects.exists())

    def test_the_wait_doubles_with_each_refusal_up_to_an_hour(self):
        with self.captureOnCommitCallbacks():
            send_mail("Преглед", "Текст", "site@example.org", ["reviewer@example.org"])
        email_id = OutgoingEmail.objects.get().pk
        waits = []
        with override_settings(OUTGOING_EMAIL_BACKEND=REFUSING), self.assertLogs("core.mail", "WARNING"):
            for day in range(1, 9):  # each a day after the last: due again each time
                with in_a_while(timedelta(days=day)):
                    self.assertIs(send_one(email_id), False)
                    waits.append(OutgoingEmail.objects.get().next_attempt_at - timezone.now())
        self.assertEqual([wait.total_seconds() / 60 for wait in waits], [1, 2, 4, 8, 16, 32, 60, 60])

    def test_send_pending_mail_sends_what_is_due_after_a_refusal(self):
        refusing = override_settings(OUTGOING_EMAIL_BACKEND=REFUSING)
        with refusing, self.assertLogs("core.mail", "WARNING"), self.captureOnCommitCallbacks(execute=True):
            send_mail("Промени", "Моля, добавете дата.", "site@example.org", ["editor@example.org"])
        out = StringIO()
        call_command("send_pending_mail", stdout=out)
        self.assertEqual(out.getvalue().strip(), "Sent 0; still waiting 1.")  # not due yet

        with in_a_while(timedelta(minutes=2)), refusing, self.assertLogs("core.mail", "WARNING"):
            call_command("send_pending_mail", stdout=StringIO())
        self.assertEqual(OutgoingEmail.objects.get().attempts, 2)  # still down: still kept

        with in_a_while(timedelta(minutes=5)):
            out = StringIO()
            call_command("send_pending_mail", stdout=out)
        self.assertEqual(out.getvalue().strip(), "Sent 1; still waiting 0.")
        self.assertEqual(mail.outbox[0].body, "Моля, добавете дата.")

    def test_two_overlapping_senders_send_each_email_once(self):
        with self.captureOnCommitCallbacks():
            for number in (1, 2):
                send_mail(f"Писмо {number}", "Текст", "site@example.org", ["editor@example.org"])
        overlapping = []

        def send_while_another_runs(backend, messages):
            # A second send_pending_mail starts while the first is talking to the mail server.
            if not overlapping:
                overlapping.append("running")
                overlapping[0] = send_pending()
            mail.outbox.extend(messages)
            return len(messages)

        with mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages", send_while_another_runs
        ):
            first = send_pending()
        self.assertEqual(sorted(sent.subject for sent in mail.outbox), ["Писмо 1", "Писмо 2"])
        self.assertEqual(first[0] + overlapping[0][0], 2)
        self.assertEqual(overlapping[0], (1, 1))  # it sent the other one, and left the claimed one

    def test_a_sender_that_died_mid_send_leaves_the_email_to_another_after_the_lease(self):
        with self.captureOnCommitCallbacks():
            send_mail("Преглед", "Текст", "site@example.org", ["reviewer@example.org"])
        OutgoingEmail.objects.update(claimed_at=timezone.now())  # its sender is gone
        self.assertEqual(send_pending(), (0, 1))
        with in_a_while(CLAIM_LEASE + timedelta(seconds=1)):
            self.assertEqual(send_pending(), (1, 0))
        self.assertEqual(len(mail.outbox), 1)

    def test_a_failure_to_queue_is_an_error_unless_the_sender_said_fail_silently(self):
        with mock.patch("core.mail.queue", side_effect=OSError("database gone")):
            with self.assertRaises(OSError):
                send_mail("Преглед", "Текст", "site@example.org", ["reviewer@example.org"])
            with self.assertLogs("core.mail", "ERROR"):
                sent = send_mail(
                    "Преглед", "Текст", "site@example.org", ["reviewer@example.org"], fail_silently=True
                )
        self.assertEqual(sent, 0)


@override_settings(EMAIL_BACKEND=OUTBOX, OUTGOING_EMAIL_BACKEND=REFUSING)
class OutboxAdminTests(TestCase):
    def setUp(self):
        with self.assertLogs("core.mail", "WARNING"), self.captureOnCommitCallbacks(execute=True):
            send_mail("Промени по новина", "Текст", "site@example.org", ["editor@example.org"])

    def test_administrators_see_what_waits_with_its_attempts_and_last_error(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "x"))
        listing = self.client.get(reverse("unsent_emails:index"))
        for shown in (
            "Промени по новина",
            "editor@example.org",
            "неуспешни опити",
            "последна грешка",
            "mail server down",
        ):
            with self.subTest(shown=shown):
                self.assertContains(listing, shown)
        self.assertContains(listing, "<td>1</td>", html=True)  # failed attempts
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), reverse("unsent_emails:index"))

    def test_editors_do_not_see_it(self):
        editor = get_user_model().objects.create_user("editor", "editor@example.org", "x")
        editor.groups.add(Group.objects.get(name="Editors"))
        self.client.force_login(editor)
        self.assertRedirects(self.client.get(reverse("unsent_emails:index")), reverse("wagtailadmin_home"))
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), reverse("unsent_emails:index"))
