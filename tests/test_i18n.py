"""The site in two languages: URLs, the language of `/`, the switcher, hreflang, translated
content, and the editor's translation flow in wagtail-localize."""

import re
from html import unescape
from io import StringIO
from pathlib import Path

import polib
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from centers.models import CenterPage
from home.models import HomePage, StandardPage
from tests.content import SiteContentTestCase


def load():
    call_command("load_content", stdout=StringIO())


def visible_text(html):
    """The page's text outside <script>, <style> and tags, for checking which language it speaks."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def template_strings():
    """(English msgid, Bulgarian msgstr) for every interface string used in a template."""
    po = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "bg" / "LC_MESSAGES" / "django.po"))
    return [
        (entry.msgid, entry.msgstr)
        for entry in po.translated_entries()
        if entry.msgstr
        and "%(" not in entry.msgid
        and "<" not in entry.msgid
        and any(path.endswith(".html") for path, _ in entry.occurrences)
    ]


class RootRedirectTests(SiteContentTestCase):
    def test_root_goes_to_the_language_the_browser_asks_for(self):
        cases = {"en-US,en;q=0.9": "/en/", "bg-BG,bg;q=0.9": "/bg/", "de-DE,de;q=0.9": "/bg/", "": "/bg/"}
        for accept, target in cases.items():
            with self.subTest(accept=accept):
                response = self.client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
                self.assertRedirects(response, target, fetch_redirect_response=False)

    def test_an_explicit_choice_is_remembered(self):
        response = self.client.get(reverse("switch_language", args=["en"]), {"next": "/en/centres/"})
        self.assertRedirects(response, "/en/centres/", fetch_redirect_response=False)
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="bg")
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_the_switch_never_sends_a_visitor_to_another_site(self):
        for next_url in ("https://evil.example/", "//evil.example/"):
            response = self.client.get(reverse("switch_language", args=["en"]), {"next": next_url})
            self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_an_unknown_language_falls_back_to_bulgarian(self):
        response = self.client.get(reverse("switch_language", args=["xx"]))
        self.assertRedirects(response, "/bg/", fetch_redirect_response=False)

    def test_urls_are_stable_and_name_their_language(self):
        self.assertEqual(
            CenterPage.objects.get(locale__language_code="bg", slug="veliko-tarnovo").url,
            "/bg/tsentrove/veliko-tarnovo/",
        )
        self.assertEqual(
            CenterPage.objects.get(locale__language_code="en", slug="veliko-tarnovo").url,
            "/en/centres/veliko-tarnovo/",
        )


class BilingualContentTests(SiteContentTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.bg = Locale.objects.get(language_code="bg")
        cls.en = Locale.objects.get(language_code="en")

    def bulgarian_pages(self):
        return Page.objects.live().filter(locale=self.bg, depth__gt=1).specific()

    def test_every_bulgarian_page_has_a_live_english_translation_that_renders(self):
        pages = self.bulgarian_pages()
        self.assertGreaterEqual(pages.count(), 26)
        for page in pages:
            with self.subTest(page=page.url):
                english = page.get_translation(self.en)
                self.assertTrue(english.live)
                self.assertTrue(english.url.startswith("/en/"))
                response = self.rendered(english.url)
                self.assertContains(response, '<html lang="en">')

    def test_english_is_a_wagtail_localize_translation_of_the_bulgarian(self):
        for page in self.bulgarian_pages():
            with self.subTest(page=page.url):
                translation = Translation.objects.get(
                    source__object_id=page.translation_key, source__locale=self.bg, target_locale=self.en
                )
                self.assertFalse(
                    StringSegment.objects.filter(source=translation.source)
                    .exclude(string__translations__locale=self.en)
                    .exists(),
                    "every string of the source has an English translation",
                )

    def test_switcher_and_hreflang_point_at_each_other_both_ways(self):
        for page in self.bulgarian_pages():
            english = page.get_translation(self.en)
            with self.subTest(page=page.url):
                bg_html = self.rendered(page.url).content.decode()
                en_html = self.rendered(english.url).content.decode()
                self.assertIn(f'hreflang="en" href="http://testserver{english.url}"', bg_html)
                self.assertIn(f'hreflang="bg" href="http://testserver{page.url}"', en_html)
                self.assertIn(f'hreflang="x-default" href="http://testserver{page.url}"', en_html)
                self.assertIn(
                    reverse("switch_language", args=["en"]) + "?next=" + english.url.replace("/", "%2F"),
                    bg_html,
                )
                self.assertIn(
                    reverse("switch_language", args=["bg"]) + "?next=" + page.url.replace("/", "%2F"), en_html
                )
                self.assertIn('<meta property="og:locale" content="bg_BG">', bg_html)
                self.assertIn('<meta property="og:locale" content="en_GB">', en_html)

    def test_no_interface_string_of_the_other_language(self):
        strings = [(en, bg) for en, bg in template_strings() if en != bg]
        self.assertGreater(len(strings), 40)
        for page in self.bulgarian_pages():
            english = page.get_translation(self.en)
            bg_text = visible_text(self.rendered(page.url).content.decode())
            en_text = visible_text(self.rendered(english.url).content.decode())
            with self.subTest(page=page.url):
                self.assertEqual([en for en, _ in strings if re.search(rf"\b{re.escape(en)}\b", bg_text)], [])
                self.assertEqual(
                    [bg for _, bg in strings if re.search(rf"(?<!\w){re.escape(bg)}(?!\w)", en_text)], []
                )

    def test_a_translated_center_lists_its_programs_and_news_in_its_language(self):
        pernik = CenterPage.objects.get(locale=self.en, slug="pernik")
        response = self.client.get(pernik.url)
        programs = list(response.context["programs"])
        news = list(response.context["news_items"])
        self.assertTrue(programs and news)
        self.assertTrue(all(p.locale_id == self.en.pk for p in programs + news))
        self.assertContains(response, "Protective Behaviours")
        self.assertEqual(response.context["operator"].locale_id, self.en.pk)
        self.assertTrue(all(s.locale_id == self.en.pk for s in response.context["services"]))

    def test_a_page_without_translation_switches_to_the_home_page_with_a_note(self):
        home = HomePage.objects.get(locale=self.bg)
        draft = home.add_child(instance=StandardPage(title="Само на български", slug="samo-bg", body=[]))
        html = self.client.get(draft.url).content.decode()
        self.assertIn("next=%2Fen%2F%3Funtranslated%3D1", html)
        self.assertNotIn('hreflang="en"', html)
        response = self.client.get("/en/?untranslated=1")
        self.assertContains(response, "not available in this language yet")

    def test_the_sitemap_lists_both_languages_with_alternates(self):
        response = self.client.get("/sitemap.xml")
        xml = response.content.decode()
        self.assertIn("<loc>http://testserver/bg/tsentrove/pernik/</loc>", xml)
        self.assertIn("<loc>http://testserver/en/centres/pernik/</loc>", xml)
        self.assertIn('hreflang="en" href="http://testserver/en/centres/pernik/"', xml)
        self.assertIn('hreflang="x-default" href="http://testserver/bg/tsentrove/pernik/"', xml)

    def test_a_second_load_creates_no_more_translations(self):
        counts = (Page.objects.count(), Translation.objects.count())
        load()
        self.assertEqual((Page.objects.count(), Translation.objects.count()), counts)

    def test_english_dates_and_bulgarian_dates(self):
        self.assertContains(self.client.get("/bg/novini/"), "22 ноември 2026")
        self.assertContains(self.client.get("/en/news/"), "22 November 2026")


class EditorTranslationFlowTests(SiteContentTestCase):
    """An editor creates a Bulgarian page, translates it into English and publishes it."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = get_user_model().objects.create_superuser("editor", "editor@example.com", "password")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_create_translate_publish(self):
        home = HomePage.objects.get(locale__language_code="bg")
        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]),
            nested_form_data(
                {
                    "title": "Щастливо детство",
                    "slug": "щастливо-детство",
                    "intro": "Съвети за родители.",
                    "body": streamfield([("paragraph", rich_text("<p>Играйте заедно.</p>"))]),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        page = StandardPage.objects.get(title="Щастливо детство")
        self.assertEqual(page.slug, "shtastlivo-detstvo")  # official transliteration

        english = Locale.objects.get(language_code="en")
        self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]}
        )
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=english)
        words = {
            "Щастливо детство": "A happy childhood",
            "shtastlivo-detstvo": "happy-childhood",
            "Съвети за родители.": "Advice for parents.",
            "Играйте заедно.": "Play together.",
        }
        for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
            response = self.client.put(
                reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                data=urlencode({"value": words[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            self.assertIn(response.status_code, (200, 201))
        target = page.get_translation(english)
        with self.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
            self.client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
        target.refresh_from_db()
        self.assertTrue(target.live)
        self.assertEqual(target.url, "/en/happy-childhood/")
        self.assertContains(self.client.get(target.url), "Advice for parents.")

    def test_a_changed_source_shows_what_needs_translating_again(self):
        page = CenterPage.objects.get(locale__language_code="bg", slug="pernik")
        page.summary = "Нов текст за центъра."
        page.save_revision(user=self.editor).publish()
        source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.assertContains(edit, sync_url)  # "Sync translated pages"

        self.client.post(sync_url, {})
        english = Locale.objects.get(language_code="en")
        untranslated = StringSegment.objects.filter(source=source).exclude(
            string__translations__locale=english
        )
        self.assertEqual([segment.string.data for segment in untranslated], ["Нов текст за центъра."])

    def test_a_cyrillic_slug_that_clashes_once_transliterated_is_a_form_error(self):
        home = HomePage.objects.get(locale__language_code="bg")
        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]),
            nested_form_data(
                {
                    "title": "Поверителност",
                    "slug": "поверителност",  # "poveritelnost" is taken
                    "body": streamfield([("paragraph", rich_text("<p>Текст.</p>"))]),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("slug", response.context["form"].errors)
        self.assertEqual(StandardPage.objects.filter(title="Поверителност").count(), 1)  # only the original
