"""Compiles the project's catalogues (locale/*/LC_MESSAGES/*.po) and each app's own
(<app>/locale/*/LC_MESSAGES/*.po) to .mo without GNU gettext, so a fresh machine needs only
Python. The .mo files are committed; tests/test_translations.py checks they are current."""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "locale"
SKIPPED_DIRS = {".venv", "node_modules", "staticfiles", "media"}


def catalogues():
    """Every .po of the project: locale/ and each app's locale/, never installed packages'."""
    found = set(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))
    for app_dir in ROOT.iterdir():
        if app_dir.is_dir() and app_dir.name not in SKIPPED_DIRS and not app_dir.name.startswith("."):
            found.update(app_dir.glob("locale/*/LC_MESSAGES/*.po"))
    return sorted(found)


def compile_all():
    for po_path in catalogues():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"Compiled {po_path.relative_to(ROOT)}")


if __name__ == "__main__":
    compile_all()
