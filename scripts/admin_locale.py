"""Regenerates the Bulgarian admin overlay (locale-admin/bg/LC_MESSAGES/{django,djangojs}.po and .mo).

Wagtail and wagtail-localize ship only a small part of their admin in Bulgarian. The overlay completes it:
LOCALE_PATHS takes precedence over the packages' own catalogues, so every msgid of every installed
catalogue of the two packages gets, in this order, our hand-written translation
(locale-admin/translations/<catalogue>.json) or the package's own Bulgarian one.

The English catalogues (<package>/**/locale/en/LC_MESSAGES/*.po) are the list of msgids, so after an
upgrade the report shows what is new (missing), and JSON entries whose msgid is gone (obsolete; they are
kept, never deleted, in case the string comes back). `--check` exits 1 when coverage is under 98%.

Usage: python scripts/admin_locale.py [--check] [--quiet]
"""

import argparse
import importlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
OVERLAY_DIR = ROOT / "locale-admin"
TRANSLATIONS_DIR = OVERLAY_DIR / "translations"
OUTPUT_DIR = OVERLAY_DIR / "bg" / "LC_MESSAGES"
PACKAGES = ("wagtail", "wagtail_localize", "wagtail_2fa")
DOMAINS = ("django", "djangojs")
THRESHOLD = 0.98
CONTEXT_SEPARATOR = "\x04"
HEADER = {
    "Project-Id-Version": "sos-tsop admin overlay",
    "Language": "bg",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}
# %(name)s and {name} may be reordered or (rarely) dropped, but a translation must never bring in one the
# code does not pass: Python would raise KeyError when the admin renders the string.
NAMED_PLACEHOLDER = re.compile(r"%\((\w+)\)[#0 +-]?\d*(?:\.\d+)?[sdifr]|\{(\w*)\}")
# Positional %s/%d must keep their number, or "not all arguments converted" breaks the page.
POSITIONAL_PLACEHOLDER = re.compile(r"%[#0 +-]?\d*(?:\.\d+)?[sdifr]")


@dataclass
class Catalogue:
    """One package catalogue, e.g. wagtail/admin/locale/<lang>/LC_MESSAGES/django.po."""

    name: str  # wagtail-admin.django: package path with dashes, then the domain
    domain: str
    english: Path
    bulgarian: Path
    entries: list = field(default_factory=list)  # the English entries (the msgids)
    translations: dict = field(default_factory=dict)  # key -> merged Bulgarian (str or [one, other])
    from_json: set = field(default_factory=set)  # keys whose translation is ours
    missing: list = field(default_factory=list)
    obsolete: list = field(default_factory=list)  # JSON keys whose msgid no longer exists
    invalid: list = field(default_factory=list)  # JSON entries refused (shape or placeholders)

    @property
    def json_path(self):
        return TRANSLATIONS_DIR / f"{self.name}.json"


def entry_key(entry):
    """The JSON key (and the gettext catalogue key): msgid, or msgctxt + EOT + msgid."""
    return f"{entry.msgctxt}{CONTEXT_SEPARATOR}{entry.msgid}" if entry.msgctxt else entry.msgid


def find_catalogues():
    """Every catalogue the installed admin packages (PACKAGES) ship, by their English .po files."""
    found = []
    for package in PACKAGES:
        package_dir = Path(importlib.import_module(package).__file__).parent
        for english in sorted(package_dir.glob("**/locale/en/LC_MESSAGES/*.po")):
            app_dir = english.parents[3]
            path = app_dir.relative_to(package_dir.parent).as_posix().replace("/", "-")
            bulgarian = english.parents[2] / "bg" / "LC_MESSAGES" / english.name
            found.append(Catalogue(f"{path}.{english.stem}", english.stem, english, bulgarian))
    return found


def live_entries(path):
    return [entry for entry in polib.pofile(str(path)) if entry.msgid and not entry.obsolete]


def package_translations(path):
    """The package's own Bulgarian translations (not fuzzy, every plural form filled)."""
    if not path.exists():
        return {}
    translations = {}
    for entry in live_entries(path):
        if not entry.translated():
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(index, "") for index in (0, 1)]
            if all(forms):
                translations[entry_key(entry)] = forms
        else:
            translations[entry_key(entry)] = entry.msgstr
    return translations


def load_json(path):
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def placeholder_problem(entry, value):
    """Why a translation would break when rendered, or None. Plural forms are checked per form."""
    sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
    forms = value if entry.msgid_plural else [value]
    allowed = {name for text in sources for match in NAMED_PLACEHOLDER.findall(text) for name in match}
    for source, form in zip(sources, forms, strict=True):
        extra = {n for match in NAMED_PLACEHOLDER.findall(form) for n in match} - allowed
        if extra:
            return f"unknown placeholder(s) {sorted(extra)}"
        positional = len(POSITIONAL_PLACEHOLDER.findall(form.replace("%%", "")))
        expected = len(POSITIONAL_PLACEHOLDER.findall(source.replace("%%", "")))
        # The singular form may spell the number out ("една страница") when the source has one %d.
        if positional != expected and not (entry.msgid_plural and source is entry.msgid and positional == 0):
            return f"{positional} positional placeholder(s) instead of {expected}"
    return None


