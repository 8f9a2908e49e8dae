"""Compiles locale/*/LC_MESSAGES/django.po to .mo without GNU gettext, so a fresh machine needs
only Python. The .mo files are committed; tests/test_translations.py checks they are current."""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def compile_all():
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"Compiled {po_path.relative_to(LOCALE_DIR.parent)}")


if __name__ == "__main__":
    compile_all()
