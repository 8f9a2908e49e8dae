"""Editors declare a centre's reach on its page: a whole municipality, or a settlement chosen
from the register with a search that takes Cyrillic or Latin; a line without its place is
refused with a message."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from centers.models import CenterPage, CenterReach
from tests.content import SiteContentTestCase


class ReachInTheAdminTests(SiteContentTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.admin)

    def test_the_centre_page_lists_its_reach_with_a_settlement_chooser(self):
        page = CenterPage.objects.get(locale__language_code="bg", slug="veliko-tarnovo")
        response = self.client.get(f"/admin/pages/{page.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "/admin/settlement_chooser/")
        self.assertContains(response, 'name="reach-TOTAL_FORMS" value="5"')

    def test_the_chooser_finds_a_settlement_in_either_alphabet(self):
        for typed in ("Деб", "Deb", "debel"):
            with self.subTest(typed=typed):
                response = self.client.get("/admin/settlement_chooser/results/", {"q": typed})
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Дебелец")
                self.assertContains(response, "Дългопол")  # the namesake, told apart by municipality

    def test_a_reach_line_needs_its_place(self):
        page = CenterPage.objects.get(locale__language_code="bg", slug="pernik")
        with self.assertRaises(ValidationError) as raised:
            CenterReach(center=page, how=CenterReach.How.MUNICIPALITY).clean()
        self.assertIn("municipality", raised.exception.message_dict)
        with self.assertRaises(ValidationError) as raised:
            CenterReach(center=page, how=CenterReach.How.MOBILE_WORK).clean()
        self.assertIn("settlement", raised.exception.message_dict)

    def test_the_english_page_keeps_the_same_reach(self):
        bg = CenterPage.objects.get(locale__language_code="bg", slug="veliko-tarnovo")
        en = bg.get_translation(Locale.objects.get(language_code="en"))
        lines = lambda page: list(page.reach.values_list("how", "municipality_id", "settlement_id"))  # noqa: E731
        self.assertEqual(lines(en), lines(bg))
