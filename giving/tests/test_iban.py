"""The account is checked when an editor saves it (ISO 13616 mod-97), and stored normalised."""

from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase
from django.utils import translation
from wagtail.models import Site

from giving.iban import SAMPLE_IBAN, validate_bic, validate_iban
from giving.models import GivingSettings
from tests import builders


class IbanValidationTests(SimpleTestCase):
    def assertRefused(self, value, code):
        with self.assertRaises(ValidationError) as raised:
            validate_iban(value)
        self.assertEqual(raised.exception.code, code)

    def test_the_registrys_bulgarian_example_is_valid(self):
        validate_iban(SAMPLE_IBAN)  # raises if refused

    def test_spaces_and_small_letters_are_accepted(self):
        validate_iban("bg80 bnbg 9661 1020 3456 78")

    def test_a_mistyped_character_breaks_the_checksum(self):
        self.assertRefused("BG80BNBG96611020345679", "iban_checksum")
        self.assertRefused("BG81BNBG96611020345678", "iban_checksum")

    def test_a_missing_or_extra_character_is_a_wrong_length(self):
        self.assertRefused("BG80BNBG9661102034567", "iban_length")
        self.assertRefused("BG80BNBG966110203456789", "iban_length")

    def test_garbage_and_non_sepa_countries_are_refused(self):
        self.assertRefused("not an iban", "iban_format")
        self.assertRefused("US64SVBKUS6S3300958879", "iban_country")

    def test_the_checksum_message_tells_the_editor_what_to_do(self):
        with translation.override("en"), self.assertRaisesMessage(ValidationError, "mistyped"):
            validate_iban("BG80BNBG96611020345679")
        with translation.override("bg"), self.assertRaisesMessage(ValidationError, "грешно въведен знак"):
            validate_iban("BG80BNBG96611020345679")

    def test_bic_has_eight_or_eleven_characters(self):
        validate_bic("abcd bg sf")
        validate_bic("ABCDBGSF123")
        with self.assertRaises(ValidationError):
            validate_bic("ABCDBG")


class GivingSettingsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        builders.build_site()
        cls.site = Site.objects.get(is_default_site=True)

    def test_saving_through_validation_stores_the_iban_without_spaces_in_capitals(self):
        details = GivingSettings(
            site=self.site, beneficiary_name="Сдружение", iban="bg80 bnbg 9661 1020 3456 78", bic="abcd bg sf"
        )
        details.full_clean()
        details.save()
        details.refresh_from_db()
        self.assertEqual((details.iban, details.bic), (SAMPLE_IBAN, "ABCDBGSF"))
        self.assertEqual(details.iban_grouped, "BG80 BNBG 9661 1020 3456 78")

    def test_a_bad_iban_cannot_be_saved_by_an_editor(self):
        details = GivingSettings(
            site=self.site, beneficiary_name="Сдружение", iban="BG80 BNBG 9661 1020 3456 79"
        )
        with self.assertRaises(ValidationError) as raised:
            details.full_clean()
        self.assertIn("iban", raised.exception.message_dict)

    def test_an_iban_needs_the_account_holders_name(self):
        with self.assertRaises(ValidationError) as raised:
            GivingSettings(site=self.site, iban=SAMPLE_IBAN).full_clean()
        self.assertIn("beneficiary_name", raised.exception.message_dict)
