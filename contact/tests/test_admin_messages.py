"""The messages screen as a centre's staff, a network editor and an administrator use it: who may
delete (and that it is logged), that messages outlive their form page, what the list, the
message and the exports show, and that no stored text breaks an export."""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import openpyxl
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry, Page

from centers.groups import NETWORK_EDITORS, ensure_network_groups, ensure_staff_group
from contact.models import ContactSubmission
from contact.notifications import NO_ADDRESS

from .test_contact import ContactTestCase

SOFIA = ZoneInfo("Europe/Sofia")
# 21:05:07.123456 UTC on 1 December 2026 is 23:05 in Sofia.
SENT_AT = datetime(2026, 12, 1, 21, 5, 7, 123456, tzinfo=ZoneInfo("UTC"))
CONTROL = "Мария\x1bИванова"


class MessagesAdminTestCase(ContactTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        User = get_user_model()
        cls.staff = User.objects.create_user("pernik-staff", password="x")
        cls.staff.groups.add(ensure_staff_group(cls.center))
        cls.admin = User.objects.create_superuser("admin", password="x")
        ensure_network_groups()
        cls.network_editor = User.objects.create_user("network-editor", password="x")
        cls.network_editor.groups.add(Group.objects.get(name=NETWORK_EDITORS))

    def setUp(self):
        super().setUp()
        self.send(name="Перничанка", message="Търся логопед.")
        self.send(page=self.other_page, name="Габровец")
        self.mine = ContactSubmission.objects.get(page=self.page)
        self.theirs = ContactSubmission.objects.get(page=self.other_page)

    def get(self, user, url):
        self.client.force_login(user)
        return self.client.get(url, follow=url.endswith("/"))  # an admin 404 redirects to /bg/ first

    def post(self, user, url, data=None):
        self.client.force_login(user)
        return self.client.post(url, data or {})


class DeletingTests(MessagesAdminTestCase):
    def test_staff_see_no_delete_button_and_their_delete_is_refused(self):
        inspect = self.get(self.staff, reverse("contact_messages:inspect", args=[self.mine.pk]))
        self.assertEqual(inspect.status_code, 200)
        self.assertNotContains(inspect, reverse("contact_messages:delete", args=[self.mine.pk]))
        edit = self.get(self.staff, reverse("contact_messages:edit", args=[self.mine.pk]))
        self.assertNotContains(edit, reverse("contact_messages:delete", args=[self.mine.pk]))

        self.post(self.staff, reverse("contact_messages:delete", args=[self.mine.pk]))
        wagtails_delete = reverse("wagtailforms:delete_submissions", args=[self.page.pk])
        response = self.post(self.staff, wagtails_delete + f"?selected-submissions={self.mine.pk}")
        self.assertNotEqual(response.status_code, 200)
        self.assertTrue(ContactSubmission.objects.filter(pk=self.mine.pk).exists())

    def test_staff_are_sent_from_wagtails_form_listing_to_messages(self):
        listing = reverse("wagtailforms:list_submissions", args=[self.page.pk])
        self.assertRedirects(self.get(self.staff, listing), reverse("contact_messages:index"))

    def test_an_administrators_delete_is_in_the_audit_log(self):
        self.post(self.admin, reverse("contact_messages:delete", args=[self.mine.pk]))
        self.assertFalse(ContactSubmission.objects.filter(pk=self.mine.pk).exists())
        wagtails_delete = reverse("wagtailforms:delete_submissions", args=[self.other_page.pk])
        self.post(self.admin, wagtails_delete + f"?selected-submissions={self.theirs.pk}")
        self.assertFalse(ContactSubmission.objects.filter(pk=self.theirs.pk).exists())
        logged = ModelLogEntry.objects.filter(action="wagtail.delete", user=self.admin)
        self.assertEqual(
            sorted(logged.values_list("object_id", flat=True)),
            sorted([str(self.mine.pk), str(self.theirs.pk)]),
        )

    def test_history_and_usage_of_another_centres_message_are_refused(self):
        for view in ("history", "usage"):
            with self.subTest(view=view):
                own = self.get(self.staff, reverse(f"contact_messages:{view}", args=[self.mine.pk]))
                self.assertEqual(own.status_code, 200)
                theirs = self.get(self.staff, reverse(f"contact_messages:{view}", args=[self.theirs.pk]))
                self.assertEqual(theirs.status_code, 404)
                self.assertNotContains(theirs, "SOS ЦОП Габрово", status_code=404)


class FormPageTests(MessagesAdminTestCase):
    def test_a_network_editor_cannot_delete_a_form_page_with_messages(self):
        delete = reverse("wagtailadmin_pages:delete", args=[self.page.pk])
        confirm = self.get(self.network_editor, delete)
        self.assertRedirects(confirm, reverse("wagtailadmin_explore", args=[self.center.pk]))
        self.post(self.network_editor, delete)
        self.assertTrue(type(self.page).objects.filter(pk=self.page.pk).exists())
        self.assertTrue(ContactSubmission.objects.filter(pk=self.mine.pk).exists())
        explore = self.client.get(reverse("wagtailadmin_explore", args=[self.center.pk]))
        self.assertContains(explore, "не може да бъде изтрита")

    def test_nor_through_the_page_listings_bulk_delete(self):
        bulk = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
        self.post(self.network_editor, bulk + f"?id={self.page.pk}")
        self.assertTrue(Page.objects.filter(pk=self.page.pk).exists())
        self.assertTrue(ContactSubmission.objects.filter(pk=self.mine.pk).exists())

    def test_an_administrator_is_told_and_the_messages_outlive_the_page(self):
        delete = reverse("wagtailadmin_pages:delete", args=[self.page.pk])
        self.assertContains(self.get(self.admin, delete), "пази и след изтриването")
        self.post(self.admin, delete)
        self.assertFalse(Page.objects.filter(pk=self.page.pk).exists())
        self.mine.refresh_from_db()
        self.assertIsNone(self.mine.page_id)
        self.assertEqual(self.mine.form_data["name"], "Перничанка")

    def test_messages_outlive_their_centre_and_still_say_whose_they_were(self):
        delete = reverse("wagtailadmin_pages:delete", args=[self.center.pk])  # the form's ancestor
        self.assertContains(self.get(self.admin, delete), "пази и след изтриването")
        self.post(self.admin, delete)
        self.assertFalse(Page.objects.filter(pk=self.center.pk).exists())
        listing = self.get(self.admin, reverse("contact_messages:index"))
        self.assertContains(listing, "Перничанка")
        self.assertContains(listing, "SOS ЦОП Перник")

    def test_moving_a_form_page_keeps_its_messages_with_their_centre(self):
        Page.objects.get(pk=self.other_page.pk).delete()  # the other centre has room for one form
        Page.objects.get(pk=self.page.pk).move(
            Page.objects.get(pk=self.other_center.pk), pos="last-child", user=self.admin
        )
        self.mine.refresh_from_db()
        self.assertEqual(self.mine.page_id, self.page.pk)
        listing = self.get(self.staff, reverse("contact_messages:index"))
        self.assertContains(listing, "Перничанка")


class ScreenTests(MessagesAdminTestCase):
    def setUp(self):
        super().setUp()
        ContactSubmission.objects.filter(pk=self.mine.pk).update(
            submit_time=SENT_AT, notified_at=None, notification_error=NO_ADDRESS, language="en"
        )

    def test_the_list_shows_marks_the_language_by_name_a_bulgarian_status_and_local_time(self):
        listing = self.get(self.staff, reverse("contact_messages:index")).content.decode()
        self.assertIn("01.12.2026 23:05", listing)
        self.assertIn("английски", listing)
        self.assertIn("—", listing)
        self.assertIn("не е изпратено: няма адрес", listing)
        self.assertNotIn("no address", listing)
        self.assertNotIn("False", listing)
        ContactSubmission.objects.filter(pk=self.mine.pk).update(answered=True)
        self.assertContains(self.get(self.staff, reverse("contact_messages:index")), "✓")

    def test_the_message_and_its_title_show_the_same_local_time(self):
        inspect = self.get(self.staff, reverse("contact_messages:inspect", args=[self.mine.pk]))
        html = inspect.content.decode()
        self.assertIn("SOS ЦОП Перник, 01.12.2026 23:05", html)  # the title
        self.assertEqual(html.count("01.12.2026 23:05"), html.count("23:05"))  # no other time
        self.assertNotIn("12/01/2026", html)
        self.assertIn("английски", html)
        self.assertIn("—", html)
        self.assertNotIn("False", html)
        self.assertIn("не е изпратено: няма адрес", html)

    def test_the_csv_has_a_column_per_question_and_local_time_to_the_second(self):
        response = self.get(self.staff, reverse("contact_messages:index") + "?export=csv")
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
        heading, row = rows
        for question in ("Вашето име", "Как да се свържем с вас", "Съобщение"):
            self.assertIn(question, heading)
        record = dict(zip(heading, row, strict=True))
        self.assertEqual(record["Вашето име"], "Перничанка")
        self.assertEqual(record["Съобщение"], "Търся логопед.")
        self.assertEqual(record["Отговорено"], "—")
        self.assertIn("не е изпратено: няма адрес", record["Имейл известие"])
        self.assertEqual(record["Получено"], "01.12.2026 23:05:07")

    def test_the_xlsx_has_the_same_columns_and_a_local_time(self):
        response = self.get(self.staff, reverse("contact_messages:index") + "?export=xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        heading, row = [[cell.value for cell in line] for line in sheet.iter_rows()]
        record = dict(zip(heading, row, strict=True))
        self.assertEqual(record["Вашето име"], "Перничанка")
        self.assertEqual(record["Получено"], datetime(2026, 12, 1, 23, 5, 7))


class ControlCharacterTests(MessagesAdminTestCase):
    def test_a_control_character_in_a_message_does_not_break_the_xlsx_export(self):
        ContactSubmission.objects.filter(pk=self.mine.pk).update(
            form_data={**self.mine.form_data, "name": CONTROL, "message": "ред\x0bдруг ред"}
        )
        for url in (
            reverse("contact_messages:index") + "?export=xlsx",
            reverse("wagtailforms:list_submissions", args=[self.page.pk]) + "?export=xlsx",
        ):
            with self.subTest(url=url):
                response = self.get(self.admin, url)
                self.assertEqual(response.status_code, 200)
                workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
                values = [cell.value for line in workbook.active.iter_rows() for cell in line]
                self.assertIn("МарияИванова", values)
                self.assertIn("реддруг ред", values)
