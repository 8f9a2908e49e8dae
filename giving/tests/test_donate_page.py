"""The Donate page: the transfer details and QR code per purpose and amount, honest about the
sample account, showing only the ways to give that are configured, in both languages."""

from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings

from centers.models import CenterPage, Funding
from giving import epc
from giving.checks import sample_account_in_production
from giving.iban import group_iban
from giving.models import DonatePage
from tests import builders

from .helpers import PURPOSES, build_giving_site, real_looking_iban


class DonatePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site(iban=real_looking_iban())
        cls.iban = cls.site["settings"].iban

    def get(self, english=False, **query):
        page = self.site["donate_en" if english else "donate"]
        return self.client.get(page.url, query)

    def test_the_qr_code_is_inline_svg_built_from_the_standard_payload(self):
        response = self.get(purpose="pernik", amount="25")
        expected = "\n".join(
            [
                "BCD",
                "002",
                "1",
                "SCT",
                "",
                "Сдружение Пример",
                self.iban,
                "EUR25",
                "CHAR",
                "",
                "Дарение ЦОП Перник",
            ]
        )
        self.assertEqual(response.context["qr_payload"], expected)
        self.assertContains(response, epc.svg(expected))  # the very code a banking app decodes to it
        self.assertContains(response, '<div class="qr__image" aria-hidden="true"><svg')

    def test_screen_readers_get_the_codes_contents_as_text(self):
        response = self.get(purpose="pernik", amount="25")
        self.assertContains(response, f"IBAN {group_iban(self.iban)}, на стойност 25\u00a0€")  # “25 €”
        self.assertContains(response, "„Дарение ЦОП Перник“")

    def test_the_purpose_in_the_address_is_chosen_with_its_reference(self):
        response = self.get(purpose="pernik")
        self.assertContains(response, '<option value="pernik" selected>')
        self.assertContains(response, "<span data-copy>Дарение ЦОП Перник</span>", html=False)
        self.assertNotIn("EUR", response.context["qr_payload"])

    def test_without_a_purpose_the_first_is_chosen_and_an_unknown_one_says_so(self):
        self.assertEqual(self.get().context["reference"], "Дарение")
        response = self.get(purpose="no-such-thing")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["reference"], "Дарение")
        self.assertContains(response, "Не намерихме тази цел")

    def test_a_bad_amount_is_explained_in_bulgarian_and_left_out_of_the_code(self):
        for typed in ("-5", "abc", "1000000000000", "10.555"):
            with self.subTest(amount=typed):
                response = self.get(amount=typed)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'id="amount-error" role="alert"')
                self.assertEqual(response.context["qr_payload"].split("\n")[7], "")
        self.assertContains(self.get(amount="-5"), "Сумата трябва да е по-голяма от нула.")

    def test_a_bad_amount_is_explained_in_english_on_the_english_page(self):
        response = self.get(english=True, amount="abc")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The amount should be a number of euros")

    def test_a_good_amount_is_written_the_way_each_language_writes_it(self):
        self.assertContains(self.get(amount="1250,5"), "<dd>1\u00a0250,50\u00a0€</dd>", html=False)
        self.assertContains(self.get(english=True, amount="1250.5"), "<dd>€1,250.50</dd>", html=False)

    def test_a_real_account_is_not_marked_as_a_sample(self):
        response = self.get()
        self.assertNotContains(response, "SAMPLE")
        self.assertNotContains(response, "Примерни данни")

    def test_unconfigured_ways_to_give_are_not_shown(self):
        response = self.get()
        for heading in ("С карта", "Всеки месец", "С SMS"):
            self.assertNotContains(response, heading)
        self.assertNotContains(response, "mailto:")

    def test_configured_links_sms_and_contacts_are_shown_for_their_purpose(self):
        settings = self.site["settings"]
        settings.payment_links = [
            {"type": "link", "value": {"method": "card", "provider": "ePay.bg", "url": "https://pay.example/general", "amount": None, "purpose": ""}},
            {"type": "link", "value": {"method": "monthly", "provider": "PayPal", "url": "https://pay.example/pernik", "amount": "10", "purpose": "pernik"}},
        ]  # fmt: skip
        settings.sms_number, settings.sms_keyword = "17 777", "DMS TEST"
        settings.corporate_email = "firms@example.org"
        settings.save()
        response = self.get(purpose="pernik")
        self.assertContains(response, 'href="https://pay.example/general"')
        self.assertContains(response, 'href="https://pay.example/pernik"')
        self.assertContains(response, "10\u00a0€ на месец")
        self.assertContains(response, "17 777")
        self.assertContains(response, "mailto:firms@example.org", count=0)  # no companies text on this page
        general = self.get(purpose="general")
        self.assertContains(general, 'href="https://pay.example/general"')
        self.assertNotContains(general, "https://pay.example/pernik")

    def test_without_an_iban_there_is_no_transfer_and_no_code(self):
        settings = self.site["settings"]
        settings.iban = ""
        settings.save()
        response = self.get()
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<svg")
        self.assertNotContains(response, "Банков превод")


