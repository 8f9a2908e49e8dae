"""Signing the declaration: stored once per e-mail, counted, shown only as chosen, exported
safely, in both languages, and robust against bots and bad input."""

import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import openpyxl
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from declaration.models import DeclarationPage, Signature
from tests import builders


def signature(**fields):
    data = {"name": "Мария Иванова", "town": "Перник", "email": "maria@example.com", "consent": "on"}
    data.update(fields)
    return data


class DeclarationTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.page = builders.publish(
            tree["home"],
            DeclarationPage(
                title="Декларация за подкрепа",
                slug="deklaratsia",
                intro="Подкрепете центъра.",
                body=[{"type": "paragraph", "value": "<p>Настояваме…</p>"}],
                consent_text="Центърът ще види данните ви.",
                thank_you="<p>Благодарим!</p>",
            ),
        )
        english = Locale.objects.get(language_code="en")
        cls.english_page = cls.page.copy_for_translation(english, copy_parents=True)
        cls.english_page.title = "Declaration of support"
        cls.english_page.save_revision().publish()

    def setUp(self):
        cache.clear()  # the rate limit's counters

    def sign(self, page=None, **fields):
        return self.client.post((page or self.page).url, signature(**fields))


class DeclarationTests(DeclarationTestCase):
    def test_a_signature_is_stored_and_the_signer_thanked_in_their_language(self):
        response = self.sign(show_publicly="on")
        self.assertRedirects(response, self.page.url + "thank-you/")
        stored = Signature.objects.get()
        self.assertEqual(
            (stored.name, stored.town, stored.show_publicly, stored.language),
            ("Мария Иванова", "Перник", True, "bg"),
        )
        thanks = self.client.get(self.page.url + "thank-you/")
        self.assertContains(thanks, "Благодарим ви за подписа")
        self.assertContains(thanks, "1 човек се подписа.")

    def test_one_signature_per_email_compared_case_insensitively_and_trimmed(self):
        self.sign(email="Case@Example.com")
        response = self.sign(name="Друг човек", email="  case@example.com  ")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Този имейл адрес вече е подписал декларацията.", status_code=400)
        self.assertNotContains(response, "Мария Иванова", status_code=400)  # nothing about the first
        self.assertEqual(Signature.objects.count(), 1)
        self.assertEqual(Signature.objects.get().email, "case@example.com")

    def test_the_count_includes_everyone_and_the_list_only_those_who_chose(self):
        self.sign(name="Видима", email="a@example.com", show_publicly="on")
        self.sign(name="Скрита", email="b@example.com")
        response = self.client.get(self.page.url)
        self.assertContains(response, "2 души се подписаха.")
        self.assertContains(response, "Видима, Перник")
        self.assertNotContains(response, "Скрита")
        self.assertNotContains(response, "@example.com")

    def test_signatures_belong_to_the_declaration_in_both_languages(self):
        self.sign(email="a@example.com")
        self.sign(page=self.english_page, email="b@example.com")
        self.assertContains(self.client.get(self.english_page.url), "2 people have signed.")
        self.assertEqual(sorted(Signature.objects.values_list("language", flat=True)), ["bg", "en"])

    def test_errors_speak_the_visitors_language_and_keep_what_was_typed(self):
        response = self.sign(page=self.english_page, email="not-an-address", consent="")
        self.assertContains(response, "Enter a valid email address.", status_code=400)
        self.assertContains(response, "Please tick the box to agree", status_code=400)
        self.assertContains(response, 'value="Мария Иванова"', status_code=400)
        response = self.sign(consent="")
        self.assertContains(response, "Моля, отметнете", status_code=400)
        self.assertEqual(Signature.objects.count(), 0)

    def test_over_long_fields_are_refused(self):
        response = self.sign(name="Я" * 121)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, 'maxlength="120"', status_code=400)
        self.assertEqual(Signature.objects.count(), 0)

    def test_the_honeypot_turns_bots_away_without_storing(self):
        response = self.sign(website="http://spam.example")
        self.assertRedirects(response, self.page.url + "thank-you/")
        self.assertEqual(Signature.objects.count(), 0)

    @override_settings(SUBMISSION_RATE_LIMIT=(2, 600))
    def test_the_rate_limit_stops_a_flood_with_a_clear_message(self):
        self.sign(email="a@example.com")
        self.sign(email="b@example.com")
        response = self.sign(email="c@example.com")
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Твърде много подписи", status_code=429)
        self.assertContains(response, 'value="c@example.com"', status_code=429)
        self.assertEqual(Signature.objects.count(), 2)

    def test_html_in_a_name_is_shown_as_text(self):
        self.sign(name="<script>alert(1)</script>", show_publicly="on")
        response = self.client.get(self.page.url)
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")

    def test_before_anyone_signs_the_page_invites_the_first(self):
        self.assertContains(self.client.get(self.page.url), "Още никой не е подписал – бъдете първи.")

    def test_the_form_page_is_never_cached_publicly(self):
        response = self.client.get(self.page.url)
        self.assertIn("private", response["Cache-Control"])

    def test_staff_export_signatures_as_csv_with_formulas_neutralised(self):
        self.sign(name='=HYPERLINK("http://evil.example")', town="+359", email="x@example.com")
        admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "password")
        self.client.force_login(admin)
        response = self.client.get(reverse("signatures:index") + "?export=csv")
        csv = b"".join(response.streaming_content).decode()
        self.assertIn("'=HYPERLINK", csv)
        self.assertIn("'+359", csv)
        self.assertIn("x@example.com", csv)

    def test_the_public_cannot_read_signatures_in_the_admin(self):
        response = self.client.get(reverse("signatures:index"))
        self.assertEqual(response.status_code, 302)  # to the login page


