"""The admin speaks Bulgarian: the locale-admin/ overlay completes Wagtail's and wagtail-localize's
Bulgarian (both gettext domains), Bulgarian is the admin's default and English a per-user choice, and
scripts/admin_locale.py merges, refuses broken translations and reports what is missing or obsolete."""

import json
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import SimpleTestCase, TestCase
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.users.models import UserProfile

from scripts import admin_locale

BASE_DIR = Path(settings.BASE_DIR)
OVERLAY_DIR = BASE_DIR / "locale-admin"
TRANSLATIONS_DIR = OVERLAY_DIR / "translations"
MINIMUM_SHARE = 0.98


def our_translations(catalogue):
    with (TRANSLATIONS_DIR / f"{catalogue}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def not_in_the_packages_bulgarian(catalogue_name):
    """Our translations of msgids the package leaves untranslated: only the overlay can provide them."""
    catalogue = next(c for c in admin_locale.find_catalogues() if c.name == catalogue_name)
    theirs = admin_locale.package_translations(catalogue.bulgarian)
    return {key: value for key, value in our_translations(catalogue_name).items() if key not in theirs}


def js_translation(catalogues):
    """The djangojs catalogue as JavaScriptCatalog builds it: the packages' locale dirs, and LOCALE_PATHS
    (which DjangoTranslation adds after them, so the overlay wins)."""
    localedirs = [str(c.english.parents[2]) for c in catalogues if c.domain == "djangojs"]
    return DjangoTranslation("bg", domain="djangojs", localedirs=localedirs)


def is_translated(gettext, entry):
    """Whether gettext returns a translation (a translation identical to the English counts as none)."""
    context = entry.msgctxt
    if entry.msgid_plural:
        forms = [
            gettext.npgettext(context, entry.msgid, entry.msgid_plural, n)
            if context
            else gettext.ngettext(entry.msgid, entry.msgid_plural, n)
            for n in (1, 2)
        ]
        return forms != [entry.msgid, entry.msgid_plural]
    result = gettext.pgettext(context, entry.msgid) if context else gettext.gettext(entry.msgid)
    return result != entry.msgid


class CoverageTests(SimpleTestCase):
    def test_the_overlay_is_a_locale_path_after_the_sites_own(self):
        self.assertEqual([Path(p) for p in settings.LOCALE_PATHS], [BASE_DIR / "locale", OVERLAY_DIR])

    def test_all_wagtail_and_wagtail_localize_catalogues_are_counted(self):
        names = {c.name for c in admin_locale.find_catalogues()}
        for name in (
            "wagtail-admin.django",
            "wagtail-admin.djangojs",
            "wagtail.django",
            "wagtail-images.django",
        ):
            self.assertIn(name, names)
        self.assertIn("wagtail_localize.djangojs", names)

    def test_at_least_98_percent_of_the_admin_messages_are_in_bulgarian(self):
        catalogues = admin_locale.find_catalogues()
        javascript = js_translation(catalogues)
        total, untranslated = 0, []
        with translation.override("bg"):
            for catalogue in catalogues:
                gettext = translation if catalogue.domain == "django" else javascript
                for entry in admin_locale.live_entries(catalogue.english):
                    total += 1
                    if not is_translated(gettext, entry):
                        untranslated.append(f"{catalogue.name}: {entry.msgid}")
        share = 1 - len(untranslated) / total
        self.assertGreater(total, 2000)
        self.assertGreaterEqual(share, MINIMUM_SHARE, f"{share:.1%}; untranslated: {untranslated[:50]}")


class OverlayIsCurrentTests(SimpleTestCase):
    def test_compiled_overlay_matches_its_po_files(self):
        for domain in admin_locale.DOMAINS:
            po_path = OVERLAY_DIR / "bg" / "LC_MESSAGES" / f"{domain}.po"
            po = polib.pofile(str(po_path))
            mo = polib.mofile(str(po_path.with_suffix(".mo")))
            compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
            for entry in po.translated_entries():
                expected = entry.msgstr or {int(k): v for k, v in entry.msgstr_plural.items()}
                with self.subTest(domain=domain, msgid=entry.msgid):
                    self.assertEqual(
                        compiled.get((entry.msgctxt, entry.msgid)), expected, "run `make admin-locale`"
                    )

    def test_overlay_po_files_match_the_translation_sources(self):
        """Editing a JSON file (or upgrading a package) without `make admin-locale` fails here."""
        catalogues = admin_locale.find_catalogues()
        for catalogue in catalogues:
            admin_locale.merge(catalogue)
        for domain in admin_locale.DOMAINS:
            expected = {
                admin_locale.entry_key(entry): value
                for entry, value, _ours, _name in admin_locale.overlay_entries(catalogues, domain)
            }
            po = polib.pofile(str(OVERLAY_DIR / "bg" / "LC_MESSAGES" / f"{domain}.po"))
            written = {
                admin_locale.entry_key(e): [e.msgstr_plural[0], e.msgstr_plural[1]]
                if e.msgid_plural
                else e.msgstr
                for e in po
            }
            with self.subTest(domain=domain):
                self.assertEqual(written, expected, "run `make admin-locale`")


class AdminLanguageTests(TestCase):
    def setUp(self):
        self.editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "password")
        self.client.force_login(self.editor)
        ours = our_translations("wagtail-admin.django")
        # Both come from the overlay only: the package says "Работно Табло" and lacks the second.
        self.dashboard, self.skip_link = ours["Dashboard"], ours["Skip to main content"]

    def test_a_new_editor_sees_the_dashboard_in_bulgarian(self):
        response = self.client.get("/admin/")
        self.assertContains(response, f"<title>{self.dashboard} - ")
        self.assertContains(response, self.skip_link)
        self.assertContains(response, '<html lang="bg"')

    def test_an_editor_who_prefers_english_sees_english(self):
        profile = UserProfile.get_for_user(self.editor)
        profile.preferred_language = "en"
        profile.save()
        response = self.client.get("/admin/")
        self.assertContains(response, "<title>Dashboard - ")
        self.assertContains(response, "Skip to main content")
        self.assertNotContains(response, self.skip_link)
        self.assertContains(response, '<html lang="en"')

    def test_english_and_bulgarian_are_the_languages_editors_can_choose(self):
        response = self.client.get("/admin/account/")
        self.assertContains(response, 'value="en"')
        self.assertContains(response, 'value="bg"')

    def test_the_admin_javascript_catalogue_comes_from_the_overlay(self):
        key, value = next(
            (k, v)
            for k, v in not_in_the_packages_bulgarian("wagtail-admin.djangojs").items()
            if isinstance(v, str) and "\x04" not in k and v != k
        )
        response = self.client.get("/admin/jsi18n/")
        self.assertContains(response, json.dumps(key))
        self.assertContains(response, json.dumps(value))

    def test_the_translation_editors_javascript_catalogue_comes_from_the_overlay(self):
        key, value = next(
            (k, v)
            for k, v in not_in_the_packages_bulgarian("wagtail_localize.djangojs").items()
            if isinstance(v, str) and "\x04" not in k and v != k
        )
        response = self.client.get("/admin/localize/jsi18n/")
        self.assertContains(response, json.dumps(value))


