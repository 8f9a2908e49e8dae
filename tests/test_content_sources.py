"""The pages say what the sources say (shared/seeds S0–S4), and no more: read as a visitor reads them."""

import re
import xml.etree.ElementTree as ET
from html import unescape

from centers.models import CenterPage
from declaration.models import DeclarationPage
from news.models import NewsIndexPage, NewsPage
from programs.models import ProgramPage
from tests.content import SiteContentTestCase

CYRILLIC = re.compile("[а-яА-Я]")
TAG_LIST = re.compile(r'<ul class="tags" aria-label="[^"]*">(.*?)</ul>', re.S)
TOPIC_SELECT = re.compile(r'<select id="filter-topic" name="topic">(.*?)</select>', re.S)
SERVICE_ITEMS = re.compile(r'<ul class="services">(.*?)</ul>', re.S)
FACTS = re.compile(r"<dt>([^<]*)</dt>\s*<dd>(.*?)</dd>", re.S)


def text(html):
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


class ContentSourcesTests(SiteContentTestCase):
    def page(self, model, slug, language="bg"):
        return model.objects.live().get(slug=slug, locale__language_code=language)

    def html(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def translation(self, page, language):
        return page.get_translations().get(locale__language_code=language)

    def services(self, page):
        return [
            text(item)
            for item in re.findall(r"<li>(.*?)</li>", SERVICE_ITEMS.search(self.html(page)).group(1), re.S)
        ]

    # S3 names speech therapy, learning, legal and health-care support but not their access rule

    def test_services_without_a_source_for_their_access_show_no_access_rule(self):
        sofia = self.page(CenterPage, "sofia-shans")
        for language, names, rules in (
            (
                "bg",
                ("Логопедична подкрепа", "Юридически консултации", "Съдействие за здравна помощ"),
                ("Общодостъпна", "Специализирана"),
            ),
            (
                "en",
                ("Speech therapy support", "Legal advice", "Help with health care"),
                ("General access", "Specialised"),
            ),
        ):
            page = sofia if language == "bg" else self.translation(sofia, language)
            items = self.services(page)
            for name in names:
                with self.subTest(language=language, service=name):
                    item = next(item for item in items if item.startswith(name))
                    self.assertFalse([rule for rule in rules if rule in item], item)
            # S4's services keep the rule S4 gives them.
            self.assertTrue(any(rules[0] in item for item in items))
            self.assertTrue(any(rules[1] in item for item in items))

    def test_only_tryavna_lists_children_with_speech_difficulties(self):
        for center in CenterPage.objects.live():
            with self.subTest(url=center.url):
                page = text(self.html(center))
                named = "Деца с трудности в говора" in page or "Children with speech difficulties" in page
                self.assertEqual(named, center.slug == "tryavna")

    # S3's undated monthly reach

    def test_pernik_shows_s0s_2025_figures_and_not_the_older_monthly_reach(self):
        for language in ("bg", "en"):
            pernik = self.page(CenterPage, "pernik")
            page = text(self.html(pernik if language == "bg" else self.translation(pernik, language)))
            with self.subTest(language=language):
                self.assertIn("70+", page)
                self.assertIn("(2025)", page)
                self.assertNotIn("60 + 50", page)
                self.assertNotRegex(page, r"\b60 (деца|children)")

    def test_the_older_monthly_reach_says_where_it_is_from(self):
        for slug in ("sofia-shans", "gabrovo", "veliko-tarnovo"):
            center = self.page(CenterPage, slug)
            with self.subTest(center=slug):
                self.assertIn(
                    "60 + 50 деца и възрастни, които се грижат за тях, всеки месец (по описанието на програмата)",
                    text(self.html(center)),
                )
                self.assertIn(
                    "(according to the programme's description)",
                    text(self.html(self.translation(center, "en"))),
                )
        home = text(self.html(self.page(NewsIndexPage, "novini").get_parent().specific))
        self.assertIn("60 + 50", home)
        self.assertIn("(по описанието на програмата)", home)

    # News: the event's date apart from the day it is published

    def test_razlogs_news_shows_its_opening_in_march_2020_apart_from_the_publication_date(self):
        razlog = self.page(NewsPage, "razlog-otkri-tsop")
        for language, when in (("bg", "март 2020 г."), ("en", "March 2020")):
            item = razlog if language == "bg" else self.translation(razlog, language)
            for url in (item.url, item.get_parent().url):
                with self.subTest(url=url):
                    html = self.client.get(url).content.decode()
                    self.assertIn(f'<time datetime="2020-03">{when}</time>', html)
                    self.assertIn(f'<time datetime="{item.date:%Y-%m-%d}">', html)
            self.assertIn("2020", item.title)

    def test_news_without_a_date_in_its_source_shows_no_event_date(self):
        for slug in ("nov-tsop-kazanlak", "deklaratsia-sos-tsop-pernik"):
            item = self.page(NewsPage, slug)
            with self.subTest(news=slug):
                self.assertIsNone(item.event_year)
                self.assertNotIn("Събитието е от", self.html(item))

    # News topics in the reader's language

    def test_english_news_pages_show_their_topics_in_english(self):
        for item in NewsPage.objects.live().filter(locale__language_code="en"):
            with self.subTest(url=item.url):
                topics = TAG_LIST.search(self.html(item))
                self.assertIsNotNone(topics)
                self.assertFalse(CYRILLIC.search(text(topics.group(1))), text(topics.group(1)))
        index = self.translation(self.page(NewsIndexPage, "novini"), "en")
        options = text(TOPIC_SELECT.search(self.html(index)).group(1))
        self.assertIn("centre opening", options)
        self.assertFalse(CYRILLIC.search(options), options)

    def test_the_topic_filter_works_in_each_language(self):
        index = self.page(NewsIndexPage, "novini")
        for language, slug in (("bg", "otkrivane-na-tsentar"), ("en", "centre-opening")):
            page = index if language == "bg" else self.translation(index, language)
            with self.subTest(language=language):
                response = self.client.get(page.url, {"topic": slug})
                self.assertEqual(len(response.context["news_page"]), 2)
                self.assertNotContains(response, "We could not find")
                self.assertNotContains(response, "Не намерихме")

    def test_the_english_feed_names_its_categories_in_english(self):
        root = ET.fromstring(self.client.get("/feeds/en/rss.xml").content)
        categories = [category.text for category in root.iter("category")]
        self.assertIn("Razlog", categories)
        self.assertFalse([name for name in categories if CYRILLIC.search(name)], categories)

    # The declaration as S0 gives it

    def test_the_declaration_page_carries_s0s_full_text(self):
        declaration = DeclarationPage.objects.live().get(locale__language_code="bg")
        page = text(self.html(declaration))
        for passage in (
            "Работата се осъществява чрез силен мултидисциплинарен подход",
            "„Ритъм карти Дъга“, „Елементът игра“, „Защитно поведение“",
            "Считаме, че включването на „SOS Център за обществена подкрепа Перник“",
            "Декларацията за подкрепа ще бъде представена пред",
        ):
            self.assertIn(passage, page)
        english = text(self.html(self.translation(declaration, "en")))
        self.assertIn("We believe that including", english)
        self.assertIn("strong multidisciplinary approach", english)

    # Kazanlak and Razlog: centres of the same service run by other providers

    def test_kazanlak_and_razlog_are_not_called_partners(self):
        index = self.page(CenterPage, "razlog").get_parent()
        home = index.get_parent()
        pages = [index, home, *home.get_children().live().filter(slug="za-mrezhata")]
        for page in pages + [self.translation(page, "en") for page in pages]:
            with self.subTest(url=page.url):
                html = text(self.html(page))
                self.assertNotRegex(html.lower(), "партньорски|partner centre")
        self.assertIn("Центрове за обществена подкрепа на други доставчици", text(self.html(index)))

    # Bulgarian and English wording

    def test_kazanlaks_staff_is_counted_in_people(self):
        kazanlak = self.page(CenterPage, "kazanlak")
        facts = {text(term): text(value) for term, value in FACTS.findall(self.html(kazanlak))}
        self.assertEqual(facts["Персонал"], "12 души")
        english = {text(t): text(v) for t, v in FACTS.findall(self.html(self.translation(kazanlak, "en")))}
        self.assertEqual(english["Staff"], "12 people")

    def test_psychosocial_is_one_word(self):
        pages = list(CenterPage.objects.live().filter(locale__language_code="bg"))
        pages.append(
            self.page(CenterPage, "pernik").get_parent().get_parent().get_children().get(slug="za-mrezhata")
        )
        for page in pages:
            with self.subTest(url=page.url):
                self.assertNotIn("психо-социал", self.html(page))

    def test_a_programmes_centres_heading_agrees_with_any_programme_name(self):
        program = self.page(ProgramPage, "ritam-karti-daga")
        html = self.html(program)
        self.assertIn("Центрове, които прилагат програмата", html)
        self.assertNotIn("които я прилагат", html)

    def test_the_english_centre_page_says_how_to_get_help_in_plain_english(self):
        page = self.translation(self.page(CenterPage, "razlog"), "en")
        html = self.html(page)
        self.assertIn("How to get help from the centre", html)
        self.assertNotIn("How to get in", html)