def shape_problem(entry, value):
    if entry.msgid_plural:
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) and v for v in value)):
            return "a plural entry needs a list of 2 non-empty strings [one, other]"
    elif not (isinstance(value, str) and value):
        return "needs a non-empty string"
    return None


def merge(catalogue):
    """Fills the catalogue's translations: our JSON first, then the package's own Bulgarian."""
    catalogue.entries = live_entries(catalogue.english)
    catalogue.translations, catalogue.from_json, catalogue.missing, catalogue.invalid = {}, set(), [], []
    ours = load_json(catalogue.json_path)
    theirs = package_translations(catalogue.bulgarian)
    keys = {entry_key(entry) for entry in catalogue.entries}
    catalogue.obsolete = sorted(key for key in ours if key not in keys)
    for entry in catalogue.entries:
        key = entry_key(entry)
        if key in ours:
            problem = shape_problem(entry, ours[key]) or placeholder_problem(entry, ours[key])
            if problem is None:
                catalogue.translations[key] = ours[key]
                catalogue.from_json.add(key)
                continue
            catalogue.invalid.append((key, problem))
        if key in theirs:
            catalogue.translations[key] = theirs[key]
        else:
            catalogue.missing.append(key)


def overlay_entries(catalogues, domain):
    """One entry per msgid (+context) of the domain. When catalogues disagree, ours wins, then the first."""
    chosen = {}
    for catalogue in catalogues:
        if catalogue.domain != domain:
            continue
        for entry in catalogue.entries:
            key = entry_key(entry)
            if key not in catalogue.translations:
                continue
            ours = key in catalogue.from_json
            if key in chosen and (chosen[key][2] or not ours):
                continue
            chosen[key] = (entry, catalogue.translations[key], ours, catalogue.name)
    return chosen.values()


def write_overlay(catalogues, domain):
    po = polib.POFile(wrapwidth=0)
    po.metadata = dict(HEADER)
    for entry, value, _ours, name in overlay_entries(catalogues, domain):
        overlay = polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, comment=name)
        if entry.msgid_plural:
            overlay.msgid_plural = entry.msgid_plural
            overlay.msgstr_plural = {0: value[0], 1: value[1]}
        else:
            overlay.msgstr = value
        po.append(overlay)
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    po_path = OUTPUT_DIR / f"{domain}.po"
    po.save(str(po_path))
    po.save_as_mofile(str(po_path.with_suffix(".mo")))
    return po_path


def coverage(catalogues):
    messages = sum(len(c.entries) for c in catalogues)
    translated = sum(len(c.translations) for c in catalogues)
    return messages, translated, (translated / messages if messages else 1.0)


def show(key):
    return key.replace(CONTEXT_SEPARATOR, " | context: ").replace("\n", "\\n")


def report(catalogues, quiet=False):
    print(f"{'catalogue':45} {'messages':>9} {'translated':>11} {'missing':>8}")
    for c in catalogues:
        print(f"{c.name:45} {len(c.entries):9} {len(c.translations):11} {len(c.missing):8}")
    messages, translated, share = coverage(catalogues)
    print(f"{'total':45} {messages:9} {translated:11} {messages - translated:8}  ({share:.1%})")
    for c in catalogues:
        for title, items in (
            ("missing (new or untranslated)", [show(key) for key in c.missing]),
            ("invalid JSON entries (not used)", [f"{show(key)}: {why}" for key, why in c.invalid]),
            ("obsolete JSON entries (msgid gone; kept)", [show(key) for key in c.obsolete]),
        ):
            if items and not (quiet and title.startswith("missing")):
                print(f"\n{c.name}: {len(items)} {title}")
                for item in items:
                    print(f"  {item}")
    orphans = sorted({p.stem for p in TRANSLATIONS_DIR.glob("*.json")} - {c.name for c in catalogues})
    if orphans:
        print(f"\nJSON files for no installed catalogue: {', '.join(orphans)}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"exit 1 if coverage < {THRESHOLD:.0%}")
    parser.add_argument("--quiet", action="store_true", help="do not list the missing msgids")
    args = parser.parse_args(argv)
    catalogues = find_catalogues()
    for catalogue in catalogues:
        merge(catalogue)
    for domain in DOMAINS:
        path = write_overlay(catalogues, domain)
        print(f"Wrote {os.path.relpath(path, ROOT)} and .mo")
    report(catalogues, quiet=args.quiet)
    share = coverage(catalogues)[2]
    if args.check and share < THRESHOLD:
        print(f"\nCoverage {share:.1%} is under {THRESHOLD:.0%}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