class TranslationEditorTests(SimpleTestCase):
    def test_wagtail_localize_strings_come_out_in_bulgarian(self):
        ours = not_in_the_packages_bulgarian("wagtail_localize.django")
        singular = {k: v for k, v in ours.items() if isinstance(v, str) and "\x04" not in k}
        self.assertGreater(len(singular), 20)
        with translation.override("bg"):
            for msgid in ("Translate", "Sync translated %(model_name)s", "Up to date"):
                with self.subTest(msgid=msgid):
                    self.assertEqual(translation.gettext(msgid), singular[msgid])
            # Shared msgids (e.g. "Cancel") may take wagtail-admin's wording; they must still be Bulgarian.
            for msgid, value in singular.items():
                if value != msgid:
                    with self.subTest(msgid=msgid):
                        self.assertNotEqual(translation.gettext(msgid), msgid)


# --- scripts/admin_locale.py, on small catalogues of its own -------------------------------------------


def write_po(path, entries, translations=None):
    """A .po file; entries are msgid, (msgctxt, msgid) or (msgid, msgid_plural, None)."""
    po = polib.POFile()
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    translations = translations or {}
    for item in entries:
        if isinstance(item, str):
            entry = polib.POEntry(msgid=item, msgstr=translations.get(item, ""))
        elif len(item) == 2:
            key = f"{item[0]}\x04{item[1]}"
            entry = polib.POEntry(msgctxt=item[0], msgid=item[1], msgstr=translations.get(key, ""))
        else:
            forms = translations.get(item[0], ["", ""])
            entry = polib.POEntry(msgid=item[0], msgid_plural=item[1], msgstr_plural=dict(enumerate(forms)))
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


def make_catalogue(tmp_path, name, entries, theirs=None, ours=None, domain="django"):
    app = tmp_path / name
    english = app / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
    bulgarian = app / "locale" / "bg" / "LC_MESSAGES" / f"{domain}.po"
    write_po(english, entries)
    write_po(bulgarian, entries, theirs)
    catalogue = admin_locale.Catalogue(f"{name}.{domain}", domain, english, bulgarian)
    assert tmp_path in catalogue.json_path.parents, "use the catalogues fixture: never write the real JSON"
    if ours is not None:
        catalogue.json_path.parent.mkdir(parents=True, exist_ok=True)
        catalogue.json_path.write_text(json.dumps(ours, ensure_ascii=False), encoding="utf-8")
    return catalogue


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    """The script's world for one test: its JSON, output and the catalogues it finds all under tmp_path."""
    found = []
    monkeypatch.setattr(admin_locale, "TRANSLATIONS_DIR", tmp_path / "translations")
    monkeypatch.setattr(admin_locale, "OUTPUT_DIR", tmp_path / "out")
    monkeypatch.setattr(admin_locale, "find_catalogues", lambda: found)
    return found


