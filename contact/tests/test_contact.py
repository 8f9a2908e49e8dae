"""Contacting a centre: the message is stored before anyone is e-mailed, survives a mail server
that is down, resists bots and bad input, and is read only by that centre's staff and the
administrators."""

import csv
import io
from datetime import timedelta
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale

from centers.groups import ensure_staff_group
from centers.models import CenterGroup, Service
from contact.models import ContactFormField, ContactPage, ContactSubmission
from core.models import OutgoingEmail
from core.tests.outbox import DATABASE_TASKS, HUNG, LOCMEM, HungServer, in_a_while, run_worker
from home.models import StandardPage
from tests import builders

FIELDS = [
    ("name", "Вашето име", "singleline", True),
    ("contact", "Как да се свържем с вас", "contact", True),
    ("topic", "Тема", "topic", False),
    ("message", "Съобщение", "multiline", True),
    ("consent", "Съгласен/съгласна съм", "checkbox", True),
]
ENGLISH_LABELS = ["Your name", "How can we reach you?", "Topic", "Message", "I agree"]
PAYLOAD = '=HYPERLINK("http://evil")<script>alert(1)</script>'


def add_contact_page(parent, model=ContactPage, **fields):
    """A form page with the usual questions: a centre's by default, or another kind (`model`)."""
    fields = {
        "title": "Пишете ни",
        "slug": "pishete-ni",
        "thank_you_text": "<p>Ще ви отговорим.</p>",
        **fields,
    }
    page = model(
        form_fields=[
            ContactFormField(
                clean_name=name, label=label, field_type=kind, required=required, sort_order=order
            )
            for order, (name, label, kind, required) in enumerate(FIELDS)
        ],
        **fields,
    )
    return builders.publish(parent, page)


def translate_to_english(page):
    english = page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Write to us"
    english.thank_you_text = "<p>We will answer.</p>"
    fields = list(english.form_fields.all())
    for field, label in zip(fields, ENGLISH_LABELS, strict=True):
        field.label = label
    english.form_fields = fields
    english.save_revision().publish()
    return english


def message(**fields):
    data = {"name": "Мария", "contact": "0888 123 456", "message": "Търся подкрепа.", "consent": "on"}
    data.update(fields)
    return data