class PurposeKeyTests(TestCase):
    def test_two_purposes_cannot_share_a_key(self):
        block = DonatePage.purposes.field.stream_block
        with self.assertRaises(ValidationError) as raised:
            block.clean(block.to_python(PURPOSES + [PURPOSES[1]]))
        self.assertIn("pernik", str(raised.exception.non_block_errors))
        block.clean(block.to_python(PURPOSES))  # distinct keys pass


class SampleAccountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site()  # the sample IBAN

    def test_the_page_says_plainly_the_details_are_a_sample_in_both_languages(self):
        bulgarian = self.client.get(self.site["donate"].url)
        self.assertContains(bulgarian, "Примерни данни – въведете истинската сметка в Настройки")
        english = self.client.get(self.site["donate_en"].url)
        self.assertContains(english, "Sample details — set the real account in Settings")

    def test_the_codes_remittance_text_says_sample(self):
        response = self.client.get(self.site["donate"].url, {"purpose": "pernik"})
        self.assertEqual(response.context["qr_payload"].split("\n")[10], "SAMPLE Дарение ЦОП Перник")

    @override_settings(DEBUG=False)
    def test_the_system_check_warns_in_production(self):
        warnings = sample_account_in_production(databases=["default"])
        self.assertEqual([warning.id for warning in warnings], ["giving.W001"])

    @override_settings(DEBUG=True)
    def test_the_system_check_is_quiet_while_developing(self):
        self.assertEqual(sample_account_in_production(databases=["default"]), [])

    @override_settings(DEBUG=False)
    def test_the_system_check_is_quiet_once_the_real_account_is_set(self):
        settings = self.site["settings"]
        settings.iban = real_looking_iban()
        settings.save()
        self.assertEqual(sample_account_in_production(databases=["default"]), [])


class SupportCenterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site()
        cls.pernik = builders.publish(
            cls.site["centers"],
            CenterPage(
                title="SOS ЦОП Перник", slug="pernik", service_name="ЦОП", summary="Подкрепа.", town="Перник",
                region="pernik", operator=builders.operator(), funding=Funding.DONATIONS,
            ),
        )  # fmt: skip
        cls.funded = builders.add_center(cls.site["centers"], funding=Funding.STATE_DELEGATED)

    def test_a_center_that_runs_on_donations_links_to_the_donate_page_with_its_purpose(self):
        response = self.client.get(self.pernik.url)
        self.assertContains(response, 'class="notice support-center"')
        self.assertContains(response, f'href="{self.site["donate"].url}?purpose=pernik"')
        donate = self.client.get(f"{self.site['donate'].url}?purpose=pernik")
        self.assertIn("Дарение ЦОП Перник", donate.context["qr_payload"])

    def test_a_publicly_funded_center_has_no_support_block(self):
        self.assertNotContains(self.client.get(self.funded.url), "support-center")
