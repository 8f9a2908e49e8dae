"""The account is checked when an editor saves it, each fault with its own message in the editor's
language, and stored normalised. The checking is schwifty's; these tests pin what reaches the editor."""

from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase
from django.utils import translation
from schwifty import IBAN
from wagtail.models import Site

from giving.iban import JOINED_SEPA_AFTER_THE_REGISTRY, SAMPLE_IBAN, group_iban, validate_bic, validate_iban
from giving.models import GivingSettings
from tests import builders

# Published examples of each country's IBAN (the SWIFT IBAN registry's and the national banks').
SEPA_SINCE_2024 = {
    "AL": "AL47212110090000000235698741",
    "MD": "MD24AG000225100013104168",
    "ME": "ME25505000012345678951",
    "MK": "MK07250120000058984",
    "RS": "RS35260005601001611379",
}


def refusal(validator, value, language="en"):
    """The error's code and the message the editor reads, in their language."""
    with translation.override(language):
        try:
            validator(value)
        except ValidationError as error:
            return error.code, error.messages[0]
    raise AssertionError(f"{value!r} was accepted")


class IbanValidationTests(SimpleTestCase):
    def assertRefused(self, value, code):
        self.assertEqual(refusal(validate_iban, value)[0], code)

    def test_the_registrys_bulgarian_example_is_valid(self):
        validate_iban(SAMPLE_IBAN)  # raises if refused

    def test_spaces_and_small_letters_are_accepted(self):
        validate_iban("bg80 bnbg 9661 1020 3456 78")

    def test_a_mistyped_character_breaks_the_checksum(self):
        self.assertRefused("BG80BNBG96611020345679", "iban_checksum")
        self.assertRefused("BG81BNBG96611020345678", "iban_checksum")

    def test_a_missing_or_extra_character_says_how_long_the_countrys_ibans_are(self):
        self.assertEqual(
            refusal(validate_iban, "BG80BNBG9661102034567"),
            ("iban_length", "An IBAN from BG has 22 characters; this one has 21. Please check it."),
        )
        self.assertEqual(
            refusal(validate_iban, "BG80 BNBG 9661 1020 3456 789", "bg"),
            ("iban_length", "IBAN от BG има 22 знака, а този има 23. Моля, проверете го."),
        )

    def test_garbage_is_refused_as_not_an_iban(self):
        self.assertRefused("not an iban", "iban_format")
        self.assertRefused("BG80BNBG9661102034567!", "iban_format")

    def test_digits_where_the_country_writes_the_bank_in_letters_are_refused_despite_good_check_digits(self):
        # A Bulgarian IBAN names the bank in four letters (BNBG); these check digits fit the digits.
        bank_in_digits = str(IBAN.from_bban("BG", "123496611020345678", allow_invalid=True))
        self.assertRefused(bank_in_digits, "iban_format")

    def test_countries_outside_sepa_are_refused_whether_they_use_ibans_or_not(self):
        self.assertRefused("TR330006100519786457841326", "iban_country")  # Turkey: an IBAN, not SEPA
        self.assertEqual(
            refusal(validate_iban, "US64SVBKUS6S3300958879", "bg"),
            (
                "iban_country",
                "US не е държава от SEPA, затова дарителите не биха могли да превеждат по тази сметка със SEPA превод.",
            ),
        )

    def test_the_countries_that_joined_sepa_in_2024_and_2025_are_accepted(self):
        for country, iban in SEPA_SINCE_2024.items():
            with self.subTest(country=country):
                validate_iban(iban)

    def test_the_library_still_does_not_know_those_countries_joined_sepa(self):
        # When this fails after an upgrade, schwifty knows: delete the country from the list.
        for country in JOINED_SEPA_AFTER_THE_REGISTRY:
            with self.subTest(country=country):
                self.assertFalse(IBAN(SEPA_SINCE_2024[country]).in_sepa_zone)

    def test_the_checksum_message_tells_the_editor_what_to_do(self):
        self.assertIn("mistyped", refusal(validate_iban, "BG80BNBG96611020345679")[1])
        self.assertIn("грешно въведен знак", refusal(validate_iban, "BG80BNBG96611020345679", "bg")[1])

    def test_the_iban_is_shown_in_groups_of_four(self):
        self.assertEqual(group_iban(SAMPLE_IBAN), "BG80 BNBG 9661 1020 3456 78")


class BicValidationTests(SimpleTestCase):
    def test_eight_or_eleven_characters_in_any_case_and_spacing_are_accepted(self):
        validate_bic("abcd bg sf")
        validate_bic("ABCDBGSF123")

    def test_a_wrong_length_or_digits_in_the_bank_are_refused(self):
        self.assertEqual(refusal(validate_bic, "ABCDBG")[0], "bic_format")
        self.assertEqual(refusal(validate_bic, "1BCDBGSF")[0], "bic_format")

    def test_a_country_that_does_not_exist_is_named_in_the_message(self):
        self.assertEqual(
            refusal(validate_bic, "ABCDXXSF", "bg"),
            (
                "bic_country",
                "XX не е код на държава, а петият и шестият знак на BIC са държавата на банката. Моля, проверете го.",
            ),
        )


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
