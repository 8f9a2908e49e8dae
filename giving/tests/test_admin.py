"""Editors: every field explains itself, a mistyped IBAN is refused with a clear message in the
settings form, and the pages' editing forms open."""

from django.contrib.auth import get_user_model
from django.db import models
from django.test import TestCase
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from giving.iban import SAMPLE_IBAN
from giving.models import CampaignPage, DonatePage, GivingSettings

from .helpers import build_giving_site

PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}


def child_blocks(block):
    for child in getattr(block, "child_blocks", {}).values():
        yield child
        yield from child_blocks(child)


class HelpTextTests(TestCase):
    def test_every_editor_field_and_block_has_help_text(self):
        checked = 0
        for model in (GivingSettings, DonatePage, CampaignPage):
            for field in model._meta.get_fields():
                if (
                    not isinstance(field, models.Field)
                    or not field.editable
                    or field.auto_created
                    or field.name in PAGE_FIELDS
                ):
                    continue
                with self.subTest(field=f"{model.__name__}.{field.name}"):
                    self.assertTrue(str(field.help_text).strip())
                    checked += 1
                # our own blocks; the shared ones (core/blocks.py) are checked with their app
                if isinstance(field, StreamField) and type(field.stream_block).__module__ == "giving.blocks":
                    for block in child_blocks(field.stream_block):
                        if isinstance(block, blocks.FieldBlock):
                            with self.subTest(block=f"{model.__name__}.{field.name}.{block.name}"):
                                self.assertTrue(str(block.field.help_text or "").strip())
                                checked += 1
        self.assertGreater(checked, 25)  # the walk really reaches the fields


class SettingsFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site()
        cls.user = get_user_model().objects.create_superuser("editor", "editor@example.com", "password")

    def setUp(self):
        self.client.force_login(self.user)
        self.url = reverse("wagtailsettings:edit", args=["giving", "givingsettings", Site.objects.get().pk])

    def post(self, iban, bic=""):
        data = nested_form_data(
            {
                "beneficiary_name": "Сдружение Пример",
                "iban": iban,
                "bic": bic,
                "bank_name": "",
                "payment_links": streamfield([]),
                "sms_number": "",
                "sms_keyword": "",
                "sms_price": "",
                "corporate_email": "",
                "in_kind_email": "",
                "volunteer_email": "",
            }
        )
        return self.client.post(self.url, data)

    def test_the_settings_form_opens(self):
        self.assertEqual(self.client.get(self.url).status_code, 200)

    def test_a_mistyped_iban_is_refused_with_a_clear_message(self):
        response = self.post("BG80 BNBG 9661 1020 3456 79")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Контролните цифри на този IBAN не съвпадат")
        self.assertEqual(GivingSettings.objects.get().iban, SAMPLE_IBAN)

    def test_an_iban_one_character_short_is_refused_with_the_length_it_needs(self):
        response = self.post("BG80 BNBG 9661 1020 3456 7")
        self.assertContains(response, "IBAN от BG има 22 знака, а този има 21.")

    def test_an_iban_with_the_bank_in_digits_is_refused_even_with_fitting_check_digits(self):
        response = self.post("BG31 1234 9661 1020 3456 78")  # Bulgarian banks are four letters
        self.assertContains(response, "изписан така, както го изписват банките в тази държава")
        self.assertEqual(GivingSettings.objects.get().iban, SAMPLE_IBAN)

    def test_a_bic_with_no_such_country_is_refused_naming_it(self):
        response = self.post(SAMPLE_IBAN, bic="ABCD XX SF")
        self.assertContains(response, "XX не е код на държава")
        self.assertEqual(GivingSettings.objects.get().bic, "")

    def test_an_editor_who_works_in_english_reads_the_refusal_in_english(self):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "en"
        profile.save()
        response = self.post("BG80 BNBG 9661 1020 3456 79")
        self.assertContains(response, "This IBAN&#x27;s check digits do not match")

    def test_an_iban_typed_in_groups_and_small_letters_is_saved_normalised(self):
        self.post("bg80 bnbg 9661 1020 3456 78 ")
        settings = GivingSettings.objects.get()
        self.assertEqual(settings.iban, SAMPLE_IBAN)
        settings.iban = " bg80 bnbg 9661 1020 3456 78"  # saved in code, without the form: still normalised
        settings.save()
        settings.refresh_from_db()
        self.assertEqual(settings.iban, SAMPLE_IBAN)

    def test_the_pages_editing_forms_open(self):
        page = self.site["donate"]
        self.assertEqual(self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code, 200)
