"""The accessibility statement, as load_content builds it: in both languages, in the EU model's
sections, honest about its status, with the way to report a problem through the network's form,
and linked from the footer of every kind of page."""

import re

from wagtail.models import Locale

from centers.models import CenterIndexPage, CenterPage
from contact.models import NetworkContactPage
from giving.models import DonatePage
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from news.models import NewsPage
from programs.models import ProgramPage
from tests.content import SiteContentTestCase

SECTIONS = {
    "bg": [
        "Състояние на съответствието",
        "Недостъпно съдържание",
        "Изготвяне на тази декларация",
        "Обратна връзка и данни за контакт",
    ],
    "en": [
        "Compliance status",
        "Non-accessible content",
        "Preparation of this statement",
        "Feedback and contact information",
    ],
}
PARTIAL = {"bg": "в частично съответствие", "en": "partially compliant"}
LAST_REVIEW = {"bg": "Последно е преразгледана на", "en": "It was last reviewed on"}
TOPIC = {"bg": "Достъпност на сайта", "en": "Accessibility of this website"}


def in_language(model, language):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=language)).first()


def headings(html):
    return [
        re.sub(r"<[^>]+>", "", heading).strip() for heading in re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)
    ]


class AccessibilityStatementTests(SiteContentTestCase):
    def test_the_statement_has_the_eu_models_sections_in_both_languages(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                statement = in_language(AccessibilityStatementPage, language)
                self.assertIsNotNone(statement)
                response = self.client.get(statement.url)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                found = headings(html)
                for section in SECTIONS[language]:
                    self.assertIn(section, found)
                self.assertIn(PARTIAL[language], html)
                self.assertIn("WCAG) 2.1", html)
                self.assertIn("EN 301 549", html)
                self.assertIn("PDF", html)
                self.assertIn('datetime="2026-12-08"', html)
                self.assertIn(LAST_REVIEW[language], html)

    def test_a_problem_is_reported_through_the_networks_form_with_its_own_topic(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                html = self.client.get(in_language(AccessibilityStatementPage, language).url).content.decode()
                form = in_language(NetworkContactPage, language)
                self.assertIn(f'href="{form.url}"', html)
                self.assertIn(TOPIC[language], html)
                form_html = self.client.get(form.url).content.decode()
                self.assertIn(f'<option value="{TOPIC[language]}"', form_html)

    def test_the_enforcement_procedure_shows_only_once_an_editor_has_written_it(self):
        statement = in_language(AccessibilityStatementPage, "en")
        self.assertNotIn("Enforcement procedure", headings(self.client.get(statement.url).content.decode()))
        statement.enforcement = "<p>Write to the body the network names here.</p>"
        statement.save_revision().publish()
        html = self.client.get(statement.url).content.decode()
        self.assertIn("Enforcement procedure", headings(html))
        self.assertIn("Write to the body the network names here.", html)

    def test_every_kind_of_page_links_to_the_statement_in_its_footer(self):
        for language in ("bg", "en"):
            statement = in_language(AccessibilityStatementPage, language)
            for model in (
                HomePage,
                StandardPage,
                CenterIndexPage,
                CenterPage,
                ProgramPage,
                NewsPage,
                DonatePage,
                NetworkContactPage,
                AccessibilityStatementPage,
            ):
                with self.subTest(language=language, page_type=model.__name__):
                    html = self.client.get(in_language(model, language).url).content.decode()
                    footer = html[html.index('<footer class="site-footer">') :]
                    self.assertIn(f'<a href="{statement.url}">{statement.title}</a>', footer)
            with self.subTest(language=language, page="search"):
                html = self.client.get(
                    f"/{language}/{'tarsene' if language == 'bg' else 'search'}/"
                ).content.decode()
                self.assertIn(f'href="{statement.url}"', html[html.index('<footer class="site-footer">') :])

    def test_the_footer_drops_the_link_when_the_statement_is_unpublished(self):
        statement = in_language(AccessibilityStatementPage, "en")
        statement.unpublish()
        html = self.client.get(in_language(HomePage, "en").url).content.decode()
        self.assertNotIn(f'href="{statement.url}"', html)
