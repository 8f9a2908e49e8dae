"""A centre page shows its facts, its programmes and its news; the index lists every centre."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from centers.models import CenterPage, Service
from tests import builders


class CenterPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        cls.program = builders.add_program(cls.tree["programs"], title="Защитно поведение")
        cls.other_program = builders.add_program(cls.tree["programs"], title="Елементът игра")
        cls.center = builders.add_center(
            cls.tree["centers"],
            title="SOS ЦОП Перник",
            programs=[cls.program],
            opened_year=2016,
            opened_month=4,
            predecessor="ЦОП Радомир",
            predecessor_year=2008,
            funding="donations",
        )
        cls.other_center = builders.add_center(
            cls.tree["centers"], title="ЦОП Разлог", programs=[cls.other_program]
        )
        builders.add_news(cls.tree["news"], title="Декларация за подкрепа", centers=[cls.center])
        builders.add_news(cls.tree["news"], title="Нов център в Разлог", centers=[cls.other_center])

    def test_an_editor_previews_a_centre_with_its_services_before_saving_them(self):
        # A preview's many-to-many relations are in memory (modelcluster), not in the database.
        draft = CenterPage.objects.get(pk=self.center.pk)
        draft.services = [Service.objects.create(name="Консултиране на родители", access="general")]
        draft.target_groups = []
        draft.team_roles = []
        response = draft.make_preview_request()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Консултиране на родители")

    def test_center_page_lists_the_programs_it_runs(self):
        response = self.client.get(self.center.url)
        self.assertContains(response, "Защитно поведение")
        self.assertNotContains(response, "Елементът игра")

    def test_center_page_lists_the_news_that_names_it(self):
        response = self.client.get(self.center.url)
        self.assertContains(response, "Декларация за подкрепа")
        self.assertNotContains(response, "Нов център в Разлог")

    def test_center_page_shows_history_and_funding_in_bulgarian(self):
        response = self.client.get(self.center.url)
        self.assertContains(response, "ЦОП Радомир")
        self.assertContains(response, "открит през 2008 г.")
        self.assertContains(response, "април 2016 г.")
        self.assertContains(response, "Само дарения, без публично финансиране")
        self.assertContains(response, "Услугите на центъра са безплатни.")

    def test_center_without_contacts_says_so_instead_of_showing_empty_fields(self):
        response = self.client.get(self.center.url)
        self.assertContains(response, "Все още потвърждаваме телефона и имейла")
        self.assertNotContains(response, "mailto:")

    def test_a_draft_program_is_not_listed(self):
        self.program.unpublish()
        response = self.client.get(self.center.url)
        self.assertNotContains(response, "Защитно поведение")

    def test_program_page_lists_the_centers_that_link_to_it(self):
        response = self.client.get(self.program.url)
        self.assertEqual(list(response.context["centers"]), [self.center])
        self.assertContains(response, "SOS ЦОП Перник")


class CenterIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()

    def test_sos_centers_and_partner_centers_are_listed_apart(self):
        builders.add_center(self.tree["centers"], title="SOS ЦОП Габрово")
        builders.add_center(
            self.tree["centers"], title="ЦОП Казанлък", operator=builders.operator(is_sos=False)
        )
        response = self.client.get(self.tree["centers"].url)
        self.assertEqual([c.title for c in response.context["sos_centers"]], ["SOS ЦОП Габрово"])
        self.assertEqual([c.title for c in response.context["partner_centers"]], ["ЦОП Казанлък"])

    def count_queries(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.tree["centers"].url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def add_centers(self, start, stop):
        operator = builders.operator()
        for number in range(start, stop):
            self.tree["centers"].add_child(
                instance=CenterPage(
                    title=f"ЦОП {number}",
                    slug=f"bulk-{number}",
                    service_name="Център за обществена подкрепа",
                    summary="Подкрепа.",
                    town="Перник",
                    region="pernik",
                    operator=operator,
                )
            )

    def test_same_number_of_queries_for_5_and_200_centers(self):
        self.add_centers(0, 5)
        self.count_queries()  # warm Wagtail's site-root cache
        with_five = self.count_queries()
        self.add_centers(5, 200)
        self.count_queries()  # warm again: adding centres changed the site (core/site_cache.py)
        self.assertEqual(self.count_queries(), with_five)