class FailingBackend:
    """An e-mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


class FormTestCase(TestCase):
    """Sends messages to `self.page` (or another form page), e-mailing after the commit."""

    def setUp(self):
        cache.clear()  # the rate limit's counters

    def send(self, page=None, **fields):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post((page or self.page).url, message(**fields))


class ContactTestCase(FormTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        privacy = builders.publish(
            tree["home"], StandardPage(title="Поверителност", slug="poveritelnost", intro="Какво пазим.")
        )
        tree["home"].privacy_page = privacy
        tree["home"].save_revision().publish()
        service = Service.objects.create(name="Логопедична подкрепа", locale=Locale.get_default())
        cls.center = builders.add_center(tree["centers"], title="SOS ЦОП Перник", email="pernik@example.org")
        cls.center.services.add(service)
        cls.center.save_revision().publish()
        cls.page = add_contact_page(cls.center)
        cls.other_center = builders.add_center(tree["centers"], title="SOS ЦОП Габрово", town="Габрово")
        cls.other_page = add_contact_page(cls.other_center)


class SendingTests(ContactTestCase):
    def test_the_form_shows_the_notices_before_the_button_and_is_never_cached_publicly(self):
        response = self.client.get(self.page.url)
        self.assertIn("private", response["Cache-Control"])
        html = response.content.decode()
        notices = html[html.index('class="form-notices"') : html.index('type="submit"')]
        for text in (
            "SOS ЦОП Перник",  # who reads it
            "365 дни",  # how long it is kept
            "Законът за закрила на детето",
            'href="/bg/poveritelnost/"',
            'href="tel:112"',
            'href="tel:116111"',
            "не се следи денонощно",
            "здраве или насилие",
        ):
            with self.subTest(text=text):
                self.assertIn(text, notices)

    def test_topics_are_the_centres_services_and_consent_starts_unticked(self):
        field = self.page.form_fields.get(clean_name="consent")
        field.default_value = "on"  # an editor's attempt to pre-tick it
        field.save()
        response = self.client.get(self.page.url)
        self.assertContains(response, '<option value="Логопедична подкрепа">')
        self.assertContains(response, '<option value="Нещо друго">')
        self.assertNotRegex(response.content.decode(), r'<input type="checkbox"[^>]*checked')

    def test_a_message_is_stored_and_the_centre_told_where_it_waits_not_what_it_says(self):
        response = self.send(topic="Логопедична подкрепа", message=PAYLOAD)
        self.assertContains(response, "Благодарим ви: съобщението ви пристигна")
        self.assertIn("private", response["Cache-Control"])
        submission = ContactSubmission.objects.get()
        self.assertEqual(submission.center.specific, self.center)
        self.assertEqual(submission.form_data["message"], PAYLOAD)
        self.assertNotIn("website", submission.form_data)
        self.assertIsNotNone(submission.notified_at)
        [sent] = mail.outbox
        self.assertEqual(sent.to, ["pernik@example.org"])
        self.assertEqual(sent.content_subtype, "plain")
        self.assertEqual(getattr(sent, "alternatives", []), [])
        link = "http://testserver" + reverse("contact_messages:inspect", args=[submission.pk])
        for told in ("до SOS ЦОП Перник", "Получено: ", link, "не се изпраща по имейл"):
            with self.subTest(told=told):
                self.assertIn(told, sent.body)
        for typed in ("Мария", "0888 123 456", "HYPERLINK", "Логопедична", "Съобщение:"):
            with self.subTest(typed=typed):
                self.assertNotIn(typed, sent.body + sent.subject)

    def test_the_message_is_stored_before_the_mail_goes_out(self):
        seen_at_send_time = []

        def send(message_self, *args, **kwargs):
            seen_at_send_time.append(ContactSubmission.objects.count())
            return 1

        with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", send):
            self.send()
        self.assertEqual(seen_at_send_time, [1])

    @override_settings(OUTGOING_EMAIL_BACKEND="contact.tests.test_contact.FailingBackend")
    def test_a_mail_server_that_is_down_loses_nothing_and_the_retry_delivers(self):
        with self.assertLogs("core.mail", level="WARNING") as logs:
            response = self.send()
        self.assertContains(response, "Благодарим ви: съобщението ви пристигна")
        self.assertIn("mail server down", logs.output[0])
        submission = ContactSubmission.objects.get()
        self.assertIsNone(submission.notified_at)
        self.assertIn("mail server down", submission.notification_error)
        self.assertIn("още не е изпратено", str(submission.notification_status()))

        with override_settings(OUTGOING_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            out = io.StringIO()
            call_command("send_pending_notifications", stdout=out)
        self.assertIn("Sent 1; still waiting 0", out.getvalue())
        submission.refresh_from_db()
        self.assertIsNotNone(submission.notified_at)
        self.assertEqual(submission.notification_error, "")
        self.assertEqual(len(mail.outbox), 1)

        call_command("send_pending_notifications", stdout=io.StringIO())
        self.assertEqual(len(mail.outbox), 1)  # told once

    def test_a_message_whose_notification_was_never_queued_is_caught_up_by_the_command(self):
        # As if the process stopped between storing the message and queueing its e-mail.
        stopped = mock.patch("contact.notifications.queue", side_effect=OSError("stopped"))
        with stopped, self.assertLogs("contact.notifications", level="WARNING"):
            self.send()
        submission = ContactSubmission.objects.get()
        self.assertEqual((submission.notified_at, mail.outbox), (None, []))

        out = io.StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("send_pending_notifications", stdout=out)
        self.assertIn("Sent 1; still waiting 0", out.getvalue())
        submission.refresh_from_db()
        self.assertIsNotNone(submission.notified_at)
        self.assertEqual(len(mail.outbox), 1)

    def test_a_message_in_english_gets_english_labels_notices_and_thanks(self):
        english = translate_to_english(self.page)
        form = self.client.get(english.url)
        self.assertContains(form, "Your name")
        self.assertContains(form, "This form is not watched around the clock.")
        self.assertContains(form, "Child Protection Act")
        response = self.send(page=english)
        self.assertContains(response, "Thank you: your message has arrived")
        self.assertContains(response, "We will answer.")
        submission = ContactSubmission.objects.get()
        self.assertEqual((submission.language, submission.form_data["name"]), ("en", "Мария"))
        self.assertEqual(submission.center.translation_key, self.center.translation_key)
        # For the centre, in Bulgarian: that it was written in English, not what it says.
        self.assertIn("Език: English", mail.outbox[0].body)
        self.assertNotIn("Мария", mail.outbox[0].body)

    def test_csrf_is_required(self):
        client = Client(enforce_csrf_checks=True)
        self.assertEqual(client.post(self.page.url, message()).status_code, 403)
        self.assertFalse(ContactSubmission.objects.exists())


@override_settings(TASKS=DATABASE_TASKS, OUTGOING_EMAIL_BACKEND=HUNG)
class HungMailServerTests(ContactTestCase):
    """Production (TASKS_BACKEND=database): the request stores and queues; the worker sends."""

    def test_the_post_never_reaches_the_mail_server_and_the_worker_tells_the_centre_once(self):
        HungServer.attempts.clear()
        response = self.send()
        self.assertContains(response, "Благодарим ви: съобщението ви пристигна")
        self.assertEqual(HungServer.attempts, [])  # no connection from the request
        submission = ContactSubmission.objects.get()
        queued = OutgoingEmail.objects.get()
        self.assertEqual(
            (queued.reference, queued.recipients), (f"contact-message:{submission.pk}", "pernik@example.org")
        )
        self.assertEqual(str(submission.notification_status()), "чака изпращане")

        with self.assertLogs("core.mail", "WARNING"):
            run_worker()  # the server still hangs: kept, with why
        self.assertEqual(HungServer.attempts, ["connect"])
        submission.refresh_from_db()
        self.assertEqual((submission.notified_at, submission.notification_error), (None, "timed out"))

        with override_settings(OUTGOING_EMAIL_BACKEND=LOCMEM), in_a_while(timedelta(minutes=2)):
            run_worker()
            run_worker()
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("SOS ЦОП Перник", mail.outbox[0].body)
        submission.refresh_from_db()
        self.assertIsNotNone(submission.notified_at)
        self.assertFalse(OutgoingEmail.objects.exists())


class AbuseTests(ContactTestCase):
    def test_the_honeypot_thanks_a_bot_and_stores_nothing(self):
        response = self.send(website="http://spam.example")
        self.assertContains(response, "Благодарим ви")
        self.assertFalse(ContactSubmission.objects.exists())
        self.assertEqual(mail.outbox, [])

    @override_settings(SUBMISSION_RATE_LIMIT=(2, 600))
    def test_the_rate_limit_refuses_politely_and_keeps_what_was_typed(self):
        self.send()
        self.send()
        response = self.send(message="Третото ми съобщение")
        self.assertContains(response, "Твърде много съобщения", status_code=429)
        self.assertContains(response, "Третото ми съобщение", status_code=429)
        self.assertEqual(ContactSubmission.objects.count(), 2)

    def test_over_long_and_invalid_fields_are_refused_with_messages_in_the_visitors_language(self):
        response = self.send(name="я" * 201, message="д" * 3001, contact="не знам")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "най-много 200 знака", status_code=400)
        self.assertContains(response, "най-много 3000 знака", status_code=400)
        self.assertContains(response, "Моля, посочете телефон", status_code=400)
        self.assertFalse(ContactSubmission.objects.exists())

    def test_phone_numbers_and_e_mail_addresses_are_both_accepted(self):
        for contact, status in [
            ("0888 123 456", 200),
            ("+359 (2) 981-23-45", 200),
            ("Maria@Example.bg", 200),
            ("12345", 400),
            ("maria@", 400),
            ("0888 123 456 789 012 34", 400),
        ]:
            cache.clear()
            with self.subTest(contact=contact):
                self.assertEqual(self.send(contact=contact).status_code, status)

    def test_what_was_typed_is_shown_back_as_text_never_as_html(self):
        response = self.send(message=PAYLOAD, consent="")
        self.assertEqual(response.status_code, 400)
        self.assertNotContains(response, "<script>alert(1)</script>", status_code=400)
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;", status_code=400)


class ReadingTests(ContactTestCase):
    """Only administrators and the centre's own staff group read its messages."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        User = get_user_model()
        cls.staff = User.objects.create_user("pernik-staff", password="x")
        cls.staff.groups.add(ensure_staff_group(cls.center))
        cls.other_staff = User.objects.create_user("gabrovo-staff", password="x")
        cls.other_staff.groups.add(ensure_staff_group(cls.other_center))
        cls.admin = User.objects.create_superuser("admin", password="x")
        # An editor who may edit Gabrovo's form page, but is not Gabrovo's staff.
        cls.editor = User.objects.create_user("editor", password="x")
        editors = Group.objects.create(name="Редактори")
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        for permission in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=editors, page=cls.other_center, permission=Permission.objects.get(codename=permission)
            )
        cls.editor.groups.add(editors)

    def setUp(self):
        super().setUp()
        self.send(name="Перничанка", message=PAYLOAD)
        self.send(page=self.other_page, name="Габровец")
        self.mine = ContactSubmission.objects.get(page=self.page)
        self.theirs = ContactSubmission.objects.get(page=self.other_page)

    def as_user(self, user, url):
        self.client.force_login(user)
        return self.client.get(url)

    def test_staff_list_and_read_only_their_centres_messages_with_the_notification_status(self):
        listing = self.as_user(self.staff, reverse("contact_messages:index"))
        self.assertContains(listing, "Перничанка")
        self.assertNotContains(listing, "Габровец")
        self.assertContains(listing, "изпратено")  # the notification went out
        inspect = self.as_user(self.staff, reverse("contact_messages:inspect", args=[self.mine.pk]))
        self.assertContains(inspect, "Перничанка")
        self.assertNotContains(inspect, "<script>alert(1)</script>")
        self.client.force_login(self.staff)
        other = self.client.get(reverse("contact_messages:inspect", args=[self.theirs.pk]), follow=True)
        self.assertEqual(other.status_code, 404)

    def test_staff_find_messages_in_the_menu_and_not_wagtails_forms_listing(self):
        dashboard = self.as_user(self.staff, reverse("wagtailadmin_home"))
        self.assertContains(dashboard, reverse("contact_messages:index"))
        self.assertNotContains(dashboard, reverse("wagtailforms:index"))
        self.assertContains(
            self.as_user(self.admin, reverse("wagtailadmin_home")), reverse("wagtailforms:index")
        )

    def test_the_messages_list_takes_the_same_queries_for_few_or_many(self):
        def queries():
            self.client.force_login(self.admin)
            with CaptureQueriesContext(connection) as captured:
                self.assertEqual(self.client.get(reverse("contact_messages:index")).status_code, 200)
            return len(captured)

        few = queries()
        for name in ("Трета", "Четвърта"):
            cache.clear()
            self.send(name=name)
            self.send(page=self.other_page, name=name)
        self.assertEqual(queries(), few)

    def test_staff_export_only_their_centres_messages_with_formulas_neutralised(self):
        response = self.as_user(self.staff, reverse("contact_messages:index") + "?export=csv")
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        self.assertIn("Перничанка", content)
        self.assertNotIn("Габровец", content)
        cells = [cell for row in csv.reader(io.StringIO(content)) for cell in row]
        self.assertFalse([cell for cell in cells if cell.startswith(("=", "+", "-", "@"))])

    def test_wagtails_own_submission_views_keep_the_same_boundary(self):
        own = reverse("wagtailforms:list_submissions", args=[self.page.pk])
        theirs = reverse("wagtailforms:list_submissions", args=[self.other_page.pk])
        # Everyone but administrators reads messages under "Messages", which shows only theirs.
        for url in (own, theirs, theirs + "?export=csv"):
            with self.subTest(url=url):
                self.assertRedirects(self.as_user(self.staff, url), reverse("contact_messages:index"))
        delete = reverse("wagtailforms:delete_submissions", args=[self.other_page.pk])
        for user, url in [
            (self.staff, delete + f"?selected-submissions={self.theirs.pk}"),
            (self.editor, reverse("contact_messages:index")),  # editing a form page reads no messages
        ]:
            with self.subTest(user=user.username, url=url):
                self.assertRedirects(self.as_user(user, url), reverse("wagtailadmin_home"))
        self.assertTrue(ContactSubmission.objects.filter(pk=self.theirs.pk).exists())

    def test_wagtails_csv_export_neutralises_formulas(self):
        response = self.as_user(
            self.admin, reverse("wagtailforms:list_submissions", args=[self.page.pk]) + "?export=csv"
        )
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        self.assertIn("Перничанка", content)
        self.assertIn("'=HYPERLINK", content)
        self.assertNotIn(",=HYPERLINK", content)

    def test_administrators_read_every_centres_messages(self):
        listing = self.as_user(self.admin, reverse("contact_messages:index"))
        self.assertContains(listing, "Перничанка")
        self.assertContains(listing, "Габровец")

    def test_staff_mark_their_messages_answered_and_change_nothing_else(self):
        self.client.force_login(self.staff)
        edit = reverse("contact_messages:edit", args=[self.mine.pk])
        self.client.post(edit, {"answered": "on", "form_data": "{}", "notification_error": "x"})
        self.mine.refresh_from_db()
        self.assertTrue(self.mine.answered)
        self.assertEqual(self.mine.form_data["name"], "Перничанка")
        self.assertEqual(self.mine.notification_error, "")
        theirs = reverse("contact_messages:edit", args=[self.theirs.pk])
        self.assertEqual(self.client.post(theirs, {"answered": "on"}, follow=True).status_code, 404)
        self.theirs.refresh_from_db()
        self.assertFalse(self.theirs.answered)

    def test_the_dashboard_counts_the_centres_unanswered_messages(self):
        dashboard = self.as_user(self.staff, reverse("wagtailadmin_home"))
        self.assertContains(dashboard, "1 съобщение чака отговор")
        ContactSubmission.objects.filter(pk=self.mine.pk).update(answered=True)
        self.assertNotContains(self.as_user(self.staff, reverse("wagtailadmin_home")), "чака отговор")
        waiting = self.as_user(self.staff, reverse("contact_messages:index") + "?answered=false")
        self.assertNotContains(waiting, "Перничанка")  # the dashboard's link lists only what waits

    def test_each_centre_gets_one_staff_group_and_setup_editors_is_idempotent(self):
        new_center = builders.add_center(self.center.get_parent(), title="ЦОП Трявна", town="Трявна")
        self.assertTrue(CenterGroup.objects.filter(center_key=new_center.translation_key).exists())
        call_command("setup_editors", stdout=io.StringIO())
        groups = Group.objects.count()
        call_command("setup_editors", stdout=io.StringIO())
        self.assertEqual(Group.objects.count(), groups)
        group = ensure_staff_group(new_center)
        self.assertEqual(
            set(group.permissions.values_list("codename", flat=True)),
            {"access_admin", "view_contactsubmission", "change_contactsubmission"},
        )


class RetentionTests(ContactTestCase):
    def test_purge_deletes_only_old_messages_and_dry_run_deletes_nothing(self):
        self.send(name="Стара")
        self.send(name="Нова")
        old = ContactSubmission.objects.get(form_data__name="Стара")
        ContactSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - timedelta(days=400))

        out = io.StringIO()
        call_command("purge_submissions", "--dry-run", stdout=out)
        self.assertIn("Would delete 1", out.getvalue())
        self.assertEqual(ContactSubmission.objects.count(), 2)

        call_command("purge_submissions", stdout=io.StringIO())
        self.assertEqual(list(ContactSubmission.objects.values_list("form_data__name", flat=True)), ["Нова"])

        call_command("purge_submissions", "--days", "0", stdout=io.StringIO())
        self.assertFalse(ContactSubmission.objects.exists())


class CenterPageLinkTests(ContactTestCase):
    def test_the_centre_page_links_to_its_form(self):
        self.assertContains(self.client.get(self.center.url), f'href="{self.page.url}"')
