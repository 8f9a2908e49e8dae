"""The Bulgarian interface catalogue is complete and its compiled .mo matches the .po."""

from pathlib import Path

import polib
from django.conf import settings
from django.test import SimpleTestCase

PO_PATH = Path(settings.BASE_DIR) / "locale" / "bg" / "LC_MESSAGES" / "django.po"


class BulgarianCatalogueTests(SimpleTestCase):
    def test_every_interface_string_has_a_bulgarian_translation(self):
        po = polib.pofile(str(PO_PATH))
        self.assertEqual([entry.msgid for entry in po.untranslated_entries()], [])
        self.assertEqual([entry.msgid for entry in po.fuzzy_entries()], [])

    def test_compiled_catalogue_matches_the_po_file(self):
        po = polib.pofile(str(PO_PATH))
        mo = polib.mofile(str(PO_PATH.with_suffix(".mo")))
        compiled = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in mo}
        expected = {
            (entry.msgctxt, entry.msgid): entry.msgstr or {int(k): v for k, v in entry.msgstr_plural.items()}
            for entry in po.translated_entries()
        }
        for key, value in expected.items():
            with self.subTest(msgid=key[1]):
                self.assertEqual(compiled.get(key), value, "run `make messages` to recompile")
