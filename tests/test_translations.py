"""Every Bulgarian interface catalogue (the project's and each app's own) is complete and its
compiled .mo matches the .po."""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.test import SimpleTestCase
from django.utils import translation

BASE_DIR = Path(settings.BASE_DIR)
PO_PATH = BASE_DIR / "locale" / "bg" / "LC_MESSAGES" / "django.po"
# Apps that keep their own catalogue (e.g. giving/locale/), as scripts/compile_messages.py compiles them.
APP_PO_PATHS = sorted(
    path for path in BASE_DIR.glob("*/locale/bg/LC_MESSAGES/*.po") if not path.parts[-5].startswith(".")
)
PO_PATHS = [PO_PATH, *APP_PO_PATHS]


class BulgarianCatalogueTests(SimpleTestCase):
    def test_the_apps_catalogues_are_found(self):
        self.assertIn(BASE_DIR / "giving" / "locale" / "bg" / "LC_MESSAGES" / "django.po", APP_PO_PATHS)

    def test_every_interface_string_has_a_bulgarian_translation(self):
        for path in PO_PATHS:
            with self.subTest(catalogue=str(path.relative_to(BASE_DIR))):
                po = polib.pofile(str(path))
                self.assertEqual([entry.msgid for entry in po.untranslated_entries()], [])
                self.assertEqual([entry.msgid for entry in po.fuzzy_entries()], [])

    def test_compiled_catalogue_matches_the_po_file(self):
        for path in PO_PATHS:
            po = polib.pofile(str(path))
            mo = polib.mofile(str(path.with_suffix(".mo")))
            compiled = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in mo}
            expected = {
                (entry.msgctxt, entry.msgid): entry.msgstr
                or {int(k): v for k, v in entry.msgstr_plural.items()}
                for entry in po.translated_entries()
            }
            for key, value in expected.items():
                with self.subTest(catalogue=str(path.relative_to(BASE_DIR)), msgid=key[1]):
                    self.assertEqual(compiled.get(key), value, "run `make messages` to recompile")


class AppNamesTests(SimpleTestCase):
    def test_every_app_of_the_site_is_named_in_bulgarian(self):
        # Django's own admin lists the apps by these names for the network's administrators.
        for app in apps.get_app_configs():
            if Path(app.path).parent != BASE_DIR:
                continue
            with self.subTest(app=app.label):
                with translation.override("en"):
                    english = str(app.verbose_name)
                with translation.override("bg"):
                    self.assertNotEqual(str(app.verbose_name), english)


class SharedWordsTests(SimpleTestCase):
    """The site's catalogue comes before the admin overlay; a site word that is also an admin
    word carries a context, so it does not replace the admin's translation."""

    def test_the_programme_format_does_not_rename_wagtails_image_format(self):
        from django.utils import translation

        with translation.override("bg"):
            self.assertEqual(translation.pgettext("how a programme is run", "Format"), "Форма на работа")
            self.assertNotEqual(translation.gettext("Format"), "Форма на работа")
            self.assertNotEqual(translation.gettext("group"), "групова")
