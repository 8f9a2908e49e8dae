"""From every page of the content, in either language, the header's Donate button leads to the
Donate page in that language; the Pernik centre and its campaign lead to their purposes."""

from wagtail.models import Page

from centers.models import CenterPage
from declaration.models import DeclarationPage
from giving.models import CampaignPage, DonatePage, GivingSettings
from tests.content import SiteContentTestCase


class DonateEverywhereTests(SiteContentTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.donate = {
            page.locale.language_code: page for page in DonatePage.objects.live().select_related("locale")
        }

    def test_there_is_a_donate_page_in_each_language(self):
        self.assertEqual(set(self.donate), {"bg", "en"})
        self.assertEqual(self.donate["en"].get_translation(self.donate["bg"].locale), self.donate["bg"])

    def test_every_page_has_the_donate_button_in_its_language(self):
        pages = Page.objects.live().filter(depth__gte=2).specific().select_related("locale")
        self.assertGreater(pages.count(), 40)
        label = {"bg": "Дарете", "en": "Donate"}
        for page in pages:
            language = page.locale.language_code
            with self.subTest(page=page.url):
                response = self.rendered(page.url)
                self.assertContains(
                    response,
                    f'<a class="button site-donate" href="{self.donate[language].url}"',
                    count=1,
                )
                self.assertContains(response, f">{label[language]}</a>")

    def test_the_sample_account_is_loaded_and_said_to_be_a_sample(self):
        self.assertTrue(GivingSettings.objects.get().is_sample)
        self.assertContains(self.client.get(self.donate["en"].url), "Sample details — set the real account")

    def test_pernik_and_its_campaign_lead_to_their_purposes(self):
        pernik = self.client.get("/bg/tsentrove/pernik/")
        self.assertContains(pernik, f'href="{self.donate["bg"].url}?purpose=pernik"')
        gabrovo = self.client.get("/bg/tsentrove/gabrovo/")
        self.assertNotContains(gabrovo, "?purpose=")
        for campaign in CampaignPage.objects.live():
            with self.subTest(campaign=campaign.url):
                language = campaign.locale.language_code
                response = self.client.get(campaign.url)
                self.assertContains(response, f'href="{self.donate[language].url}?purpose=keep-pernik-open"')
                reference = self.client.get(self.donate[language].url, {"purpose": "keep-pernik-open"})
                self.assertIn("SOS", reference.context["qr_payload"].split("\n")[10])

    def test_english_payment_references_spell_out_the_centre(self):
        """An English donor's bank shows the reference to them: no Bulgarian-only abbreviation."""
        english = [purpose["reference"] for purpose in self.donate["en"].purpose_list()]
        self.assertIn("Donation SOS Community Support Centre Pernik", english)
        self.assertFalse([reference for reference in english if "CSC" in reference.split()], english)

    def test_the_campaign_is_linked_from_donate_pernik_and_the_declaration_in_each_language(self):
        for campaign in CampaignPage.objects.live().select_related("locale"):
            language = campaign.locale.language_code
            pernik = CenterPage.objects.get(slug="pernik", locale=campaign.locale)
            declaration = DeclarationPage.objects.live().get(locale=campaign.locale)
            for page in (self.donate[language], pernik, declaration):
                with self.subTest(page=page.url):
                    self.assertContains(
                        self.client.get(page.url), f'<a href="{campaign.url}">{campaign.title}</a>'
                    )
