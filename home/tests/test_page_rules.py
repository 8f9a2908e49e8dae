"""Each page type lives only where it belongs, can be created in the admin, and renders."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from centers.models import CenterIndexPage, CenterPage
from contact.models import ContactPage, NetworkContactPage
from declaration.models import DeclarationPage
from events.models import EventIndexPage, EventPage
from giving.models import CampaignPage, DonatePage
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from programs.models import ProgramIndexPage, ProgramPage
from tests import builders


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                CenterIndexPage,
                ProgramIndexPage,
                NewsIndexPage,
                StandardPage,
                DeclarationPage,
                DonatePage,
                CampaignPage,
                NetworkContactPage,
                AccessibilityStatementPage,
                EventIndexPage,
            },
        )
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
        self.assertAllowedParentPageTypes(DeclarationPage, {HomePage})
        self.assertAllowedSubpageTypes(DeclarationPage, set())

    def test_centers_live_under_the_center_index_only(self):
        self.assertAllowedParentPageTypes(CenterPage, {CenterIndexPage})
        self.assertAllowedSubpageTypes(CenterIndexPage, {CenterPage})
        self.assertAllowedSubpageTypes(CenterPage, {ContactPage, EventPage})

    def test_events_live_under_the_events_index_or_a_centre(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage, CenterPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_a_contact_form_lives_under_a_centre_once(self):
        self.assertAllowedParentPageTypes(ContactPage, {CenterPage})
        self.assertAllowedSubpageTypes(ContactPage, set())
        self.assertEqual(ContactPage.max_count_per_parent, 1)

    def test_programs_live_under_the_program_index_only(self):
        self.assertAllowedParentPageTypes(ProgramPage, {ProgramIndexPage})
        self.assertAllowedSubpageTypes(ProgramIndexPage, {ProgramPage})
        self.assertAllowedSubpageTypes(ProgramPage, set())

    def test_news_lives_under_the_news_index_only(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_indexes_and_standard_pages_live_under_the_home_page(self):
        for index in (CenterIndexPage, ProgramIndexPage, NewsIndexPage):
            self.assertAllowedParentPageTypes(index, {HomePage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})


class PageCreationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()

    def setUp(self):
        self.login()

    def test_a_second_center_index_cannot_be_added_to_the_same_home(self):
        home = self.tree["home"]
        for index in (CenterIndexPage, ProgramIndexPage, NewsIndexPage):
            with self.subTest(index=index.__name__):
                self.assertFalse(index.can_create_at(home))

    def test_editor_can_create_a_standard_page(self):
        self.assertCanCreate(
            self.tree["home"],
            StandardPage,
            nested_form_data(
                {
                    "title": "Поверителност",
                    "slug": "poveritelnost",
                    "intro": "Как пазим данните ви.",
                    "body": streamfield([("paragraph", rich_text("<p>Текст.</p>"))]),
                }
            ),
        )

    def test_editor_can_create_the_accessibility_statement_once_per_home(self):
        self.assertCanCreate(
            self.tree["home"],
            AccessibilityStatementPage,
            nested_form_data(
                {
                    "title": "Декларация за достъпност",
                    "slug": "dostapnost",
                    "intro": "Искаме всеки да може да ползва сайта.",
                    "status": "partial",
                    "limitations": rich_text("<ul><li>Документите PDF може да не са достъпни.</li></ul>"),
                    "method": "Самооценка.",
                    "prepared_on": "2026-12-08",
                    "reviewed_on": "2026-12-08",
                    "enforcement": rich_text(""),
                }
            ),
        )
        self.assertFalse(AccessibilityStatementPage.can_create_at(self.tree["home"]))

    def test_editor_can_create_a_program(self):
        self.assertCanCreate(
            self.tree["programs"],
            ProgramPage,
            nested_form_data(
                {
                    "title": "Защитно поведение",
                    "slug": "zashtitno-povedenie",
                    "summary": "Програма за безопасност.",
                    "body": streamfield([]),
                }
            ),
        )

    def test_editor_can_create_a_center(self):
        operator = builders.operator()
        self.assertCanCreate(
            self.tree["centers"],
            CenterPage,
            nested_form_data(
                {
                    "title": "SOS ЦОП Перник",
                    "slug": "pernik",
                    "service_name": "Център за обществена подкрепа",
                    "summary": "Подкрепа за деца и семейства.",
                    "operator": operator.pk,
                    "town": "Перник",
                    "region": "pernik",
                    "reach_figures": streamfield([]),
                    "body": streamfield([]),
                    "reach": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
                    "program_links": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
                }
            ),
        )

    def test_editor_can_create_a_news_item(self):
        self.assertCanCreate(
            self.tree["news"],
            NewsPage,
            nested_form_data(
                {
                    "title": "Нов център",
                    "slug": "nov-tsentar",
                    "date": "2026-11-20",
                    "lead": "Отвори нов център.",
                    "body": streamfield([("paragraph", rich_text("<p>Текст.</p>"))]),
                    "related_centers": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
                }
            ),
        )


class PageRenderingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = builders.build_site()
        program = builders.add_program(cls.tree["programs"])
        center = builders.add_center(cls.tree["centers"], programs=[program])
        cls.pages = [
            cls.tree["home"],
            *cls.tree.values(),
            program,
            center,
            builders.add_news(cls.tree["news"], centers=[center], topics=[builders.add_topic("Перник")]),
            builders.add_standard_page(cls.tree["home"]),
        ]

    def test_every_page_type_renders(self):
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