class CenterLinksToItsDeclarationTests(TestCase):
    def test_the_supported_center_invites_visitors_to_sign(self):
        tree = builders.build_site()
        pernik = builders.add_center(tree["centers"], title="SOS ЦОП Перник")
        other = builders.add_center(tree["centers"], title="ЦОП Разлог")
        declaration = builders.publish(
            tree["home"],
            DeclarationPage(
                title="Декларация за подкрепа",
                slug="deklaratsia",
                intro="Подкрепете центъра.",
                body=[],
                consent_text="…",
                thank_you="<p>Благодарим!</p>",
                center=pernik,
            ),
        )
        self.assertContains(self.client.get(pernik.url), f'href="{declaration.url}"')
        self.assertNotContains(self.client.get(other.url), f'href="{declaration.url}"')


class RetentionTests(DeclarationTestCase):
    """Signatures are kept for SIGNATURE_RETENTION_DAYS, as the page says, then purged."""

    def test_the_page_states_how_long_signatures_are_kept(self):
        self.assertContains(self.client.get(self.page.url), "Пазим подписа и имейл адреса ви 365 дни")
        with override_settings(SIGNATURE_RETENTION_DAYS=90):
            self.assertContains(self.client.get(self.english_page.url), "for 90 days after you sign")

    def test_purge_deletes_only_old_signatures_and_dry_run_deletes_nothing(self):
        self.sign(name="Стар подпис", email="old@example.com")
        self.sign(name="Нов подпис", email="new@example.com")
        Signature.objects.filter(email="old@example.com").update(
            created_at=timezone.now() - timedelta(days=400)
        )

        out = io.StringIO()
        call_command("purge_submissions", "--dry-run", stdout=out)
        self.assertIn("Would delete 1 signatures", out.getvalue())
        self.assertEqual(Signature.objects.count(), 2)

        call_command("purge_submissions", stdout=io.StringIO())
        self.assertEqual(list(Signature.objects.values_list("name", flat=True)), ["Нов подпис"])
        with override_settings(SIGNATURE_RETENTION_DAYS=0):
            call_command("purge_submissions", stdout=io.StringIO())
        self.assertFalse(Signature.objects.exists())


class ExportTests(DeclarationTestCase):
    def test_a_control_character_in_a_name_does_not_break_the_xlsx_export(self):
        self.sign()
        Signature.objects.update(name="Мария\x1bИванова", town="Пер\x0bник")
        admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "password")
        self.client.force_login(admin)
        response = self.client.get(reverse("signatures:index") + "?export=xlsx")
        self.assertEqual(response.status_code, 200)
        sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        values = [cell.value for line in sheet.iter_rows() for cell in line]
        self.assertIn("МарияИванова", values)
        self.assertIn("Перник", values)
        signed_at = next(value for value in values if isinstance(value, datetime))
        local = timezone.localtime(Signature.objects.get().created_at, ZoneInfo("Europe/Sofia"))
        self.assertEqual(signed_at, local.replace(tzinfo=None, microsecond=0))
