"""From the built content (load_content): the home page shows every centre, "How to get help"
leads on (the finder, each centre's form, the ways in, the first visit, how professionals refer),
and the network's own form is reachable from the donate page and the footer."""

import re

from django.contrib.auth.models import Group
from wagtail.models import Locale

from centers.models import CenterIndexPage, CenterPage
from contact.groups import NETWORK_TEAM
from contact.models import ContactPage, NetworkContactPage
from giving.models import DonatePage
from home.models import HomePage, StandardPage
from tests.content import SiteContentTestCase


def in_language(model, language, **filters):
    return model.objects.live().get(locale=Locale.objects.get(language_code=language), **filters)


class HelpPathTests(SiteContentTestCase):
    def test_the_home_page_shows_all_seven_centres_in_both_languages(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                html = self.client.get(in_language(HomePage, language).url).content.decode()
                start = html.index('id="centers-title"')
                section = html[start : html.index("</section>", start)]
                for center in CenterPage.objects.live().filter(locale__language_code=language):
                    self.assertIn(f'href="{center.url}"', section)
                self.assertEqual(section.count('class="card__title"'), 7)

    def test_the_help_page_has_the_finder_and_every_centres_form(self):
        for language, help_slug in (("bg", "pomosht"), ("en", "get-help")):
            with self.subTest(language=language):
                index = in_language(CenterIndexPage, language)
                html = self.client.get(
                    in_language(StandardPage, language, slug=help_slug).url
                ).content.decode()
                self.assertRegex(
                    html, rf'<form method="get" action="{re.escape(index.url)}"[^>]*role="search"'
                )
                self.assertIn('name="town"', html)
                for center in CenterPage.objects.live().filter(locale__language_code=language):
                    form = ContactPage.objects.live().child_of(center).get()
                    self.assertIn(f'href="{form.url}"', html)

    def test_the_finder_form_on_the_help_page_answers_on_the_centres_index(self):
        index = in_language(CenterIndexPage, "bg")
        response = self.client.get(index.url, {"town": "Перник"})
        self.assertContains(response, "SOS ЦОП Перник")

    def test_the_help_page_says_how_to_come_what_the_first_visit_is_and_how_to_refer(self):
        expected = {
            "pomosht": [
                "Сами.",
                "Първата среща",
                "За специалисти: как да насочите дете",
                "Насочване от специалист",
            ],
            "get-help": [
                "On your own.",
                "The first visit",
                "For professionals",
                "Referral by a professional",
            ],
        }
        for slug, texts in expected.items():
            html = self.client.get(StandardPage.objects.get(slug=slug).url).content.decode()
            for text in texts:
                with self.subTest(page=slug, text=text):
                    self.assertIn(text, html)

    def test_the_home_pages_main_button_leads_to_the_help_page(self):
        home = in_language(HomePage, "bg")
        html = self.client.get(home.url).content.decode()
        help_box = html[
            html.index('class="get-help') : html.index("</section>", html.index('class="get-help'))
        ]
        self.assertIn('href="/bg/pomosht/"', help_box)

    def test_the_networks_form_exists_in_both_languages_with_its_topics(self):
        for language, topic in (("bg", "Дарения в натура"), ("en", "Gifts in kind")):
            with self.subTest(language=language):
                page = in_language(NetworkContactPage, language)
                response = self.client.get(page.url)
                self.assertContains(response, f'<option value="{topic}">')
                self.assertContains(response, 'name="organisation"')
        self.assertTrue(Group.objects.filter(name=NETWORK_TEAM).exists())

    def test_the_donate_page_and_the_footer_link_to_the_networks_form(self):
        for language in ("bg", "en"):
            with self.subTest(language=language):
                form = in_language(NetworkContactPage, language)
                donate = self.client.get(in_language(DonatePage, language).url).content.decode()
                self.assertGreaterEqual(
                    donate.count(f'href="{form.url}"'), 2
                )  # the "ask us first" links and the footer
                home = self.client.get(in_language(HomePage, language).url).content.decode()
                footer = home[home.index('class="site-footer"') :]
                self.assertIn(f'href="{form.url}"', footer)
