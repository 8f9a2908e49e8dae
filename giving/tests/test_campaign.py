"""A campaign shows its progress honestly: as text and an accessible bar, past 100% as it is,
and marked ended after its last day; bad figures are refused."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import timezone

from centers.models import Funding
from declaration.models import DeclarationPage, Signature
from giving.models import CampaignPage
from tests import builders

from .helpers import build_giving_site


def campaign(**fields):
    fields.setdefault("title", "Да запазим SOS ЦОП Перник")
    fields.setdefault("intro", "Центърът работи само с дарения.")
    return CampaignPage(**fields)


class CampaignValidationTests(TestCase):
    def errors(self, **fields):
        page = campaign(slug="kampania", **fields)
        with self.assertRaises(ValidationError) as raised:
            page.clean()
        return raised.exception.message_dict

    def test_a_goal_of_zero_or_less_is_refused(self):
        self.assertIn("goal", self.errors(goal=Decimal("0")))
        self.assertIn("goal", self.errors(goal=Decimal("-100")))

    def test_a_negative_amount_raised_is_refused(self):
        self.assertIn("raised", self.errors(goal=Decimal("1000"), raised=Decimal("-1")))

    def test_good_figures_and_an_undecided_goal_pass(self):
        campaign(slug="a", goal=Decimal("1000"), raised=Decimal("1500")).clean()
        campaign(slug="b", goal=None, raised=Decimal("0")).clean()


class CampaignMathsTests(TestCase):
    def test_percent_is_rounded_down_and_may_pass_100(self):
        self.assertEqual(campaign(goal=Decimal("10000"), raised=Decimal("2500")).percent, 25)
        self.assertEqual(campaign(goal=Decimal("1000"), raised=Decimal("999.99")).percent, 99)
        over = campaign(goal=Decimal("1000"), raised=Decimal("1200"))
        self.assertEqual((over.percent, over.goal_passed, over.progress_value), (120, True, Decimal("1000")))

    def test_without_a_goal_there_is_no_percent(self):
        self.assertIsNone(campaign(goal=None, raised=Decimal("50")).percent)

    def test_a_campaign_ends_after_its_last_day(self):
        today = timezone.localdate()
        self.assertFalse(campaign(end_date=today).has_ended)
        self.assertTrue(campaign(end_date=today - datetime.timedelta(days=1)).has_ended)
        self.assertFalse(campaign(end_date=None).has_ended)


class CampaignPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site()
        cls.declaration = builders.publish(
            cls.site["home"],
            DeclarationPage(
                title="Декларация", slug="deklaratsia", intro="Подкрепете.", body=[], consent_text="Съгласие.",
                thank_you="<p>Благодарим!</p>",
            ),
        )  # fmt: skip
        for number in range(3):
            Signature.objects.create(
                declaration_key=cls.declaration.translation_key, name="Име", town="Перник",
                email=f"s{number}@example.com", language="bg",
            )  # fmt: skip

    def page(self, **fields):
        fields.setdefault("purpose", "pernik")
        fields.setdefault("declaration", self.declaration)
        return builders.publish(
            self.site["home"], campaign(slug=f"kampania-{CampaignPage.objects.count()}", **fields)
        )

    def test_progress_is_text_and_an_accessible_bar(self):
        response = self.client.get(self.page(goal=Decimal("10000"), raised=Decimal("2500.50")).url)
        self.assertContains(response, "Събрани са 2\u00a0500,50\u00a0€ от целта 10\u00a0000\u00a0€ (25%).")
        # the bar's numbers are machine-readable whatever the language writes
        self.assertContains(
            response,
            '<progress class="campaign__bar" max="10000.00" value="2500.50" aria-labelledby="progress-text">',
        )

    def test_over_the_goal_is_shown_as_it_is(self):
        response = self.client.get(self.page(goal=Decimal("1000"), raised=Decimal("1500")).url)
        self.assertContains(response, "(150%)")
        self.assertContains(response, "Целта е надхвърлена: събрани са 150% от нея.")
        self.assertContains(response, 'max="1000.00" value="1000.00"')

    def test_after_the_end_date_the_campaign_is_marked_ended_without_a_bar(self):
        ended = timezone.localdate() - datetime.timedelta(days=1)
        response = self.client.get(self.page(goal=Decimal("1000"), raised=Decimal("400"), end_date=ended).url)
        self.assertContains(response, "Кампанията приключи на")
        self.assertNotContains(response, "<progress")
        self.assertNotContains(response, "?purpose=pernik")  # no call to give to a campaign that is over

    def test_it_links_to_donate_with_its_purpose_and_shows_the_declarations_signatures(self):
        response = self.client.get(self.page(goal=Decimal("1000")).url)
        self.assertContains(response, f'href="{self.site["donate"].url}?purpose=pernik"')
        self.assertContains(response, "3 души са подписали декларацията.")
        self.assertContains(response, f'href="{self.declaration.url}"')

    def test_without_a_goal_no_progress_is_invented(self):
        response = self.client.get(self.page(goal=None).url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<progress")
        self.assertNotContains(response, "%)")


class CampaignLinkTests(TestCase):
    """A running campaign is reached from the Donate page, its declaration and its centre's page."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_giving_site()
        cls.pernik = builders.add_center(
            cls.site["centers"], title="SOS ЦОП Перник", funding=Funding.DONATIONS
        )
        cls.other = builders.add_center(cls.site["centers"], title="ЦОП Габрово", funding=Funding.MUNICIPAL)
        cls.declaration = builders.publish(
            cls.site["home"],
            DeclarationPage(
                title="Декларация", slug="deklaratsia", intro="Подкрепете.", body=[], consent_text="Съгласие.",
                thank_you="<p>Благодарим!</p>", center=cls.pernik,
            ),
        )  # fmt: skip
        cls.campaign = builders.publish(
            cls.site["home"], campaign(slug="kampania", purpose="pernik", declaration=cls.declaration)
        )

    def link(self):
        return f'Кампания: <a href="{self.campaign.url}">Да запазим SOS ЦОП Перник</a>'

    def test_the_donate_page_the_declaration_and_the_centre_link_the_campaign(self):
        for page in (self.site["donate"], self.declaration, self.pernik):
            with self.subTest(page=page.url):
                self.assertContains(self.client.get(page.url), self.link(), html=True)

    def test_another_centres_page_does_not(self):
        self.assertNotContains(self.client.get(self.other.url), self.campaign.url)

    def test_an_ended_campaign_is_no_longer_linked(self):
        self.campaign.end_date = timezone.localdate() - datetime.timedelta(days=1)
        self.campaign.save_revision().publish()
        for page in (self.site["donate"], self.declaration, self.pernik):
            with self.subTest(page=page.url):
                self.assertNotContains(self.client.get(page.url), self.campaign.url)