def test_our_translation_wins_and_the_packages_fills_the_rest(tmp_path, catalogues):
    catalogue = make_catalogue(
        tmp_path,
        "app",
        ["Publish", "Draft", "Page"],
        theirs={"Publish": "Предостави", "Draft": "Чернова"},
        ours={"Publish": "Публикувай"},
    )
    admin_locale.merge(catalogue)
    assert catalogue.translations == {"Publish": "Публикувай", "Draft": "Чернова"}
    assert catalogue.missing == ["Page"]


def test_context_and_plural_entries_reach_the_compiled_catalogue(tmp_path, catalogues):
    catalogue = make_catalogue(
        tmp_path,
        "app",
        [("verb", "Order"), ("%(count)s page", "%(count)s pages", None)],
        ours={"verb\x04Order": "Подреди", "%(count)s page": ["%(count)s страница", "%(count)s страници"]},
    )
    catalogues.extend([catalogue])
    assert admin_locale.main(["--quiet"]) == 0
    mo = polib.mofile(str(tmp_path / "out" / "django.mo"))
    assert mo.find("Order", msgctxt="verb").msgstr == "Подреди"
    assert mo.find("%(count)s page").msgstr_plural == {0: "%(count)s страница", 1: "%(count)s страници"}


def test_a_translation_that_would_break_the_page_is_refused(tmp_path, catalogues):
    catalogue = make_catalogue(
        tmp_path,
        "app",
        ["Hello %(name)s", "%s of %s", ("%(n)d item", "%(n)d items", None), "Bye"],
        theirs={"Hello %(name)s": "Здравейте, %(name)s"},
        ours={
            "Hello %(name)s": "Здравейте, %(user)s",
            "%s of %s": "%s",
            "%(n)d item": "един елемент",
            "Bye": "Довиждане",
        },
    )
    admin_locale.merge(catalogue)
    assert catalogue.translations == {"Hello %(name)s": "Здравейте, %(name)s", "Bye": "Довиждане"}
    assert [key for key, _why in catalogue.invalid] == ["Hello %(name)s", "%s of %s", "%(n)d item"]


def test_a_plural_may_spell_out_one(tmp_path, catalogues):
    catalogue = make_catalogue(
        tmp_path, "app", [("%d page", "%d pages", None)], ours={"%d page": ["една страница", "%d страници"]}
    )
    admin_locale.merge(catalogue)
    assert catalogue.invalid == []


def test_obsolete_json_entries_are_reported_and_kept(tmp_path, catalogues, capsys):
    catalogue = make_catalogue(tmp_path, "app", ["Page"], ours={"Page": "Страница", "Gone": "Изчезнало"})
    catalogues.extend([catalogue])
    admin_locale.main([])
    assert "obsolete JSON entries" in capsys.readouterr().out
    assert json.loads(catalogue.json_path.read_text(encoding="utf-8"))["Gone"] == "Изчезнало"
    assert catalogue.obsolete == ["Gone"]


def test_shared_msgids_prefer_our_translation_then_the_first_catalogue(tmp_path, catalogues):
    first = make_catalogue(tmp_path, "first", ["Edit", "Save"], theirs={"Edit": "Редакция", "Save": "Запиши"})
    second = make_catalogue(
        tmp_path, "second", ["Edit", "Save"], theirs={"Save": "Съхрани"}, ours={"Edit": "Редактирай"}
    )
    catalogues.extend([first, second])
    admin_locale.main(["--quiet"])
    po = polib.pofile(str(tmp_path / "out" / "django.po"))
    assert {e.msgid: e.msgstr for e in po} == {"Edit": "Редактирай", "Save": "Запиши"}


def test_the_report_lists_what_is_missing_after_an_upgrade(tmp_path, catalogues, capsys):
    catalogue = make_catalogue(tmp_path, "app", ["Page", "New in 8.0"], ours={"Page": "Страница"})
    catalogues.extend([catalogue])
    admin_locale.main([])
    out = capsys.readouterr().out
    assert "app.django: 1 missing" in out
    assert "  New in 8.0" in out


def test_check_fails_under_98_percent(tmp_path, catalogues):
    catalogue = make_catalogue(tmp_path, "app", [f"Message {n}" for n in range(50)], ours={})
    catalogues.extend([catalogue])
    catalogue.json_path.write_text(json.dumps({f"Message {n}": f"Съобщение {n}" for n in range(49)}))
    assert admin_locale.main(["--check", "--quiet"]) == 0  # 49 of 50: exactly 98%
    catalogue.json_path.write_text(json.dumps({f"Message {n}": f"Съобщение {n}" for n in range(48)}))
    assert admin_locale.main(["--check", "--quiet"]) == 1
    assert admin_locale.main(["--quiet"]) == 0
